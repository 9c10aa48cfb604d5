package main

import (
	"strings"
	"testing"
)

// TestNarrowTerminalInTmux opens the sample as a new user would, in a
// terminal of the size most open at, 80x24: the quotes and people are on
// the first screen beside the body. One column narrower the sidebar does
// not fit, and the status bar says which key shows it.
func TestNarrowTerminalInTmux(t *testing.T) {
	tt := startTmux(t, 80, 24, shq(binary))
	first := tt.waitText("Putin Receives", "Quotes", "People", "Tillerson")
	for i, line := range strings.Split(strings.TrimRight(first, "\n"), "\n") {
		if i < 23 && !strings.Contains(line, "│") {
			t.Errorf("line %d has no rule between body and sidebar: %q", i, line)
		}
	}
	if strings.Contains(first, "s sidebar") {
		t.Errorf("the status bar offers to show the sidebar that is shown:\n%s", first)
	}

	tt.resize(79, 24)
	narrow := tt.waitFor("the sidebar to leave", func(s string) bool {
		return !strings.Contains(s, "People") && strings.Contains(s, "s sidebar")
	})
	if strings.Contains(narrow, "│") {
		t.Errorf("a rule is left on a screen without a sidebar:\n%s", narrow)
	}
	tt.keys("s")
	tt.waitText("Quotes", "People", "╭")
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
}
