package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestReaderExitStatusInTmux checks the reader's exit status as the
// README states it (issue 14, bugs 2 and 10): a reader that opened nothing
// exits 1 saying why; one given a missing file beside a good one opens the
// good one, says what failed in its status bar and `o` list, and exits 1.
func TestReaderExitStatusInTmux(t *testing.T) {
	t.Run("empty directory", func(t *testing.T) {
		// A relative name keeps the message on one line of the body.
		tt := startTmux(t, 100, 30, "cd "+shq(t.TempDir())+" && mkdir empty && "+shq(binary)+" empty")
		tt.waitText("empty: no .txt, .md or .html files")
		tt.keys("q")
		if got := tt.waitExit(); got != "[exit 1]" {
			t.Errorf("exit status %s, want [exit 1]", got)
		}
		tt.waitText("byline: empty: no .txt, .md or .html files")
		tt.terminalIsSane()
	})
	t.Run("a good file and a missing one", func(t *testing.T) {
		story := writeFile(t, "a.txt", []byte("Alpha Headline Of The Good File\n\nThe good body.\n"))
		// Relative names keep the note short enough for the status bar.
		tt := startTmux(t, 100, 30, "cd "+shq(filepath.Dir(story))+" && "+shq(binary)+" a.txt gone.txt")
		tt.waitText("Alpha Headline Of The Good File", "could not open", "gone.txt: no such file")
		tt.keys("o")
		tt.waitText("Articles", "could not be opened")
		tt.keys("Escape")
		tt.waitFor("the list to close", func(s string) bool { return !strings.Contains(s, "could not be opened") })
		tt.keys("q")
		if got := tt.waitExit(); got != "[exit 1]" {
			t.Errorf("exit status %s, want [exit 1]", got)
		}
		tt.waitText("byline: gone.txt: no such file")
		tt.terminalIsSane()
	})
	t.Run("sample with a terminal on stdin", func(t *testing.T) {
		tt := startTmux(t, 100, 30, shq(binary)+" --plain | head -n 1")
		tt.waitText("Putin Receives Tillerson")
		if got := tt.waitExit(); got != "[exit 0]" {
			t.Errorf("exit status %s, want [exit 0]", got)
		}
	})
}
