package ui

import (
	tea "charm.land/bubbletea/v2"
)

// The root's side of a feed (feedview.go decides, feeddoc.go is the feed
// itself): it hands the feed view what is for it and carries out the
// step it returns, in the source shown and its load generation.

// routeFeeds hands the messages of feeds to the feed view: a feed or an
// item fetched, and what the list on screen asks for. It reports whether
// msg was one of them.
func (m *Model) routeFeeds(msg tea.Msg) (tea.Cmd, bool) {
	at := feedAt{cur: m.cur, gen: m.load.gen, loading: m.state == stateLoading, h: m.places.h, st: m.styles, dark: m.dark}
	step, ok := m.feeds.Update(msg, &m.shelf, m.shownFeed(), at)
	if !ok {
		return nil, false
	}
	return m.toFeed(step), true
}

// toFeed carries out a step of the feed view in the source shown: a new
// load generation, an item marked read, then the list, the item's
// article or a fetch shown, and the note.
func (m *Model) toFeed(st feedStep) tea.Cmd {
	if st.fresh {
		m.newLoad()
	}
	if st.read != "" {
		m.places.markRead(m.docs[m.cur].feed, st.read)
	}
	cmd := st.cmd
	switch st.shows {
	case feedShowsList:
		m.showFeed()
	case feedShowsItem:
		cmd = tea.Batch(cmd, m.show())
	case feedFetches:
		m.state = stateLoading
		tick := m.fetch.Start()
		m.drawBodyNote()
		cmd = tea.Batch(cmd, m.load.fetch(m.cur, st.url, st.fetch), tick)
	}
	if st.noted {
		m.note = st.note
	}
	return cmd
}

// feedKey gives a key to the feed view: the list shown takes its keys,
// and esc over an item goes back to the list, when no highlight or
// sidebar overlay takes it first. It reports whether it took the key.
func (m *Model) feedKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	if w := m.shownFeed(); w != nil {
		cmd, ok := m.feeds.ListKey(msg, w)
		if ok {
			m.drawBodyNote()
		}
		return cmd, ok
	}
	if m.state != stateReading || m.hl.Lit() || m.overlayShown() || !m.feeds.Back(msg, &m.docs[m.cur]) {
		return nil, false
	}
	m.places.record(m.placed(), m.pager.TopOffset()) // before the item is left
	return m.toFeed(m.feeds.leave(&m.docs[m.cur])), true
}

// shownFeed is the feed whose list the body shows, or nil.
func (m *Model) shownFeed() *feedDoc {
	if m.state != stateFeed || m.cur >= len(m.docs) {
		return nil
	}
	return m.docs[m.cur].feed
}

// showFeed shows the list of the current source's feed.
func (m *Model) showFeed() {
	m.state = stateFeed
	m.side.SetEmpty()
	m.sizeFeed()
	m.drawBodyNote()
}

// sizeFeed fits the list of the current source's feed, if it is one, to
// the body.
func (m *Model) sizeFeed() {
	if m.cur < len(m.docs) {
		g := m.geometry()
		m.docs[m.cur].feed.SetSize(g.bodyW, g.mainH)
	}
}
