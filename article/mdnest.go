package article

import "strings"

// Goldmark's parsing time grows with the square of the nesting depth, and
// faster for lists nested by indentation: 10,000 nested "- " markers on
// one line take 0.7 s, 50,000 take 26 s, and 400 lines each indented two
// spaces more than the one before take a second. Glamour, on goldmark,
// also indents each level and wraps in what is left, and its cost grows
// exponentially once the levels use up the width. So before Markdown is
// parsed, the container prefix of each line outside fenced code (the
// indentation, quote markers and list markers before its text) is cut to
// a number of markers and of columns. The text stays, at the deepest
// level kept: "> > > > deep" with a limit of two markers reads "> > deep".
// Reasonable documents are far below the limits and are not changed.

// The limits for plain text (--plain), where no width bounds the depth.
const (
	maxNestMarkers = 16
	maxNestColumns = 64
)

// NestLimit is how deep FlattenNesting lets a line's container prefix go:
// at most Markers quote and list markers, and Columns columns of
// indentation and markers together.
type NestLimit struct{ Markers, Columns int }

// plainNesting is the limit for plain text.
var plainNesting = NestLimit{maxNestMarkers, maxNestColumns}

// FlattenNesting returns src with every line's container prefix outside
// fenced code cut to lim, or src itself when no line goes past it.
func FlattenNesting(src string, lim NestLimit) string {
	var b strings.Builder // the result, once a line changed
	changed := false
	var f fence
	for pos := 0; pos < len(src); {
		line := src[pos:]
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl+1]
		}
		pos += len(line)
		if !f.step(strings.TrimRight(line, "\n")) {
			if end, cut := scanPrefix(line, lim, nil); cut {
				if !changed {
					b.Grow(len(src))
					b.WriteString(src[:pos-len(line)])
					changed = true
				}
				scanPrefix(line, lim, &b)
				line = line[end:]
			}
		}
		if changed {
			b.WriteString(line)
		}
	}
	if !changed {
		return src
	}
	return b.String()
}

// scanPrefix reads line's container prefix and returns where it ends and
// whether it goes past lim. When b is not nil, the prefix within lim is
// written to it: the indentation up to lim.Columns (markers count in the
// columns) and the first lim.Markers markers.
func scanPrefix(line string, lim NestLimit, b *strings.Builder) (end int, cut bool) {
	markers, col, i := 0, 0, 0
	for i < len(line) {
		next, w, keep := i+1, 1, true
		switch c := line[i]; c {
		case ' ', '\t':
			if c == '\t' {
				w = 4 - col%4
			}
			keep = col+w <= lim.Columns
		default:
			if next = markerEnd(line, i); next < 0 {
				return i, cut
			}
			w = next - i
			markers++
			keep = markers <= lim.Markers
		}
		if !keep {
			cut, i = true, next
			continue
		}
		if b != nil {
			b.WriteString(line[i:next])
		}
		col, i = col+w, next
	}
	return i, cut
}

// markerEnd returns where the quote or list marker at line[i:] ends, with
// the space after it, or -1 when there is none: ">", "> ", "- ", "* ",
// "+ ", "1. " or "1) ".
func markerEnd(line string, i int) int {
	spaced := func(k int) int { // a list marker needs a space after it
		if k < len(line) && (line[k] == ' ' || line[k] == '\t') {
			return k + 1
		}
		return -1
	}
	switch c := line[i]; {
	case c == '>':
		if i+1 < len(line) && line[i+1] == ' ' {
			return i + 2
		}
		return i + 1
	case c == '-' || c == '*' || c == '+':
		return spaced(i + 1)
	case c >= '0' && c <= '9':
		k := i
		for k < len(line) && k-i < 9 && line[k] >= '0' && line[k] <= '9' {
			k++
		}
		if k < len(line) && (line[k] == '.' || line[k] == ')') {
			return spaced(k + 1)
		}
	}
	return -1
}
