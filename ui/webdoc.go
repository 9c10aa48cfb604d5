package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source/web"
)

// A source that turns out to be a feed shows the list of its items in
// the body. Enter fetches an item's page and shows it as the source's
// article; esc goes back to the list. Items read are kept, so going back
// to one is instant.

// webDoc is what a source from the web holds beyond its article: the
// feed, when it is one, and its items.
type webDoc struct {
	feed  *web.Feed
	title string   // the feed's title
	items feedList // the list of its items, in the body
	// item is the link of the item shown, "" while the list is.
	item string
	// fetching is the link of the item being fetched, or "";
	// fetchingTitle names it.
	fetching, fetchingTitle string
	// read caches the items opened, by link.
	read map[string]readItem
}

// readItem is an item's article and the article analysed (see doc.anArt).
type readItem struct {
	art, anArt *article.Article
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
	if w := m.docs[msg.idx].web; w != nil && w.feed != nil { // r fetched it again
		w.title = title
		cmd = m.refreshed(w, msg.feed)
	} else {
		w = &webDoc{feed: msg.feed, title: title, read: map[string]readItem{}}
		w.items, cmd = newFeedList(safetext.Line(title), m.feedItems(w, msg.feed), m.styles, m.dark)
		m.docs[msg.idx].web = w
	}
	if msg.idx != m.cur || msg.gen != m.gen || m.state != stateLoading {
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

// feedKey gives a key to the list of a feed's items on screen, unless it
// is one of the reader's keys that work there too (q, ?, [, ], o, O, tab),
// which stay the reader's while no filter is being typed. It reports
// whether the list took the key.
func (m *Model) feedKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	w := m.docs[m.cur].web
	k := m.keys
	if !w.items.Typing() && key.Matches(msg, k.Quit, k.Help, k.PrevArticle, k.NextArticle, k.Library, k.Open, k.NextFocus, k.PrevFocus) {
		return nil, false
	}
	var cmd tea.Cmd
	w.items, cmd = w.items.Update(msg)
	m.drawBodyNote()
	return cmd, true
}

// openItem shows a feed item's article: from the cache, or fetched.
func (m *Model) openItem(it web.Item) tea.Cmd {
	if it.Link == "" {
		m.note = "this item has no link"
		return nil
	}
	d := &m.docs[m.cur]
	w := d.web
	m.newLoad()
	if r, ok := w.read[it.Link]; ok {
		w.item = it.Link
		d.art, d.anArt = r.art, r.anArt
		m.markRead(w, it.Link)
		return m.show()
	}
	w.fetching, w.fetchingTitle = it.Link, safetext.Line(feedItem{item: it}.name())
	m.state, m.lib.progress = stateLoading, ""
	m.drawBodyNote()
	return tea.Batch(itemFetchCmd(m.loadCtx, m.cur, m.gen, it.Link, m.opts.UserAgent), m.lib.spin.Tick)
}

// newLoad starts a new load generation for the current source: the work
// of the one before is cancelled and its results dropped.
func (m *Model) newLoad() {
	m.cancel()
	m.loadCtx, m.cancel = context.WithCancel(m.ctx)
	m.gen++
	m.err = nil
	m.hl = highlight{cur: -1}
	m.analysing = false
	m.side.Reset()
}

// onItem shows a fetched item, or goes back to the list saying why it
// could not be opened.
func (m *Model) onItem(msg itemMsg) tea.Cmd {
	if msg.idx < 0 || msg.idx >= len(m.docs) || m.docs[msg.idx].web == nil {
		return nil
	}
	d := &m.docs[msg.idx]
	w := d.web
	if msg.err == nil {
		if _, ok := w.read[msg.link]; !ok {
			w.read[msg.link] = readItem{art: msg.art}
		}
	}
	if msg.idx != m.cur || msg.gen != m.gen || w.fetching != msg.link {
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
	m.markRead(w, msg.link)
	return m.show()
}

// backToFeed leaves the item on screen for its feed's list, keeping what
// was read of it.
func (m *Model) backToFeed() tea.Cmd {
	d := &m.docs[m.cur]
	w := d.web
	m.remember()
	if w.item != "" && d.art != nil {
		w.read[w.item] = readItem{art: d.art, anArt: d.anArt}
	}
	w.item, w.fetching = "", ""
	d.art, d.anArt = nil, nil
	m.newLoad()
	m.showFeed()
	return nil
}

// inFeedItem reports whether the body shows an item of a feed.
func (m *Model) inFeedItem() bool {
	w := m.docs[m.cur].web
	return w != nil && w.feed != nil && w.item != "" && m.state == stateReading
}

// feedView draws the current feed's list for the body pane.
func (m *Model) feedView(g geometry) string {
	w := m.docs[m.cur].web
	if w == nil {
		return ""
	}
	return fitLines(w.items.View(), g.bodyW, g.mainH)
}
