package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/byline-reader/byline/source"
)

// library is the state of the reader's sources beyond the one shown:
// the directories still to list, where esc goes back to, why the reader
// gave up.
type library struct {
	// listing says directories are being listed: no article loads, and
	// [, ] and o wait, until their files are in the list.
	listing bool
	// prev is the article shown before the current one, where esc goes
	// back to when a fetch is cancelled; -1 when none.
	prev int
	// exitErr is why the reader quit on its own (a cancelled fetch with
	// nothing else to show), for the command line to print.
	exitErr error
}

// newLibrary sets up the library for sources; the styles come later.
func newLibrary(sources []source.Source) library {
	lib := library{prev: -1}
	for _, s := range sources {
		if s.Dir != "" {
			lib.listing = true
		}
	}
	return lib
}

// openLibrary shows the `o` list with the current article selected.
func (m *Model) openLibrary() tea.Cmd {
	if m.lib.listing {
		m.note = "listing the directory…"
		return nil
	}
	return m.over.libList.Open(m.shelf.items(m.cur, m.opts.Failed), m.cur)
}

// sizeLists fits the lists to the screen: the `o` list fills a frame
// over the body, a feed's list the body itself.
func (m *Model) sizeLists() {
	g := m.geometry()
	m.tools.links.SetSize(m.width, m.height)
	if w := m.docs; m.cur < len(w) && w[m.cur].feed != nil {
		w[m.cur].feed.items.SetSize(g.bodyW, g.mainH)
	}
}

// fitLines cuts s to h lines of at most w cells.
func fitLines(s string, w, h int) string {
	return strings.Join(fitBlock(s, w, h), "\n")
}

// styleLists gives every list the current theme.
func (m *Model) styleLists() {
	m.tools.links.SetStyles(m.styles, m.dark)
	for i := range m.docs {
		if w := m.docs[i].feed; w != nil {
			w.items.SetStyles(m.styles, m.dark)
		}
	}
}

// firstLoad is the command that opens the first source when the reader
// starts, or lists the directories first when there are any.
func (m *Model) firstLoad() tea.Cmd {
	if m.lib.listing {
		return listDirsCmd(m.sources)
	}
	return m.loadSource(0)
}
