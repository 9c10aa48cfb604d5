package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source"
)

// library is the state of the reader's list of articles and of its web
// side: the `o` list of every source, the spinner and progress of a
// fetch, the directories still to list, and the reading history's
// pending work.
type library struct {
	spin     spinner.Model
	progress string // what the fetch under way is doing ("downloading 1 MB")
	// listing says directories are being listed: no article loads, and
	// [, ] and o wait, until their files are in the list.
	listing bool
	// prev is the article shown before the current one, where esc goes
	// back to when a fetch is cancelled; -1 when none.
	prev int
	// exitErr is why the reader quit on its own (a cancelled fetch with
	// nothing else to show), for the command line to print.
	exitErr error

	// list is the `o` list of sources, made the first time it is
	// opened (listMade): a list is costly to make, and most readings
	// never open it.
	list      list.Model
	listMade  bool
	listShown bool

	// restore asks for the remembered position to be restored once the
	// pager can scroll (it has a size).
	restore bool
	// dirty says a position was recorded and the history should be saved.
	dirty bool
}

// newLibrary sets up the library for sources; the styles come later.
func newLibrary(sources []source.Source) library {
	lib := library{prev: -1, spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
	for _, s := range sources {
		if s.Dir != "" {
			lib.listing = true
		}
	}
	return lib
}

// newList returns a filterable list with byline's keys: q and esc are
// the reader's, not the list's.
func newList(title, one, many string) list.Model {
	l := list.New(nil, list.NewDefaultDelegate(), 0, 0)
	l.Title = title
	l.SetStatusBarItemName(one, many)
	l.DisableQuitKeybindings()
	l.SetShowHelp(false)
	return l
}

// styleList gives l byline's looks for the theme; with NO_COLOR it uses
// no colour, only bold, reverse and faint text.
func styleList(l *list.Model, st Styles, dark bool) {
	d := list.NewDefaultDelegate()
	ls := list.DefaultStyles(dark)
	if st.NoColor {
		is := list.DefaultItemStyles{}
		pad := lipgloss.NewStyle().Padding(0, 0, 0, 2)
		is.NormalTitle, is.NormalDesc = pad, pad
		is.DimmedTitle, is.DimmedDesc = pad, pad
		sel := lipgloss.NewStyle().Border(lipgloss.NormalBorder(), false, false, false, true).Padding(0, 0, 0, 1)
		is.SelectedTitle, is.SelectedDesc = sel.Bold(true), sel
		is.FilterMatch = lipgloss.NewStyle().Underline(true)
		d.Styles = is
		ls = list.Styles{
			TitleBar:    lipgloss.NewStyle().Padding(0, 0, 1, 2),
			Title:       lipgloss.NewStyle().Bold(true).Reverse(true).Padding(0, 1),
			StatusBar:   lipgloss.NewStyle().Padding(0, 0, 1, 2),
			StatusEmpty: lipgloss.NewStyle(),
			NoItems:     lipgloss.NewStyle(),
			Filter:      ls.Filter,
		}
	} else {
		d.Styles = list.NewDefaultItemStyles(dark)
	}
	l.Paginator.Type = paginator.Arabic
	l.SetDelegate(d)
	l.Styles = ls
	pickPaginator(l)
}

// sourceItem is one source in the `o` list.
type sourceItem struct {
	idx   int
	title string
	desc  string
}

func (i sourceItem) Title() string       { return i.title }
func (i sourceItem) Description() string { return i.desc }
func (i sourceItem) FilterValue() string { return i.title + " " + i.desc }

// sourceItems describes every source for the list: its headline and
// where it comes from once loaded; before that its name, once, and that it
// is not opened yet (not the name twice).
func (m *Model) sourceItems() []list.Item {
	items := make([]list.Item, len(m.sources))
	for i, s := range m.sources {
		name := safetext.Line(s.Name)
		it := sourceItem{idx: i, title: name, desc: "not opened yet"}
		d := m.docs[i]
		switch {
		case d.web != nil && d.web.feed != nil:
			it.title = safetext.Line(d.web.title)
			it.desc = fmt.Sprintf("feed · %d items · %s", len(d.web.feed.Items), name)
		case d.art != nil && d.art.Title != "":
			it.title, it.desc = safetext.Line(d.art.Title), name
		case d.art != nil:
			it.desc = "no headline"
		case s.URL != "":
			it.desc = "web page, not opened yet"
		}
		if i == m.cur {
			it.desc = "● " + it.desc
		}
		items[i] = it
	}
	return append(items, failedItems(m.opts.Failed)...)
}

// openLibrary shows the `o` list with the current article selected.
func (m *Model) openLibrary() tea.Cmd {
	if m.lib.listing {
		m.note = "listing the directory…"
		return nil
	}
	if !m.lib.listMade {
		m.lib.list, m.lib.listMade = newList("Articles", "article", "articles"), true
		styleList(&m.lib.list, m.styles, m.dark)
	}
	cmd := setListItems(&m.lib.list, m.sourceItems())
	m.lib.list.ResetFilter()
	m.lib.list.Select(m.cur)
	m.lib.listShown = true
	m.sizeLists()
	return cmd
}

// libraryListKey handles a key while the `o` list is shown: enter opens
// the article, esc (or o) closes the list, / filters.
func (m *Model) libraryListKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	l := &m.lib.list
	if l.FilterState() != list.Filtering {
		switch {
		case key.Matches(msg, k.Clear) && l.FilterState() == list.FilterApplied:
			// the list clears its filter
		case key.Matches(msg, k.Clear, k.Library):
			m.lib.listShown = false
			return nil
		case key.Matches(msg, k.Quit):
			return m.quit()
		case key.Matches(msg, k.Select):
			it, ok := l.SelectedItem().(sourceItem)
			m.lib.listShown = false
			if ok && it.idx < 0 { // a failed input: say why again
				m.note = it.title
				return nil
			}
			if !ok || it.idx == m.cur {
				return nil
			}
			return m.open(it.idx)
		}
	}
	var cmd tea.Cmd
	*l, cmd = l.Update(msg)
	return cmd
}

