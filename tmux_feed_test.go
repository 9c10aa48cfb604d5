package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestFeedMarksInTmux reads a feed as a new user would, twice: the items
// come newest first with a dot on each not read; the item opened loses
// its dot, and has lost it still in the next reader; r lists the item
// published since, first, and says it is new.
func TestFeedMarksInTmux(t *testing.T) {
	story, err := os.ReadFile(filepath.Join("source", "web", "testdata", "comments.html"))
	if err != nil {
		t.Fatal(err)
	}
	var hits atomic.Int32
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write(story)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Test Feed</title>`)
		if hits.Add(1) > 2 {
			fmt.Fprintf(w, `<item><title>Ferry Strike Ends</title><link>%s/ferry</link><pubDate>Tue, 07 Oct 2025 08:00:00 GMT</pubDate></item>`, srv.URL)
		}
		fmt.Fprintf(w, `<item><title>Old Pier Closes</title><link>%[1]s/pier</link><pubDate>Mon, 29 Sep 2025 08:00:00 GMT</pubDate></item>
<item><title>Road Repairs Cost More</title><link>%[1]s/story</link><pubDate>Fri, 03 Oct 2025 08:00:00 GMT</pubDate></item>
</channel></rss>`, srv.URL)
	})
	state := t.TempDir()
	run := func() *tmuxTerm {
		return startTmux(t, 100, 30, "XDG_STATE_HOME="+shq(state)+" "+shq(binary)+" "+shq(srv.URL+"/feed.xml"))
	}

	tt := run()
	s := tt.waitText("Harbor Test Feed", "• Road Repairs Cost More", "• Old Pier Closes")
	if strings.Index(s, "Road Repairs") > strings.Index(s, "Old Pier") {
		t.Errorf("not newest first:\n%s", s)
	}
	tt.keys("Enter")
	tt.waitText("County paid 40% over state average")
	tt.keys("Escape")
	tt.waitFor("the item read to lose its dot", func(s string) bool {
		return strings.Contains(s, "Road Repairs Cost More") && !strings.Contains(s, "• Road Repairs") && strings.Contains(s, "• Old Pier Closes")
	})
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}

	again := run()
	again.waitFor("the mark kept", func(s string) bool {
		return strings.Contains(s, "Road Repairs Cost More") && !strings.Contains(s, "• Road Repairs") && strings.Contains(s, "• Old Pier Closes")
	})
	again.keys("r")
	s = again.waitText("• Ferry Strike Ends", "refreshed: 1 new item")
	if strings.Index(s, "Ferry Strike") > strings.Index(s, "Road Repairs") {
		t.Errorf("the new item is not first:\n%s", s)
	}
	again.keys("q")
	again.waitExit()
}
