package pager

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/charmbracelet/x/ansi"
)

// lineSpan is one wrapped line as a half-open byte range of the text that
// was wrapped. Whitespace dropped at a soft break belongs to no line.
type lineSpan struct{ start, end int }

// wrapText word-wraps s at width cells and appends each line's span, offset
// by base, to out. Single newlines are hard breaks (plain text is shown
// literally); spaces at a soft break are dropped; a word wider than width is
// broken between grapheme clusters. Wide characters count two cells and
// may break anywhere, as CJK text has no spaces.
func wrapText(s string, base, width int, out []lineSpan) []lineSpan {
	width = max(width, 1)
	for {
		nl := strings.IndexByte(s, '\n')
		if nl < 0 {
			return wrapLine(s, base, width, out)
		}
		out = wrapLine(s[:nl], base, width, out)
		s, base = s[nl+1:], base+nl+1
	}
}

// countLines reports how many lines wrapText makes of s, without keeping
// them.
func countLines(s string, width int, scratch []lineSpan) (int, []lineSpan) {
	scratch = wrapText(s, 0, width, scratch[:0])
	return len(scratch), scratch
}

// wrapLine wraps one hard line (no '\n') greedily.
func wrapLine(s string, base, width int, out []lineSpan) []lineSpan {
	var (
		start, end int  // the current line's content
		w          int  // its width in cells
		open       bool // whether the current line has content
		gap        int  // width of the spaces after the current content
		emitted    bool // whether this hard line has emitted a line yet
	)
	emit := func() {
		out = append(out, lineSpan{base + start, base + end})
		open, w, gap, emitted = false, 0, 0, true
	}
	for p := 0; p < len(s); {
		if isSpaceByte(s[p]) {
			q := p + 1
			for q < len(s) && isSpaceByte(s[q]) {
				q++
			}
			switch {
			case open:
				gap += q - p
			case p == 0 && q < len(s) && q-p < width:
				// Indentation at the start of a hard line is kept.
				start, end, w, open = 0, q, q-p, true
			}
			p = q
			continue
		}
		q, ww := scanWord(s, p)
		switch {
		case open && w+gap+ww <= width:
			end, w, gap = q, w+gap+ww, 0
		case ww <= width:
			if open {
				emit()
			}
			start, end, w, gap, open = p, q, ww, 0, true
		default:
			if open {
				emit()
			}
			// Break the long word between clusters.
			start, w = p, 0
			for i := p; i < q; {
				n, cw := clusterAt(s, i)
				if w+cw > width && w > 0 {
					end = i
					open = true
					emit()
					start = i
				}
				w += cw
				i += n
			}
			end, open, gap = q, true, 0
		}
		p = q
	}
	if open || !emitted {
		if !open {
			start, end = 0, 0
		}
		emit()
	}
	return out
}

// scanWord returns the end of the word starting at p, the place where a
// line may break next, and its width. A word ends before a space, after a
// hyphen or dash that joins two words, and on either side of a wide
// character.
func scanWord(s string, p int) (end, width int) {
	for i := p; i < len(s); {
		c := s[i]
		if isSpaceByte(c) {
			return i, width
		}
		if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
			// ASCII, not followed by a combining mark
			width++
			i++
			if c == '-' && width > 1 && i < len(s) && !isSpaceByte(s[i]) {
				return i, width
			}
			continue
		}
		n, cw := clusterAt(s, i)
		if cw == 2 {
			if width > 0 {
				return i, width
			}
			return i + n, cw
		}
		width += cw
		i += n
		if isBreakAfter(s[i-n:i]) && width > 1 && i < len(s) && !isSpaceByte(s[i]) {
			return i, width
		}
	}
	return len(s), width
}

// isBreakAfter reports whether a line may break after cluster c inside a
// word: after a hyphen, an en dash or an em dash.
func isBreakAfter(c string) bool {
	return c == "-" || c == "—" || c == "–"
}

// isSpaceByte reports whether c is a breaking space. Tabs count as one
// space, as they are shown as one.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

// clusterAt returns the byte length and cell width of the grapheme cluster
// at s[i], as the screen will show it (see safetext.Cells).
func clusterAt(s string, i int) (n, width int) {
	c := s[i]
	if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
		return 1, 1 // ASCII; controls are shown as one placeholder cell
	}
	cl, w := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
	if len(cl) == 0 {
		return 1, 1
	}
	if !utf8.ValidString(cl) {
		// A cluster with an invalid byte ("0\xd1"): Cells shows the
		// bad byte as a cell of its own, so take only the first rune.
		_, size := utf8.DecodeRuneInString(cl)
		cl = cl[:size]
		w = ansi.StringWidth(cl)
	}
	r, size := utf8.DecodeRuneInString(cl)
	switch {
	case r == utf8.RuneError && size <= 1:
		return 1, 1 // invalid byte, shown as U+FFFD
	case safetext.Invisible(r):
		return len(cl), 0
	case unicode.IsControl(r):
		return len(cl), 1
	}
	return len(cl), w
}

// cellWidth is the width of s as safetext.Cells shows it.
func cellWidth(s string) int {
	w := 0
	for i := 0; i < len(s); {
		n, cw := clusterAt(s, i)
		w += cw
		i += n
	}
	return w
}