// sizeLists fits the lists to the screen: the `o` list fills a frame
// over the body, a feed's list the body itself.
func (m *Model) sizeLists() {
	g := m.geometry()
	w, h := m.libraryFrame()
	fw, fh := m.styles.Overlay.GetFrameSize()
	if m.lib.listMade {
		setListSize(&m.lib.list, max(0, w-fw), max(0, h-fh))
	}
	if w := m.docs; m.cur < len(w) && w[m.cur].web != nil {
		setListSize(&w[m.cur].web.list, max(0, g.bodyW-2), g.mainH)
	}
}

// libraryFrame is the outer size of the `o` list's frame.
func (m *Model) libraryFrame() (w, h int) {
	return min(m.width, 100), max(0, m.height-1)
}

// libraryOver draws the `o` list over the screen out.
func (m Model) libraryOver(out string) string {
	if !m.lib.listShown || m.width <= 0 {
		return out
	}
	w, h := m.libraryFrame()
	fw, fh := m.styles.Overlay.GetFrameSize()
	box := m.styles.Overlay.Render(fitLines(m.lib.list.View(), max(0, w-fw), max(0, h-fh)))
	return compose(out, box, max(0, (m.width-w)/2), 0, m.width, m.height)
}

// fitLines cuts s to h lines of at most w cells.
func fitLines(s string, w, h int) string {
	return strings.Join(fitBlock(s, w, h), "\n")
}

// styleLists gives every list the current theme.
func (m *Model) styleLists() {
	if m.lib.listMade {
		styleList(&m.lib.list, m.styles, m.dark)
	}
	for i := range m.docs {
		if w := m.docs[i].web; w != nil {
			styleList(&w.list, m.styles, m.dark)
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
