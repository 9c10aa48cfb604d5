package ui

import (
	"errors"
	"fmt"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/byline-reader/byline/internal/safetext"
)

// routeLibrary handles the messages of the library: the lists' filter
// results, the `o` list's choice and notes, the directories listed. It
// reports whether msg was one of them.
func (m *Model) routeLibrary(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case list.FilterMatchesMsg, filterDoneMsg:
		return m.updateList(msg), true
	case openSourceMsg:
		if msg.idx == m.cur {
			return nil, true
		}
		return m.open(msg.idx), true
	case noteMsg:
		m.note = msg.text
		return nil, true
	case dirsMsg:
		return m.onDirs(msg), true
	}
	return nil, false
}

// libraryKey handles the keys of the library: [, ] and o wait while
// directories are listed, esc cancels a fetch, o opens the `o` list. It
// reports whether it took the key.
func (m *Model) libraryKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case m.lib.listing && key.Matches(msg, k.PrevArticle, k.NextArticle, k.Library):
		m.note = "listing the directory…"
		return nil, true
	case key.Matches(msg, k.Clear) && m.fetching():
		return m.cancelFetch(), true
	case key.Matches(msg, k.Library):
		return m.openLibrary(), true
	}
	return nil, false
}

// cancelFetch is esc while a page is being fetched: the fetch stops and
// the reader goes back to where it was: a feed's list, the article shown
// before, or, with nothing to go back to, it quits saying so (with other
// articles to read, it says so in the body instead).
func (m *Model) cancelFetch() tea.Cmd {
	m.load.stop()
	if st, ok := m.feeds.cancelled(&m.docs[m.cur]); ok {
		return m.toFeed(st)
	}
	url := m.sources[m.cur].URL
	if p := m.lib.prev; p >= 0 && p < len(m.sources) && p != m.cur {
		cmd := m.open(p)
		m.note = "cancelled " + safetext.Line(url)
		return cmd
	}
	if len(m.sources) == 1 {
		m.lib.exitErr = fmt.Errorf("%s: cancelled", safetext.Line(url))
		return m.quit()
	}
	m.state, m.err = stateError, errors.New("cancelled")
	m.side.SetEmpty()
	m.drawBodyNote()
	return nil
}

// leave is called before another source is opened: it records the place
// in the article being left and remembers it was shown, for esc to come
// back to if the next one is cancelled.
func (m *Model) leave() {
	m.places.record(m.placed(), m.pager.TopOffset())
	if m.state == stateReading || m.state == stateFeed {
		m.lib.prev = m.cur
	}
}

// updateList passes msg (a list's filter results) to the list on screen:
// an overlay's, or else the feed's.
func (m *Model) updateList(msg tea.Msg) tea.Cmd {
	if cmd, ok := m.over.List(msg, &m.tools.links); ok {
		return cmd
	}
	var cmd tea.Cmd
	if w := m.shownFeed(); w != nil {
		cmd = w.Update(msg)
		m.drawBodyNote()
	}
	return cmd
}
