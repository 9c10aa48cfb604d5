package ui

import (
	"fmt"
	"slices"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source/web"
)

// feedDoc is the part that shows a source that is a feed (RSS or Atom;
// the stdin stream is the other thing that arrives in pieces, see
// incoming): the list of its items, in the body, and the items read.
// Enter fetches an item's page, which the root shows as the source's
// article; esc goes back to the list. Items read are kept, so going back
// to one is instant.
//
// The list is sorted by date, newest first, as feed readers show it, and
// marks the items not read yet with a dot; opening an item marks it read
// in the reading history's state file, so the marks last. r fetches the
// feed again, keeping the marks, and says how many items are new.
type feedDoc struct {
	channel *web.Feed // the feed as last fetched
	title   string    // the feed's title
	items   feedList  // the list of its items, in the body
	// item is the link of the item shown, "" while the list is.
	item string
	// fetching is the link of the item (or, for r, the feed) being
	// fetched, or ""; fetchingTitle names it.
	fetching, fetchingTitle string
	// read caches the items opened, by link.
	read map[string]readItem
}

// readItem is an item's article and the article analysed (see doc.anArt).
type readItem struct {
	art, anArt *article.Article
}

// unreadMark starts the title of an item not read yet.
const unreadMark = "• "

// newFeedDoc lists the items of f under title, marked read by h.
func newFeedDoc(f *web.Feed, title string, h *History, st Styles, dark bool) (*feedDoc, tea.Cmd) {
	w := &feedDoc{channel: f, title: title, read: map[string]readItem{}}
	var cmd tea.Cmd
	w.items, cmd = newFeedList(safetext.Line(title), w.listItems(f, h), st, dark)
	return w, cmd
}

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

// listItems are the list items of f's items, newest first, each marked
// read when it was opened in this reader (w.read) or h says so.
func (w *feedDoc) listItems(f *web.Feed, h *History) []list.Item {
	items := make([]list.Item, 0, len(f.Items))
	for _, it := range byDate(f.Items) {
		_, opened := w.read[it.Link]
		items = append(items, feedItem{item: it, read: opened || h.isRead(it.Link)})
	}
	return items
}

// markRead marks the item with link read in the list and in h. It
// reports whether h changed and should be saved.
func (w *feedDoc) markRead(link string, h *History) bool {
	w.items.MarkRead(link)
	return h.markRead(link)
}

// remark marks the items again by h: a feed listed before the history
// was read showed every item as new.
func (w *feedDoc) remark(h *History) tea.Cmd {
	return w.items.SetItems(w.listItems(w.channel, h))
}

// refreshed puts the items of f, fetched again, in the list, and says
// how many were not in it before.
func (w *feedDoc) refreshed(f *web.Feed, h *History) (note string, cmd tea.Cmd) {
	known := make(map[string]bool, len(w.channel.Items))
	for _, it := range w.channel.Items {
		known[it.Link+"\x00"+it.Title] = true
	}
	fresh := 0
	for _, it := range f.Items {
		if !known[it.Link+"\x00"+it.Title] {
			fresh++
		}
	}
	w.channel, w.fetching = f, ""
	cmd = w.items.SetItems(w.listItems(f, h))
	switch fresh {
	case 0:
		return "refreshed: no new items", cmd
	case 1:
		return "refreshed: 1 new item", cmd
	}
	return fmt.Sprintf("refreshed: %d new items", fresh), cmd
}

// open is the cached article of the item with link, when it was read
// before; the item becomes the one shown either way once it is in.
func (w *feedDoc) open(link string) (readItem, bool) {
	r, ok := w.read[link]
	if ok {
		w.item = link
	}
	return r, ok
}

// keep caches the article of the item with link, fetched.
func (w *feedDoc) keep(link string, art *article.Article) {
	if _, ok := w.read[link]; !ok {
		w.read[link] = readItem{art: art}
	}
}

// leaveItem goes back from the item shown to the list, keeping what was
// read of it (art, and anArt, its analysis).
func (w *feedDoc) leaveItem(art, anArt *article.Article) {
	if w.item != "" && art != nil {
		w.read[w.item] = readItem{art: art, anArt: anArt}
	}
	w.item, w.fetching = "", ""
}

// showingItem reports whether an item, not the list, is the feed's
// article.
func (w *feedDoc) showingItem() bool { return w != nil && w.item != "" }

// Update gives msg (a key, or the list's filter results) to the list.
func (w *feedDoc) Update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	w.items, cmd = w.items.Update(msg)
	return cmd
}

// SetSize fits the list to a body of width × height cells; a nil w is
// no feed, and nothing to fit.
func (w *feedDoc) SetSize(width, height int) {
	if w != nil {
		w.items.SetSize(width, height)
	}
}

// View is the list, drawn for a body pane of width × height cells.
func (w *feedDoc) View(width, height int) string {
	return fitLines(w.items.View(), width, height)
}
