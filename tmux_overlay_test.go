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

// stillRunning waits until the screen shows the reader's status bar with
// no overlay (the key closed it) or the shell's "[exit" line (the key
// quit), and fails the test in the second case.
func (tt *tmuxTerm) stillRunning(what, overlay string) {
	tt.t.Helper()
	s := tt.waitFor(what, func(s string) bool {
		return strings.Contains(s, "[exit ") || (!strings.Contains(s, overlay) && strings.Contains(s, "? help"))
	})
	if strings.Contains(s, "[exit ") {
		tt.t.Fatalf("%s quit the reader:\n%s", what, s)
	}
}

// TestOverlaysInTmux opens the help and the `o` list on a small screen:
// the help is taller than the screen and scrolls with j and k; q closes
// each overlay, as esc does, and quits only from the article.
func TestOverlaysInTmux(t *testing.T) {
	tt := startTmux(t, 60, 20, shq(binary))
	tt.waitText("Putin Receives", "? help")

	tt.keys("?")
	s := tt.waitText("Keys")
	const last = "pane with the keys" // the help's last line
	if strings.Contains(s, last) {
		t.Fatalf("the help fits in 60x20; the test needs one that does not:\n%s", s)
	}
	for range 40 {
		tt.keys("j")
	}
	tt.waitText(last)
	for range 40 {
		tt.keys("k")
	}
	tt.waitFor("the help's top", func(s string) bool { return strings.Contains(s, "line down") && !strings.Contains(s, last) })
	tt.keys("q")
	tt.stillRunning("q in the help", "Keys")

	tt.keys("o")
	tt.waitText("Articles", "1 article")
	tt.keys("q")
	tt.stillRunning("q in the `o` list", "Articles")

	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
}

// TestListFilterInTmux filters the `o` list and a feed's list: what has
// the typed word comes first, and the count says how many match.
func TestListFilterInTmux(t *testing.T) {
	t.Run("library", func(t *testing.T) {
		dir := t.TempDir()
		for name, text := range map[string]string{
			"a.txt":    "Alpha Headline Of The First File\n\nThe first body.\n",
			"b.md":     "# Bravo Headline In Markdown\n\nThe second body.\n",
			"heat.txt": "Heat Wave Closes Schools Early\n\nThe third body.\n",
		} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		tt := startTmux(t, 120, 40, shq(binary)+" "+shq(dir))
		tt.waitText("Alpha Headline Of The First File", "1/3")
		tt.keys("o")
		tt.waitText("Articles", "3 articles")
		tt.keys("/")
		tt.typeText("heat")
		tt.waitText("Filter: heat")
		// The list filters as each letter comes: wait for the last.
		tt.waitFor("/heat to keep the one article with heat in it", func(s string) bool {
			return strings.Contains(s, "1 article • 2 filtered")
		})
	})
	t.Run("feed", func(t *testing.T) {
		mux := http.NewServeMux()
		srv := httptest.NewServer(mux)
		t.Cleanup(srv.Close)
		mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Riverside Test Feed</title><link>%[1]s/</link>
<item><title>Riverside Council Approves Coastal Harbor Plan</title><link>%[1]s/plan</link><description>A short vote.</description></item>
<item><title>Harbor City FC Fires Coach After Six Straight Losses</title><link>%[1]s/coach</link><description>The club's board met on Sunday night and announced the decision in a statement to its supporters.</description></item>
</channel></rss>`, srv.URL)
		})
		tt := startTmux(t, 120, 40, shq(binary)+" "+shq(srv.URL+"/feed.xml"))
		tt.waitText("Riverside Test Feed", "2 items")
		tt.keys("/")
		tt.typeText("coach")
		tt.waitText("Filter: coach")
		tt.keys("Enter") // accept the filter
		tt.waitFor("/coach to put the item about a coach first", func(s string) bool {
			coach, council := strings.Index(s, "Fires Coach"), strings.Index(s, "Council Approves")
			return strings.Contains(s, "“coach”") && coach >= 0 && (council < 0 || council > coach)
		})
	})
}
