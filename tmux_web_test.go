package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// webServer serves, on loopback only, a news page (/story), a slow page
// that never answers until the request is given up (/slow), and an RSS
// feed (/feed.xml) whose items are the story and a second page.
func webServer(t *testing.T) *httptest.Server {
	t.Helper()
	story, err := os.ReadFile(filepath.Join("source", "web", "testdata", "comments.html"))
	if err != nil {
		t.Fatal(err)
	}
	figures, err := os.ReadFile(filepath.Join("source", "web", "testdata", "figures.html"))
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	page := func(body []byte) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=windows-1252")
			w.Write(body)
		}
	}
	mux.HandleFunc("/story", page(story))
	mux.HandleFunc("/figures", page(figures))
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // until byline gives up
	})
	srv := httptest.NewServer(mux)
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Test Feed</title><link>%[1]s/</link>
<item><title>Road Repairs Cost More</title><link>%[1]s/story</link><pubDate>Thu, 14 Mar 2024 21:05:00 GMT</pubDate><description>The county paid more.</description></item>
<item><title>Lake Orvel Runs Low</title><link>%[1]s/figures</link><description>A drought.</description></item>
</channel></rss>`, srv.URL)
	})
	t.Cleanup(srv.Close)
	return srv
}

// TestURLInTmux opens a web page from a local server: the article, not
// the page around it, with its byline and date above the body and its
// quotes in the sidebar.
func TestURLInTmux(t *testing.T) {
	srv := webServer(t)
	tt := startTmux(t, 120, 40, shq(binary)+" "+shq(srv.URL+"/story"))
	s := tt.waitText("County paid 40% over state average", "By Deborah Wright", "June 3, 2022", "Paul Renner")
	for _, junk := range []string{"Subscribe", "Comments", "Advertisement"} {
		if strings.Contains(s, junk) {
			t.Errorf("the page's %q shows:\n%s", junk, s)
		}
	}
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// TestCancelFetchInTmux cancels a fetch that never ends: with nothing
// else to show, esc quits saying so; with an article shown before, esc
// goes back to it.
func TestCancelFetchInTmux(t *testing.T) {
	srv := webServer(t)
	t.Run("alone", func(t *testing.T) {
		tt := startTmux(t, 100, 30, shq(binary)+" "+shq(srv.URL+"/slow"))
		tt.waitText("Fetching", "esc cancels")
		tt.keys("Escape")
		if got := tt.waitExit(); got != "[exit 1]" {
			t.Errorf("exit status %s", got)
		}
		tt.waitText("/slow: cancelled")
		tt.terminalIsSane()
	})
	t.Run("back to the article before", func(t *testing.T) {
		tt := startTmux(t, 100, 30, shq(binary)+" assets/sample.txt "+shq(srv.URL+"/slow"))
		tt.waitText("Putin Receives Tillerson", "1/2")
		tt.keys("]")
		tt.waitText("Fetching", "2/2")
		tt.keys("Escape")
		tt.waitText("Putin Receives Tillerson", "1/2", "cancelled")
		tt.keys("q")
		if got := tt.waitExit(); got != "[exit 0]" {
			t.Errorf("exit status %s", got)
		}
	})
}

// TestFeedInTmux opens a feed, one of its items, and goes back to the
// list with esc.
func TestFeedInTmux(t *testing.T) {
	srv := webServer(t)
	tt := startTmux(t, 120, 40, shq(binary)+" "+shq(srv.URL+"/feed.xml"))
	tt.waitText("Valley Test Feed", "Road Repairs Cost More", "Lake Orvel Runs Low")
	tt.keys("Enter")
	tt.waitText("County paid 40% over state average", "By Deborah Wright")
	tt.keys("Escape")
	tt.waitText("Valley Test Feed", "2 items")
	tt.keys("j")
	tt.keys("Enter")
	tt.waitText("Drought leaves Lake Orvel")
	tt.keys("Escape")
	tt.waitText("Valley Test Feed", "2 items")
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
}

// TestLibraryInTmux opens a directory and a URL as one list: o lists
// them, enter opens one, [ and ] still step.
func TestLibraryInTmux(t *testing.T) {
	srv := webServer(t)
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":      "Alpha Headline Of The First File\n\nThe first body.\n",
		"b.md":       "# Bravo Headline In Markdown\n\nThe second body.\n",
		"notes.json": "{}",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tt := startTmux(t, 120, 40, shq(binary)+" "+shq(dir)+" "+shq(srv.URL+"/story"))
	tt.waitText("Alpha Headline Of The First File", "1/3")
	tt.keys("]")
	tt.waitText("Bravo Headline In Markdown", "2/3")
	tt.keys("o")
	tt.waitText("Articles", "3 articles")
	tt.keys("/")
	tt.typeText("story")
	tt.keys("Enter") // accept the filter
	tt.keys("Enter") // open the one left
	tt.waitText("County paid 40% over state average", "3/3")
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
}

// TestHistoryInTmux leaves an article in the middle, and reopens it at
// another width: it opens at the same paragraph. With --no-history it
// opens at the top.
func TestHistoryInTmux(t *testing.T) {
	state := t.TempDir()
	run := func(w, h int, args string) *tmuxTerm {
		return startTmux(t, w, h, "XDG_STATE_HOME="+shq(state)+" "+shq(binary)+" "+args)
	}
	tt := run(100, 30, "assets/sample.txt")
	s := tt.waitText("Putin Receives Tillerson", "Quotes")
	// One key at a time, each waited for, so that the place read off the
	// screen is the place the reader leaves: three keys sent at once may
	// be read off half-way through.
	for range 3 {
		prev := firstWords(body(s), 8)
		tt.keys("d")
		s = tt.waitFor("the view to move", func(s string) bool { return firstWords(body(s), 8) != prev })
	}
	if strings.Contains(body(s), "Putin Receives") {
		t.Fatalf("still at the top:\n%s", s)
	}
	top := firstWords(body(s), 3)
	if top == "" {
		t.Fatalf("no text at the top:\n%s", s)
	}
	tt.keys("q")
	tt.waitExit()
	if _, err := os.Stat(filepath.Join(state, "byline", "positions.json")); err != nil {
		t.Fatalf("no history written: %v", err)
	}

	// The history is read in the background: the article may show at the
	// top for a moment before it scrolls to the place left.
	again := run(130, 40, "assets/sample.txt")
	again.waitFor(fmt.Sprintf("%q at the top", top), func(s string) bool {
		lines := strings.Split(s, "\n")
		return strings.Contains(strings.Join(lines[:5], "\n"), top) && !strings.Contains(body(s), "Putin Receives")
	})
	again.keys("q")
	again.waitExit()

	off := run(130, 40, "--no-history assets/sample.txt")
	off.waitText("Putin Receives Tillerson")
	off.keys("q")
	off.waitExit()
}

// body is the screen without its last line, the status bar.
func body(screen string) string {
	screen = strings.TrimRight(screen, "\n")
	if i := strings.LastIndexByte(screen, '\n'); i >= 0 {
		return screen[:i]
	}
	return screen
}

// firstWords returns the first n words of the first line of the body
// column (left of the sidebar's rule) that has any.
func firstWords(screen string, n int) string {
	for _, line := range strings.Split(screen, "\n") {
		line, _, _ = strings.Cut(line, "│")
		if f := strings.Fields(line); len(f) > 0 {
			return strings.Join(f[:min(n, len(f))], " ")
		}
	}
	return ""
}
