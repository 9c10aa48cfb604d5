package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source/web"
)

// feedView is the part that reads a feed: the list of its items in the
// body (the feed itself, its items and those read, is the feedDoc kept
// on the shelf, feeddoc.go), an item opened from the list, fetched or
// from the feed's cache, esc from the item back to the list, and r,
// which fetches the feed again. It decides what a feed's message or key
// does to the feed and hands the root a feedStep: what the body shows
// next. Which source is shown, its load generation and the fetch are
// the root's.
type feedView struct {
	back key.Binding // esc: from an item back to its feed's list
	// reader are the reader's keys that work over a feed's list (q, ?,
	// [, ], o, O, tab), which the list leaves to the reader while no
	// filter is being typed.
	reader []key.Binding
}

// newFeedView returns the feed view with the keys of k.
func newFeedView(k KeyMap) feedView {
	return feedView{back: k.Clear, reader: []key.Binding{k.Quit, k.Help, k.PrevArticle, k.NextArticle, k.Library, k.Open, k.NextFocus, k.PrevFocus}}
}

// ListKey gives msg to w's list, on screen, unless it is one of the
// reader's keys that work over it. ok says the list took it.
func (v *feedView) ListKey(msg tea.KeyPressMsg, w *feedDoc) (tea.Cmd, bool) {
	if !w.items.Typing() && key.Matches(msg, v.reader...) {
		return nil, false
	}
	return w.Update(msg), true
}

// feedAt is what the feed view is told of the reader: the source shown
// and its load generation, whether the body waits for it, and what a
// feed's list is made with (the history marks the items read).
type feedAt struct {
	cur, gen int
	loading  bool
	h        *History
	st       Styles
	dark     bool
}

// feedShows is what the body shows after a feed's step.
type feedShows int

const (
	feedStays     feedShows = iota // what it showed
	feedShowsList                  // the feed's list
	feedShowsItem                  // the item's article, now the source's
	feedFetches                    // the page being fetched
)

// fetchFunc makes the command that fetches url for source idx in load
// generation gen.
type fetchFunc func(ctx context.Context, idx, gen int, url, userAgent string) tea.Cmd

// feedStep is what the feed view hands back to the root: begin a new
// load generation first (fresh), mark an item read (read, its link),
// show what shows, fetch what fetch makes (feedFetches), say note in the
// status bar when noted.
type feedStep struct {
	shows feedShows
	fresh bool
	read  string
	fetch fetchFunc
	url   string // what is fetched
	note  string
	noted bool
	cmd   tea.Cmd
}

// noted is a step that only says note.
func notedStep(note string) feedStep { return feedStep{note: note, noted: true} }

// Update takes a feed fetched (again, after r) or an item fetched, for
// the feeds on sh, and what the list on screen (w, nil when none is)
// asks for: an item opened, the feed fetched again. It reports whether
// msg was one of them.
func (v *feedView) Update(msg tea.Msg, sh *shelf, w *feedDoc, at feedAt) (feedStep, bool) {
	switch msg := msg.(type) {
	case feedMsg:
		return v.onFeed(msg, sh, at), true
	case itemMsg:
		return v.onItem(msg, sh, at), true
	case openItemMsg:
		if w == nil {
			return feedStep{}, true
		}
		return v.open(msg.item, &sh.docs[at.cur]), true
	case refreshFeedMsg:
		if w == nil {
			return feedStep{}, true
		}
		return v.refresh(w, sh.sources[at.cur].URL), true
	}
	return feedStep{}, false
}

// SetStyles gives the lists of the feeds on sh the looks of st, for a
// dark or light background.
func (v *feedView) SetStyles(sh *shelf, st Styles, dark bool) {
	for i := range sh.docs {
		if w := sh.docs[i].feed; w != nil {
			w.items.SetStyles(st, dark)
		}
	}
}

