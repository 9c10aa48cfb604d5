package pager

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// srcTok is a word (a run of letters, digits and marks) of a Markdown
// block's source, as bytes of the block.
type srcTok struct{ start, end int }

// outTok is a word on a block's rendered, ANSI-stripped lines.
type outTok struct {
	line       int
	start, end int // bytes of the plain line
	c0, c1     int // cells of the plain line
}

// tokenMap pairs a Markdown block's source words with the words Glamour
// drew, so that body offsets can be found on the rendered lines
// (computed on ANSI-stripped lines, see bubbles issue #1049).
type tokenMap struct {
	src   []srcTok
	out   []outTok
	match []int // match[i] is the out token of src token i, or -1
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// newTokenMap tokenizes src and the plain lines and aligns them greedily,
// skipping what only one side has (Markdown syntax, link targets, list
// numbers).
func newTokenMap(src string, plain []string) *tokenMap {
	t := &tokenMap{}
	forWords(src, func(s, e, _, _ int) { t.src = append(t.src, srcTok{s, e}) })
	for li, line := range plain {
		forWords(line, func(s, e, c0, c1 int) { t.out = append(t.out, outTok{li, s, e, c0, c1}) })
	}
	t.match = make([]int, len(t.src))
	const look = 12
	j := 0
	for i, st := range t.src {
		t.match[i] = -1
		word := src[st.start:st.end]
		for k := j; k < len(t.out) && k < j+look; k++ {
			ot := t.out[k]
			if plain[ot.line][ot.start:ot.end] == word {
				t.match[i], j = k, k+1
				break
			}
		}
	}
	return t
}

// forWords calls f with the byte and cell ranges of each word in s.
func forWords(s string, f func(start, end, c0, c1 int)) {
	start, c0, col := -1, 0, 0
	for i := 0; i < len(s); {
		r, _ := utf8.DecodeRuneInString(s[i:])
		n, w := clusterAt(s, i)
		if isWordRune(r) {
			if start < 0 {
				start, c0 = i, col
			}
		} else if start >= 0 {
			f(start, i, c0, col)
			start = -1
		}
		col += w
		i += n
	}
	if start >= 0 {
		f(start, len(s), c0, col)
	}
}

// cellRange is a run of cells [c0, c1) on one line of a block.
type cellRange struct{ line, c0, c1 int }

// locate returns the cells that show the source bytes [s, e) of the block
// (offsets relative to the block), one range per line, or nil when none of
// its words can be found.
func (t *tokenMap) locate(src string, plain []string, s, e int) []cellRange {
	s, e = max(s, 0), min(e, len(src)) // a span may run over several blocks
	if s >= e {
		return nil
	}
	a, b := -1, -1 // first and last matched tokens in [s, e)
	for i := t.firstEndingAfter(s); i < len(t.src) && t.src[i].start < e; i++ {
		if t.match[i] >= 0 {
			if a < 0 {
				a = i
			}
			b = i
		}
	}
	if a < 0 {
		return nil
	}
	first, last := t.out[t.match[a]], t.out[t.match[b]]
	c0 := first.c0
	if s > t.src[a].start {
		c0 += cellWidth(src[t.src[a].start:s])
	} else {
		c0 = extendLeft(plain[first.line], first.start, c0, src[s:t.src[a].start])
	}
	c1 := last.c1
	if e < t.src[b].end {
		c1 = last.c0 + cellWidth(src[t.src[b].start:e])
	} else {
		c1 = extendRight(plain[last.line], last.end, c1, src[t.src[b].end:e])
	}
	var out []cellRange
	for li := first.line; li <= last.line; li++ {
		r := cellRange{li, 0, 0}
		if li == first.line {
			r.c0 = c0
		} else {
			r.c0 = lineStartCell(plain[li])
		}
		if li == last.line {
			r.c1 = c1
		} else {
			r.c1 = cellWidth(strings.TrimRight(plain[li], " "))
		}
		if r.c1 > r.c0 {
			out = append(out, r)
		}
	}
	return out
}

// lineOf returns the rendered line that shows source offset off (relative
// to the block), or -1.
func (t *tokenMap) lineOf(off int) int {
	for i := t.firstEndingAfter(off); i < len(t.src); i++ {
		if t.match[i] >= 0 {
			return t.out[t.match[i]].line
		}
	}
	for i := len(t.src) - 1; i >= 0; i-- {
		if t.match[i] >= 0 {
			return t.out[t.match[i]].line
		}
	}
	return -1
}

// offsetOf returns the source offset (relative to the block) of the first
// word drawn on rendered line, or -1 when no source word is on it; lineOf
// of that offset is the line again.
func (t *tokenMap) offsetOf(line int) int {
	for i, k := range t.match {
		switch {
		case k < 0 || t.out[k].line < line:
		case t.out[k].line == line:
			return t.src[i].start
		default:
			return -1
		}
	}
	return -1
}

// firstEndingAfter returns the first source token that ends after off.
func (t *tokenMap) firstEndingAfter(off int) int {
	lo, hi := 0, len(t.src)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if t.src[mid].end <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// extendLeft widens a range that starts at a word (byte b, cell c of line)
// over the punctuation just before it that the source span also holds,
// such as an opening quotation mark.
func extendLeft(line string, b, c int, pre string) int {
	want := trailingMarks(pre)
	for want > 0 && b > 0 {
		r, size := utf8.DecodeLastRuneInString(line[:b])
		if r == ' ' || isWordRune(r) {
			break
		}
		b -= size
		c -= cellWidth(line[b : b+size])
		want--
	}
	return c
}

// extendRight is extendLeft's mirror for the punctuation after a word.
func extendRight(line string, b, c int, post string) int {
	want := leadingMarks(post)
	for want > 0 && b < len(line) {
		r, size := utf8.DecodeRuneInString(line[b:])
		if r == ' ' || isWordRune(r) {
			break
		}
		c += cellWidth(line[b : b+size])
		b += size
		want--
	}
	return c
}

// trailingMarks counts the non-space runes at the end of s.
func trailingMarks(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if unicode.IsSpace(r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}

// leadingMarks counts the non-space runes at the start of s.
func leadingMarks(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			break
		}
		n++
	}
	return n
}

// lineStartCell is where a continued highlight starts on a rendered line:
// at its first word, or the quotation mark or bracket just before it.
func lineStartCell(line string) int {
	col, prev, prevW := 0, rune(0), 0
	for i := 0; i < len(line); {
		r, _ := utf8.DecodeRuneInString(line[i:])
		n, w := clusterAt(line, i)
		if isWordRune(r) {
			if strings.ContainsRune("\"'“‘«([", prev) {
				return col - prevW
			}
			return col
		}
		prev, prevW = r, w
		col += w
		i += n
	}
	return 0
}
