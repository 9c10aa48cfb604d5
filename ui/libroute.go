package ui

import (
	"errors"
	"fmt"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/byline-reader/byline/internal/safetext"
)

// routeLibrary handles the messages of the library: the lists' filter
// results, the `o` list's choice and notes, the directories listed, and
// what the O prompt asks for: its candidates, its target resolved and
// opened. It reports whether msg was one of them.
func (m *Model) routeLibrary(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case list.FilterMatchesMsg, filterDoneMsg:
		return m.updateList(msg), true
	case candidatesMsg:
		m.over.openLine, _ = m.over.openLine.Update(msg)
		return nil, true
	case openTargetMsg:
		return resolveOpenCmd(msg.target), true
	case openedMsg:
		return m.onOpened(msg), true
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
	if p, ok := m.lib.back(m.cur, len(m.sources)); ok {
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