// onFeed keeps a fetched feed on the shelf and lists its items if it is
// the source the body waits for.
func (v *feedView) onFeed(msg feedMsg, sh *shelf, at feedAt) feedStep {
	if msg.idx < 0 || msg.idx >= len(sh.docs) {
		return feedStep{}
	}
	title := msg.title
	if title == "" {
		title = msg.feed.Title
	}
	if title == "" {
		title = sh.sources[msg.idx].Name
	}
	var st feedStep
	if w := sh.docs[msg.idx].feed; w != nil { // r fetched it again
		w.title = title
		st.note, st.cmd = w.refreshed(msg.feed, at.h)
		st.noted = true
	} else {
		sh.docs[msg.idx].feed, st.cmd = newFeedDoc(msg.feed, title, at.h, at.st, at.dark)
	}
	if msg.idx == at.cur && msg.gen == at.gen && at.loading {
		st.shows = feedShowsList
	}
	return st
}

// open shows a feed item's article, d's from then on: from the feed's
// cache, or fetched.
func (v *feedView) open(it web.Item, d *doc) feedStep {
	if it.Link == "" {
		return notedStep("this item has no link")
	}
	if r, ok := d.feed.open(it.Link); ok {
		d.art, d.anArt = r.art, r.anArt
		return feedStep{fresh: true, read: it.Link, shows: feedShowsItem}
	}
	return v.fetch(d.feed, it.Link, feedItem{item: it}.name(), itemFetchCmd)
}

// fetch fetches url, titled title, in place of feed w's list (an item's
// article, or the feed itself on a refresh), in a new load generation.
func (v *feedView) fetch(w *feedDoc, url, title string, fetch fetchFunc) feedStep {
	w.fetching, w.fetchingTitle = url, safetext.Line(title)
	return feedStep{fresh: true, shows: feedFetches, fetch: fetch, url: url}
}

// onItem shows a fetched item, or goes back to the list saying why it
// could not be opened.
func (v *feedView) onItem(msg itemMsg, sh *shelf, at feedAt) feedStep {
	if msg.idx < 0 || msg.idx >= len(sh.docs) || sh.docs[msg.idx].feed == nil {
		return feedStep{}
	}
	d := &sh.docs[msg.idx]
	w := d.feed
	if msg.err == nil {
		w.keep(msg.link, msg.art)
	}
	if msg.idx != at.cur || msg.gen != at.gen || w.fetching != msg.link {
		return feedStep{}
	}
	w.fetching = ""
	if msg.err != nil {
		st := notedStep(msg.err.Error())
		st.shows = feedShowsList
		return st
	}
	w.item = msg.link
	d.art, d.anArt = msg.art, nil
	return feedStep{read: msg.link, shows: feedShowsItem}
}

// refresh is r in feed w's list, fetched from url: the feed is fetched
// again.
func (v *feedView) refresh(w *feedDoc, url string) feedStep {
	if url == "" {
		return feedStep{}
	}
	return v.fetch(w, url, w.title, sourceFetchCmd)
}

// Back reports whether msg is esc over d's article, a feed's item (when
// nothing else takes esc first), which goes back to the list (leave).
func (v *feedView) Back(msg tea.KeyPressMsg, d *doc) bool {
	return key.Matches(msg, v.back) && d.feed.showingItem()
}

// leave goes back from the item shown, d's article, to its feed's list,
// keeping what was read of the item. The root records the place in the
// item before.
func (v *feedView) leave(d *doc) feedStep {
	d.feed.leaveItem(d.art, d.anArt)
	d.art, d.anArt = nil, nil
	return feedStep{fresh: true, shows: feedShowsList}
}

// cancelled is esc while an item of d's feed, or the feed on a refresh,
// is fetched: back to the list. ok says a fetch of the feed's was under
// way.
func (v *feedView) cancelled(d *doc) (feedStep, bool) {
	w := d.feed
	if w == nil || w.fetching == "" {
		return feedStep{}, false
	}
	w.fetching = ""
	st := notedStep("cancelled")
	st.fresh, st.shows = true, feedShowsList
	return st, true
}

// failed takes the failure of a load of source cur, whose URL is url:
// when it was a refresh of d's feed, the list stays and the status bar
// says why. ok says it was one.
func (v *feedView) failed(err error, d *doc, url string) (feedStep, bool) {
	w := d.feed
	if w == nil || w.fetching == "" || w.fetching != url {
		return feedStep{}, false
	}
	w.fetching = ""
	st := notedStep("could not refresh: " + safetext.Line(err.Error()))
	st.shows = feedShowsList
	return st, true
}
