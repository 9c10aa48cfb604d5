package main

import (
	"fmt"
	"strings"
	"testing"
)

// wheel sends a notch of the mouse wheel at cell (x, y), counted from 0,
// as the terminal reports it (SGR mouse mode).
func (tt *tmuxTerm) wheel(x, y int, down bool) {
	button := 64
	if down {
		button = 65
	}
	seq := fmt.Sprintf("\x1b[<%d;%d;%dM", button, x+1, y+1)
	args := []string{"send-keys", "-H"}
	for _, b := range []byte(seq) {
		args = append(args, fmt.Sprintf("%02x", b))
	}
	tt.tmux(args...)
}

// TestWheelOverSidebarInTmux: the wheel scrolls what is under the mouse:
// over the sidebar its list, and the body stays; over the body, the body.
func TestWheelOverSidebarInTmux(t *testing.T) {
	tt := startTmux(t, 80, 24, shq(binary))
	s := tt.waitText("Putin Receives", "Quotes 12", "People")
	split := func(s string) (bodyCol, side string) {
		var b, d strings.Builder
		for _, line := range strings.Split(body(s), "\n") {
			l, r, _ := strings.Cut(line, "│")
			b.WriteString(l + "\n")
			d.WriteString(r + "\n")
		}
		return b.String(), d.String()
	}
	body0, side0 := split(s)
	tt.wheel(70, 4, true)
	s = tt.waitFor("the quotes to scroll", func(s string) bool { _, side := split(s); return side != side0 })
	if b, _ := split(s); b != body0 {
		t.Errorf("the wheel over the sidebar moved the body:\n%s", s)
	}
	_, side1 := split(s)
	tt.wheel(10, 4, true)
	s = tt.waitFor("the body to scroll", func(s string) bool { b, _ := split(s); return b != body0 })
	if _, side := split(s); side != side1 {
		t.Errorf("the wheel over the body moved the sidebar:\n%s", s)
	}
	tt.keys("q")
	tt.waitExit()
}
