package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// truncate shortens plain or styled s to at most w cells, ending in "…"
// when it had to cut.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// fitLine cuts or pads styled s to exactly w cells.
func fitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		s = ansi.Truncate(s, w, "")
		sw = ansi.StringWidth(s) // a wide rune may leave one cell short
		s += ansi.ResetStyle     // the cut may have left a style open
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// fitBlock cuts or pads the lines of s to exactly w cells and h lines.
func fitBlock(s string, w, h int) []string {
	if h <= 0 {
		return nil
	}
	out := make([]string, h)
	lines := strings.Split(s, "\n")
	for i := range out {
		if i < len(lines) {
			out[i] = fitLine(lines[i], w)
		} else {
			out[i] = fitLine("", w)
		}
	}
	return out
}
