package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source/web"
)

// The root's side of a feed (feeddoc.go is the feed's own): it fetches
// the feed and its items in the current source's load generation, and
// switches the body between the feed's list and the item read.

// routeFeeds handles the messages of feeds: a feed or an item fetched,
// and what the list on screen asks for. It reports whether msg was one
// of them.
func (m *Model) routeFeeds(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case feedMsg:
		return m.onFeed(msg), true
	case itemMsg:
		return m.onItem(msg), true
	case openItemMsg:
		if m.shownFeed() == nil {
			return nil, true
		}
		return m.openItem(msg.item), true
	case refreshFeedMsg:
		if m.shownFeed() == nil {
			return nil, true
		}
		return m.refreshFeed(), true
	}
	return nil, false
}

// shownFeed is the feed whose list the body shows, or nil.
func (m *Model) shownFeed() *feedDoc {
	if m.state != stateFeed || m.cur >= len(m.docs) {
		return nil
	}
	return m.docs[m.cur].feed
}

// onFeed keeps a fetched feed and lists its items if it is the source on
// screen.
func (m *Model) onFeed(msg feedMsg) tea.Cmd {
	if msg.idx < 0 || msg.idx >= len(m.docs) {
		return nil
	}
	title := msg.title
	if title == "" {
		title = msg.feed.Title
	}
	if title == "" {
		title = m.sources[msg.idx].Name
	}
	var cmd tea.Cmd
	if w := m.docs[msg.idx].feed; w != nil { // r fetched it again
		w.title = title
		m.note, cmd = w.refreshed(msg.feed, m.places.h)
	} else {
		m.docs[msg.idx].feed, cmd = newFeedDoc(msg.feed, title, m.places.h, m.styles, m.dark)
	}
	if msg.idx != m.cur || msg.gen != m.load.gen || m.state != stateLoading {
		return cmd
	}
	m.showFeed()
	return cmd
}

// showFeed shows the list of the current source's feed.
func (m *Model) showFeed() {
	m.state = stateFeed
	m.side.SetEmpty()
	m.sizeLists()
	m.drawBodyNote()
}

// openItem shows a feed item's article: from the cache, or fetched.
func (m *Model) openItem(it web.Item) tea.Cmd {
	if it.Link == "" {
		m.note = "this item has no link"
		return nil
	}
	d := &m.docs[m.cur]
	w := d.feed
	m.newLoad()
	if r, ok := w.open(it.Link); ok {
		d.art, d.anArt = r.art, r.anArt
		m.places.markRead(w, it.Link)
		return m.show()
	}
	return m.fetchForFeed(w, it.Link, feedItem{item: it}.name(), itemFetchCmd)
}

// onItem shows a fetched item, or goes back to the list saying why it
// could not be opened.
func (m *Model) onItem(msg itemMsg) tea.Cmd {
	if msg.idx < 0 || msg.idx >= len(m.docs) || m.docs[msg.idx].feed == nil {
		return nil
	}
	d := &m.docs[msg.idx]
	w := d.feed
	if msg.err == nil {
		w.keep(msg.link, msg.art)
	}
	if msg.idx != m.cur || msg.gen != m.load.gen || w.fetching != msg.link {
		return nil
	}
	w.fetching = ""
	if msg.err != nil {
		m.showFeed()
		m.note = msg.err.Error()
		return nil
	}
	w.item = msg.link
	d.art, d.anArt = msg.art, nil
	m.places.markRead(w, msg.link)
	return m.show()
}

// backToFeed leaves the item on screen for its feed's list, keeping what
// was read of it.
func (m *Model) backToFeed() tea.Cmd {
	d := &m.docs[m.cur]
	m.places.record(m.placed(), m.pager.TopOffset())
	d.feed.leaveItem(d.art, d.anArt)
	d.art, d.anArt = nil, nil
	m.newLoad()
	m.showFeed()
	return nil
}

// refreshFeed is r in a feed's list: the feed is fetched again.
func (m *Model) refreshFeed() tea.Cmd {
	w := m.docs[m.cur].feed
	url := m.sources[m.cur].URL
	if url == "" {
		return nil
	}
	m.newLoad()
	return m.fetchForFeed(w, url, w.title, sourceFetchCmd)
}

// fetchForFeed starts fetching url, titled title, in place of feed w's
// list (an item's article, or the feed itself on a refresh), in the load
// generation newLoad began: fetch makes the command.
func (m *Model) fetchForFeed(w *feedDoc, url, title string, fetch func(ctx context.Context, idx, gen int, url, userAgent string) tea.Cmd) tea.Cmd {
	w.fetching, w.fetchingTitle = url, safetext.Line(title)
	m.state = stateLoading
	tick := m.fetch.Start()
	m.drawBodyNote()
	return tea.Batch(m.load.fetch(m.cur, url, fetch), tick)
}

// refreshFailed handles the failure of a refresh: the list stays, and
// the status bar says why. It reports whether err was one.
func (m *Model) refreshFailed(err error) bool {
	if m.cur >= len(m.docs) {
		return false
	}
	w := m.docs[m.cur].feed
	if w == nil || w.fetching == "" || w.fetching != m.sources[m.cur].URL {
		return false
	}
	w.fetching = ""
	m.showFeed()
	m.note = "could not refresh: " + safetext.Line(err.Error())
	return true
}

// remarkFeeds marks again the items of every feed in docs by h, once h
// is read.
func remarkFeeds(docs []doc, h *History) tea.Cmd {
	var cmds []tea.Cmd
	for i := range docs {
		if w := docs[i].feed; w != nil {
			cmds = append(cmds, w.remark(h))
		}
	}
	return tea.Batch(cmds...)
}
