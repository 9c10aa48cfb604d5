package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestLinksInTmux opens a Markdown file with two links, lists them with
// L, and opens the first with enter: the opener named by BYLINE_OPENER (a
// script standing in for xdg-open) writes the URL it was given to a file.
func TestLinksInTmux(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "notes.md")
	body := "# Harbour Notes\n\nRead [the minutes](https://example.org/minutes) first.\n\n" +
		"Then the [schedule](https://example.org/schedule?week=2) for the ferries.\n"
	if err := os.WriteFile(md, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	got := filepath.Join(dir, "opened.txt")
	opener := filepath.Join(dir, "opener.sh")
	script := "#!/bin/sh\nprintf '%s\\n' \"$1\" > " + shq(got) + "\n"
	if err := os.WriteFile(opener, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	tt := startTmux(t, 110, 30, "BYLINE_OPENER="+shq(opener)+" "+shq(binary)+" "+shq(md))
	tt.waitText("Harbour Notes", "? help")

	tt.keys("L")
	list := tt.waitText("Links", "the minutes", "schedule")
	for _, want := range []string{"https://example.org/minutes", "https://example.org/schedule?week=2"} {
		if !strings.Contains(list, want) {
			t.Errorf("link list lacks %s:\n%s", want, list)
		}
	}
	tt.keys("Enter")
	tt.waitText("opening https://example.org/minutes")
	deadline := time.Now().Add(waitLimit)
	for {
		b, err := os.ReadFile(got)
		if err == nil && string(b) == "https://example.org/minutes\n" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the opener was not given the URL: %q (%v)", b, err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}
