package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// clean makes text from outside safe and single-line for the sidebar and
// status bar: line breaks and tabs become spaces, control characters and
// bidirectional overrides are dropped, invalid UTF-8 becomes U+FFFD.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r), isBidiControl(r):
			return -1
		}
		return r
	}, s)
}

// isBidiControl reports whether r changes the direction of the text that
// follows it.
func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') ||
		r == '\u200E' || r == '\u200F' || r == '\u061C'
}

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
