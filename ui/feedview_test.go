package ui

import (
	"errors"
	"testing"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/source/web"
)

// TestFeedViewSteps: what the feed view tells the root to show for each
// message of a feed, with the source shown in load generation 2.
func TestFeedViewSteps(t *testing.T) {
	const link = "https://example.org/harbour"
	art := &article.Article{Title: "Harbour"}
	feed := &web.Feed{Title: "Port News", Items: []web.Item{{Title: "Harbour", Link: link}}}
	// shelf is one feed, source 0, listed, with its item being fetched.
	shelfOf := func() *shelf {
		sh := &shelf{sources: []source.Source{{Name: "port", URL: "https://example.org/feed"}}, docs: make([]doc, 1)}
		sh.docs[0].feed, _ = newFeedDoc(feed, "Port News", nil, NewStyles(true, false), true)
		sh.docs[0].feed.fetching = link
		return sh
	}
	at := feedAt{cur: 0, gen: 2, st: NewStyles(true, false), dark: true}
	tests := []struct {
		name      string
		msg       any
		wantShows feedShows
		wantFresh bool
		wantNote  string
	}{
		{"item fetched", itemMsg{idx: 0, gen: 2, link: link, art: art}, feedShowsItem, false, ""},
		{"item failed", itemMsg{idx: 0, gen: 2, link: link, err: errors.New("no route")}, feedShowsList, false, "no route"},
		{"item of an older load", itemMsg{idx: 0, gen: 1, link: link, art: art}, feedStays, false, ""},
		{"item with no link", openItemMsg{item: web.Item{Title: "x"}}, feedStays, false, "this item has no link"},
		{"item opened", openItemMsg{item: feed.Items[0]}, feedFetches, true, ""},
		{"refresh", refreshFeedMsg{}, feedFetches, true, ""},
		{"feed again", feedMsg{idx: 0, gen: 2, feed: feed}, feedStays, false, "refreshed: no new items"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh := shelfOf()
			var v feedView
			st, ok := v.Update(tt.msg, sh, sh.docs[0].feed, at)
			if !ok {
				t.Fatalf("Update(%T) was not the feed view's", tt.msg)
			}
			if st.shows != tt.wantShows || st.fresh != tt.wantFresh || st.note != tt.wantNote {
				t.Errorf("step shows %v fresh %v note %q, want %v %v %q", st.shows, st.fresh, st.note, tt.wantShows, tt.wantFresh, tt.wantNote)
			}
		})
	}
}

// TestFeedViewLeave: esc over an item goes back to the list and keeps
// the item read, so that opening it again needs no fetch.
func TestFeedViewLeave(t *testing.T) {
	const link = "https://example.org/quay"
	w, _ := newFeedDoc(&web.Feed{Items: []web.Item{{Title: "Quay", Link: link}}}, "Port News", nil, NewStyles(true, false), true)
	d := &doc{feed: w, art: &article.Article{Title: "Quay"}}
	w.item = link
	v := newFeedView(DefaultKeyMap())
	if !v.Back(press("esc"), d) {
		t.Fatal("esc over an item is not Back")
	}
	if st := v.leave(d); st.shows != feedShowsList || !st.fresh || d.art != nil {
		t.Fatalf("leave: shows %v fresh %v art %v, want the list in a new load, no article", st.shows, st.fresh, d.art)
	}
	if v.Back(press("esc"), d) {
		t.Error("esc over the list is Back")
	}
	if st := v.open(web.Item{Link: link}, d); st.shows != feedShowsItem || d.art == nil || st.read != link {
		t.Errorf("open again: shows %v art %v read %q, want the cached item", st.shows, d.art, st.read)
	}
}
