package ui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source/web"
)

// A feed's list is sorted by date, newest first, as feed readers show
// it, and marks the items not read yet with a dot; opening an item marks
// it read in the reading history's state file, so the marks last. r
// fetches the feed again, keeping the marks, and says how many items are
// new.

// unreadMark starts the title of an item not read yet.
const unreadMark = "• "

// byDate returns items sorted by date, newest first; items without a date
// keep the feed's order after the dated ones.
func byDate(items []web.Item) []web.Item {
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b web.Item) int {
		switch {
		case a.Published.IsZero() && b.Published.IsZero():
			return 0
		case a.Published.IsZero():
			return 1
		case b.Published.IsZero():
			return -1
		}
		return b.Published.Compare(a.Published)
	})
	return sorted
}

// feedItems are the list items of f's items for w's list, newest first,
// each marked read when it was opened in this reader (w.read) or the
// history says so.
func (m *Model) feedItems(w *webDoc, f *web.Feed) []list.Item {
	items := make([]list.Item, 0, len(f.Items))
	for _, it := range byDate(f.Items) {
		_, opened := w.read[it.Link]
		items = append(items, feedItem{item: it, read: opened || m.isRead(it.Link)})
	}
	return items
}

// isRead reports whether the item with link was read, by the history.
func (m *Model) isRead(link string) bool {
	return link != "" && m.opts.History != nil && m.opts.History.isRead(link)
}

// markRead marks the item with link read in w's list and in the history,
// which is then saved.
func (m *Model) markRead(w *webDoc, link string) {
	w.items.MarkRead(link)
	if m.opts.History != nil {
		m.opts.History.markRead(link)
		m.lib.dirty = true
	}
}

// refreshMarks marks again every feed's items once the history is read:
// a feed listed before then showed every item as new.
func (m *Model) refreshMarks() tea.Cmd {
	var cmds []tea.Cmd
	for i := range m.docs {
		w := m.docs[i].web
		if w == nil || w.feed == nil {
			continue
		}
		cmds = append(cmds, w.items.SetItems(m.feedItems(w, w.feed)))
	}
	if m.state == stateFeed {
		m.drawBodyNote()
	}
	return tea.Batch(cmds...)
}

// refreshFeed is r in a feed's list: the feed is fetched again.
func (m *Model) refreshFeed() tea.Cmd {
	w := m.docs[m.cur].web
	url := m.sources[m.cur].URL
	if url == "" {
		return nil
	}
	m.newLoad()
	w.fetching, w.fetchingTitle = url, safetext.Line(w.title)
	m.state, m.lib.progress = stateLoading, ""
	m.drawBodyNote()
	return tea.Batch(sourceFetchCmd(m.loadCtx, m.cur, m.gen, url, m.opts.UserAgent), m.lib.spin.Tick)
}

// refreshed puts the items of f, fetched again, in w's list, and says how
// many were not in it before.
func (m *Model) refreshed(w *webDoc, f *web.Feed) tea.Cmd {
	known := make(map[string]bool, len(w.feed.Items))
	for _, it := range w.feed.Items {
		known[it.Link+"\x00"+it.Title] = true
	}
	fresh := 0
	for _, it := range f.Items {
		if !known[it.Link+"\x00"+it.Title] {
			fresh++
		}
	}
	w.feed, w.fetching = f, ""
	cmd := w.items.SetItems(m.feedItems(w, f))
	switch fresh {
	case 0:
		m.note = "refreshed: no new items"
	case 1:
		m.note = "refreshed: 1 new item"
	default:
		m.note = fmt.Sprintf("refreshed: %d new items", fresh)
	}
	return cmd
}

// refreshFailed handles the failure of a refresh: the list stays, and
// the status bar says why. It reports whether err was one.
func (m *Model) refreshFailed(err error) bool {
	if m.cur >= len(m.docs) {
		return false
	}
	w := m.docs[m.cur].web
	if w == nil || w.feed == nil || w.fetching == "" || w.fetching != m.sources[m.cur].URL {
		return false
	}
	w.fetching = ""
	m.showFeed()
	m.note = "could not refresh: " + safetext.Line(err.Error())
	return true
}
