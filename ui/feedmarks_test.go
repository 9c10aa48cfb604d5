package ui

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/source/web"
	"github.com/byline-reader/byline/ui/history"
)

// datedFeed serves a feed whose items are not in date order; from the
// second request on (or when broken is set, an error) it has one item
// more, the newest.
func datedFeed(t *testing.T, broken *atomic.Bool) *httptest.Server {
	t.Helper()
	var hits atomic.Int32
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, storyHTML)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) > 1 && broken != nil && broken.Load() {
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Dated Feed</title>`)
		if hits.Load() > 1 {
			fmt.Fprintf(w, `<item><title>Fresh Tuesday Item</title><link>%s/fresh</link><pubDate>Tue, 07 Oct 2025 08:00:00 GMT</pubDate></item>`, srv.URL)
		}
		fmt.Fprintf(w, `<item><title>Older Monday Item</title><link>%[1]s/monday</link><pubDate>Mon, 29 Sep 2025 08:00:00 GMT</pubDate></item>
<item><title>Undated Item</title><link>%[1]s/undated</link></item>
<item><title>Newest Friday Item</title><link>%[1]s/story</link><pubDate>Fri, 03 Oct 2025 08:00:00 GMT</pubDate></item>
<item><title>Oldest Item</title><link>%[1]s/oldest</link><pubDate>Wed, 10 Sep 2025 08:00:00 GMT</pubDate></item>
</channel></rss>`, srv.URL)
	})
	return srv
}

// order is the positions of titles on screen, -1 when one is missing.
func order(screen string, titles ...string) []int {
	var at []int
	for _, t := range titles {
		at = append(at, strings.Index(screen, t))
	}
	return at
}

func TestFeedNewestFirst(t *testing.T) {
	srv := datedFeed(t, nil)
	m := start(t, New(t.Context(), []source.Source{{Name: "feed", URL: srv.URL + "/feed.xml"}}, Options{NoColor: true}), 100, 30)
	s := plain(m)
	at := order(s, "Newest Friday Item", "Older Monday Item", "Oldest Item", "Undated Item")
	for i := 1; i < len(at); i++ {
		if at[i-1] < 0 || at[i] < at[i-1] {
			t.Fatalf("items not newest first (positions %v):\n%s", at, s)
		}
	}
}

func TestByDate(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 10, d, 0, 0, 0, 0, time.UTC) }
	items := []web.Item{{Title: "a"}, {Title: "b", Published: day(1)}, {Title: "c"}, {Title: "d", Published: day(3)}}
	var got []string
	for _, it := range byDate(items) {
		got = append(got, it.Title)
	}
	if strings.Join(got, "") != "dbac" {
		t.Errorf("byDate: %v, want d b a c", got)
	}
	if items[0].Title != "a" {
		t.Error("byDate changed its argument")
	}
}

// TestFeedReadMarks opens an item: it loses its dot in the list, and
// keeps it lost in a new reader of the same state directory.
func TestFeedReadMarks(t *testing.T) {
	srv := datedFeed(t, nil)
	dir := t.TempDir()
	open := func() *Model {
		store, warn := history.Load(dir)
		if warn != nil {
			t.Fatal(warn)
		}
		src := []source.Source{{Name: "feed", URL: srv.URL + "/feed.xml"}}
		return start(t, New(t.Context(), src, Options{NoColor: true, History: NewHistory(store)}), 100, 30)
	}
	m := open()
	if s := plain(m); !strings.Contains(s, unreadMark+"Newest Friday Item") || !strings.Contains(s, unreadMark+"Oldest Item") {
		t.Fatalf("new items lack the unread mark:\n%s", s)
	}
	m = press1(t, m, "enter")
	if m.state != stateReading {
		t.Fatalf("enter: state %d:\n%s", m.state, plain(m))
	}
	m = press1(t, m, "esc")
	s := plain(m)
	if strings.Contains(s, unreadMark+"Newest Friday Item") || !strings.Contains(s, "Newest Friday Item") || !strings.Contains(s, unreadMark+"Oldest Item") {
		t.Fatalf("after reading the first item:\n%s", s)
	}
	m = open()
	if s := plain(m); strings.Contains(s, unreadMark+"Newest Friday Item") || !strings.Contains(s, unreadMark+"Older Monday Item") {
		t.Errorf("a new reader lost the mark:\n%s", s)
	}
}

// TestFeedRefresh presses r: the item published since is listed first,
// the status bar says one is new, and the marks stay. A refresh that
// fails keeps the list and says why.
func TestFeedRefresh(t *testing.T) {
	var broken atomic.Bool
	srv := datedFeed(t, &broken)
	m := start(t, New(t.Context(), []source.Source{{Name: "feed", URL: srv.URL + "/feed.xml"}}, Options{NoColor: true}), 100, 30)
	m = press1(t, m, "enter", "esc")
	m = press1(t, m, "r")
	s := plain(m)
	if m.state != stateFeed || !strings.Contains(s, unreadMark+"Fresh Tuesday Item") || !strings.Contains(s, "refreshed: 1 new item") {
		t.Fatalf("r: state %d:\n%s", m.state, s)
	}
	if at := order(s, "Fresh Tuesday Item", "Newest Friday Item"); at[1] < at[0] {
		t.Errorf("the new item is not first:\n%s", s)
	}
	if strings.Contains(s, unreadMark+"Newest Friday Item") {
		t.Errorf("r lost the read mark:\n%s", s)
	}
	if it, _ := m.docs[0].feed.items.list.SelectedItem().(feedItem); it.item.Title != "Newest Friday Item" {
		t.Errorf("r moved the selection to %q", it.item.Title)
	}
	broken.Store(true)
	m = press1(t, m, "r")
	s = plain(m)
	if m.state != stateFeed || !strings.Contains(s, "Fresh Tuesday Item") || !strings.Contains(s, "could not refresh") {
		t.Errorf("a failed refresh: state %d:\n%s", m.state, s)
	}
}
