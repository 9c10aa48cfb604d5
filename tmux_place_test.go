package main

import (
	"strings"
	"testing"
)

// TestPlaceExactInTmux: an article reopened in a window of the same size
// comes back exactly where it was left, even when the blank line between
// two paragraphs was at the top (it came back two lines above: the last
// line of the paragraph before and the blank).
func TestPlaceExactInTmux(t *testing.T) {
	state := t.TempDir()
	run := func() *tmuxTerm {
		return startTmux(t, 100, 30, "XDG_STATE_HOME="+shq(state)+" "+shq(binary)+" assets/sample.txt")
	}
	column := func(s string) string { // the body, left of the sidebar
		var b strings.Builder
		for _, line := range strings.Split(body(s), "\n") {
			line, _, _ = strings.Cut(line, "│")
			b.WriteString(strings.TrimRight(line, " ") + "\n")
		}
		return b.String()
	}
	tt := run()
	s := tt.waitText("Putin Receives Tillerson", "Quotes")
	for range 3 { // at 100x30 three half pages put a blank line at the top
		prev := column(s)
		tt.keys("d")
		s = tt.waitFor("the view to move", func(s string) bool { return column(s) != prev })
	}
	left := column(s)
	if strings.TrimSpace(strings.SplitN(left, "\n", 2)[0]) != "" {
		t.Logf("the top line is not blank here; the test still checks the place:\n%s", left)
	}
	tt.keys("q")
	tt.waitExit()

	again := run()
	again.waitFor("the place left", func(s string) bool { return column(s) == left })
	again.keys("q")
	again.waitExit()
}
