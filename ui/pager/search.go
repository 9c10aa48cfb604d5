package pager

import (
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/article/extract"
)

// search returns the non-overlapping spans of body that match query,
// ignoring case by Unicode simple folding ("STRASSE" finds "strasse", "K"
// finds the Kelvin sign); any whitespace matches any whitespace, so a
// phrase is found across a line break.
func search(body, query string) []extract.Span {
	var q []rune
	for _, r := range query {
		q = append(q, fold(r))
	}
	if len(q) == 0 {
		return nil
	}
	var out []extract.Span
	q0 := q[0]
	// lead[c] says a rune starting with byte c may fold to q0.
	var lead [256]bool
	var buf [utf8.UTFMax]byte
	for r := q0; ; {
		lead[buf[:utf8.EncodeRune(buf[:], r)][0]] = true
		if r = unicode.SimpleFold(r); r == q0 {
			break
		}
	}
	if q0 == ' ' {
		for c := range lead {
			lead[c] = lead[c] || c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		}
	}
	for i := 0; i < len(body); {
		if !lead[body[i]] {
			i++
			continue
		}
		r, size := rune(body[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(body[i:])
		}
		if fold(r) != q0 {
			i += size
			continue
		}
		if end, ok := matchAt(body, i+size, q[1:]); ok {
			out = append(out, extract.Span{Start: i, End: end})
			i = end
			continue
		}
		i += size
	}
	return out
}

// matchAt reports whether the folded runes q follow at body[i:], and
// where the match ends.
func matchAt(body string, i int, q []rune) (int, bool) {
	for _, want := range q {
		if i >= len(body) {
			return 0, false
		}
		r, size := rune(body[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(body[i:])
		}
		if fold(r) != want {
			return 0, false
		}
		i += size
	}
	return i, true
}

// fold maps r to one representative of its case-folding orbit (the
// smallest rune in it); every whitespace rune maps to a space.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z': // the upper case letter is the smallest
			return r + 'A' - 'a'
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
			return ' '
		}
		return r
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	lo := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		lo = min(lo, f)
	}
	return lo
}
