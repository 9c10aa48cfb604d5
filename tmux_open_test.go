package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenPromptInTmux opens files, a directory's article and a URL from
// inside the reader with O, completing paths with tab, as a user would:
// each joins the list, and the reader is never restarted.
func TestOpenPromptInTmux(t *testing.T) {
	srv := webServer(t)
	dir := t.TempDir()
	for name, text := range map[string]string{
		"alpha.txt":       "Alpha Headline Of The First File\n\nThe first body.\n",
		"bravo-one.md":    "# Bravo One In Markdown\n\nThe second body.\n",
		"bravo-two.txt":   "Bravo Two Headline\n\nThe third body.\n",
		"sub/charlie.txt": "Charlie Headline Below\n\nThe fourth body.\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin, err := filepath.Abs(binary)
	if err != nil {
		t.Fatal(err)
	}
	tt := startTmux(t, 100, 30, "cd "+shq(dir)+" && "+shq(bin)+" alpha.txt")
	tt.waitText("Alpha Headline Of The First File", "1/1")

	tt.keys("O")
	tt.waitText("open:", "tab complete")
	tt.typeText("bra")
	tt.keys("Tab")
	tt.waitText("open: bravo-", "bravo-one.md", "bravo-two.txt")
	tt.typeText("t")
	tt.keys("Tab")
	tt.waitText("open: bravo-two.txt")
	tt.keys("Enter")
	tt.waitText("Bravo Two Headline", "2/2")

	tt.keys("O")
	tt.typeText("su")
	tt.keys("Tab")
	tt.waitText("open: sub/", "charlie.txt")
	tt.keys("Tab", "Enter")
	tt.waitText("Charlie Headline Below", "3/3")

	tt.keys("O")
	tt.typeText(srv.URL + "/story")
	tt.keys("Enter")
	tt.waitText("County paid 40% over state average", "4/4")

	tt.keys("O")
	tt.typeText("nowhere.txt")
	tt.keys("Enter")
	tt.waitText("could not open nowhere.txt")

	tt.keys("o")
	tt.waitText("4 articles", "Bravo Two Headline", "Charlie Headline Below")
	tt.keys("Escape")
	tt.waitFor("the list to close", func(s string) bool { return !strings.Contains(s, "4 articles") })
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
}
