package article

import "strings"

// Goldmark's parsing time grows with the square of the nesting depth, and
// faster for lists nested by indentation: 10,000 nested "- " markers on
// one line take 0.7 s, 50,000 take 26 s, and 400 lines each indented two
// spaces more than the one before take a second. So before Markdown is
// parsed for plain text, the container prefix of each line outside fenced
// code (the indentation, quote markers and list markers before its text)
// is cut to at most maxNestMarkers markers and maxNestColumns columns.
// The text stays, at the deepest level kept: "> > > > deep" with a limit
// of two markers reads "> > deep". Reasonable documents are far below
// both limits and are not changed.
const (
	maxNestMarkers = 16
	maxNestColumns = 64
)

// flattenNesting returns src with every line's container prefix cut to
// the limits above, or src itself when no line goes past them.
func flattenNesting(src string) string {
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
			if end, cut := scanPrefix(line, nil); cut {
				if !changed {
					b.Grow(len(src))
					b.WriteString(src[:pos-len(line)])
					changed = true
				}
				scanPrefix(line, &b)
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
// whether it goes past the limits. When b is not nil, the prefix within
// the limits is written to it: the indentation up to maxNestColumns and
// the first maxNestMarkers markers.
func scanPrefix(line string, b *strings.Builder) (end int, cut bool) {
	markers, col, i := 0, 0, 0
	for i < len(line) {
		next, w, keep := i+1, 1, true
		switch c := line[i]; c {
		case ' ', '\t':
			if c == '\t' {
				w = 4 - col%4
			}
			keep = col+w <= maxNestColumns
		default:
			if next = markerEnd(line, i); next < 0 {
				return i, cut
			}
			w = next - i
			markers++
			keep = markers <= maxNestMarkers
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
