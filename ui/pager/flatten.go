package pager

import "strings"

// Glamour indents each level of quote and list by a few cells and wraps
// the text in what is left; its cost grows exponentially once the levels
// use up the width (a hundred nested quotes at 96 columns exhaust memory).
// So before a block reaches Glamour, the container markers that open a
// line beyond a depth the width can hold are dropped: the text stays, at
// the deepest level kept.

// maxNesting is how many levels of quote and list a line keeps at width:
// one per eight cells, at least 2 and at most 12, so that the text keeps
// most of the column.
func maxNesting(width int) int { return min(max(width/8, 2), 12) }

// flattenNesting returns src with every line's leading quote (">") and
// list ("-", "*", "+", "1.", "1)") markers cut to limit levels; lines
// inside a fenced code block that opens at the top level are kept as
// they are. For instance, at limit 2 "> > > > deep" becomes "> > deep"
// and "> - > - item" becomes "> - item".
func flattenNesting(src string, limit int) string {
	var b strings.Builder // the result, once a line changed
	changed, fence := false, ""
	for pos := 0; pos < len(src); {
		line := src[pos:]
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl+1]
		}
		out := line
		switch {
		case fence != "":
			if strings.HasPrefix(strings.TrimLeft(line, " "), fence) {
				fence = ""
			}
		case fenceOf(line) != "":
			fence = fenceOf(line)
		default:
			if cut, end := markerCut(line, limit); end > cut {
				if !changed {
					b.WriteString(src[:pos])
				}
				out, changed = line[:cut]+line[end:], true
			}
		}
		if changed {
			b.WriteString(out)
		}
		pos += len(line)
	}
	if !changed {
		return src
	}
	return b.String()
}

// fenceOf returns the fence ("```" or "~~~") that line opens, or "".
func fenceOf(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return ""
	}
	for _, f := range []string{"```", "~~~"} {
		if strings.HasPrefix(t, f) {
			return f
		}
	}
	return ""
}

// markerCut finds the container markers that open line: cut is where the
// limit-th ends and end where the last ends (end == cut when there are
// no more than limit).
func markerCut(line string, limit int) (cut, end int) {
	n, i := 0, 0
	for {
		j := i
		for j < len(line) && j-i < 3 && line[j] == ' ' {
			j++
		}
		k := markerEnd(line, j)
		if k < 0 {
			break
		}
		n, i = n+1, k
		if n == limit {
			cut = i
		}
	}
	if n <= limit {
		return i, i
	}
	return cut, i
}

// markerEnd returns where the quote or list marker at line[i:] ends,
// with the space after it, or -1 when there is none.
func markerEnd(line string, i int) int {
	if i >= len(line) {
		return -1
	}
	spaced := func(k int) int { // a list marker needs a space after it
		if k < len(line) && line[k] == ' ' {
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
