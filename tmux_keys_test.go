package main

import (
	"strings"
	"testing"
)

// TestLessKeysInTmux: the keys less users type: h opens the help and
// closes it, ctrl+f and ctrl+b page, 50% goes half-way and % to the top.
func TestLessKeysInTmux(t *testing.T) {
	tt := startTmux(t, 100, 30, shq(binary))
	s := tt.waitText("Putin Receives", "Quotes 12", "0%")
	tt.keys("h")
	tt.waitText("Keys", "closes this help")
	tt.keys("h")
	tt.waitFor("the help to close", func(s string) bool { return !strings.Contains(s, "closes this help") })

	top := firstWords(body(s), 6)
	tt.keys("C-f")
	s = tt.waitFor("a page down", func(s string) bool { return firstWords(body(s), 6) != top })
	tt.keys("C-b")
	tt.waitFor("a page up", func(s string) bool { return firstWords(body(s), 6) == top })

	tt.typeText("50%")
	tt.waitText(" 50% ")
	tt.typeText("%")
	tt.waitFor("the top", func(s string) bool { return firstWords(body(s), 6) == top })
	tt.keys("q")
	tt.waitExit()
}
