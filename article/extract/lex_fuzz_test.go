package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTokenOffsets checks the lexer in both modes against the text
// itself, from any start: tokens in order, each a non-empty stretch of
// whole runes, a word starting with a letter or digit, a punctuation
// token one rune that is neither; between tokens only white space, and
// for lexNames the mark of a possessive ('s, ’s or a bare ’ after the
// word). The flags tell what the text shows: a capital or a digit
// first, white space before, ASCII letters and digits alone.
func FuzzTokenOffsets(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith met U.S. officials in Jan. and left.",
		"Carla M. Voss and J.D. Harlan", "Kerr-Lindell and García",
		"Ann's aide, Lee’s 145, Moss’ vote, Jones'", "O'Donnell didn't; I’ve",
		"He left. She came! Why? Yes\none\nTwo", "PeÃ±a Nieto\u00a0x\u2003y\vz\fw\r\n",
		"“Go,” he said — twice", "ʼs x’s s’ s'", "a.b.c. A. B.C", "\xff\xfeBad\x80 utf8",
		"3.5 million, Del. and Calif. officials", "e.g. NPR’s U.N.-backed plan",
		strings.Repeat("and said “yes” ", 20),
	} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, text string, start int) {
		if start < 0 || start > len(text) {
			start = 0
		}
		checkWordTokens(t, "lexNames", text, start, lex(text, start, len(text), lexNames, nil))
		checkWordTokens(t, "lexFrames", text, start, lex(text, start, len(text), lexFrames, nil))
	})
}

// checkWordTokens checks the tokens lex made in the mode named name.
func checkWordTokens(t *testing.T, name, text string, start int, toks []token) {
	t.Helper()
	spans := make([]Span, len(toks))
	words := make([]bool, len(toks))
	possessive := make([]bool, len(toks))
	for k, tk := range toks {
		spans[k], words[k] = tk.Span, tk.isWord()
		possessive[k] = tk.flags&flagPossessive != 0
		w := text[tk.Start:tk.End]
		first, _ := utf8.DecodeRuneInString(w)
		if got, want := tk.flags&flagCap != 0, tk.kind == tokWord && unicode.IsUpper(first); got != want {
			t.Fatalf("%s: %q at %d: flagCap %v, want %v", name, w, tk.Start, got, want)
		}
		if got, want := tk.flags&flagDigit != 0, tk.kind == tokWord && unicode.IsDigit(first); got != want {
			t.Fatalf("%s: %q at %d: flagDigit %v, want %v", name, w, tk.Start, got, want)
		}
		// the first token, or one after a gap (of white space, which
		// checkTokenSpans checks) past the token before and its mark
		before := k == 0
		if k > 0 {
			gap := text[toks[k-1].End:tk.Start]
			if possessive[k-1] {
				gap = trimPossessiveMark(gap)
			}
			before = gap != ""
		}
		if got := tk.flags&flagSpaceBefore != 0; got != before {
			t.Fatalf("%s: %q at %d: flagSpaceBefore %v, want %v", name, w, tk.Start, got, before)
		}
		if got, want := tk.flags&flagPlain != 0, tk.kind == tokWord && plainASCIIWord(w); got != want {
			t.Fatalf("%s: %q at %d: flagPlain %v, want %v", name, w, tk.Start, got, want)
		}
	}
	checkTokenSpans(t, name, text, start, spans, words, possessive)
}

// checkTokenSpans checks the spans of tokens of text[start:]: in order,
// on rune boundaries, words led by a letter or digit, punctuation one
// rune, and nothing but white space (and, after a possessive token, its
// mark) between them.
func checkTokenSpans(t *testing.T, name, text string, start int, spans []Span, words, possessive []bool) {
	t.Helper()
	boundary := map[int]bool{len(text): true}
	for i := range text[start:] {
		boundary[start+i] = true
	}
	pos := start
	for k, s := range spans {
		if s.Start < pos || s.End <= s.Start || s.End > len(text) || !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("%s of %q from %d: token %d at %v after %d", name, text, start, k, s, pos)
		}
		gap := text[pos:s.Start]
		if k > 0 && possessive != nil && possessive[k-1] {
			gap = trimPossessiveMark(gap)
		}
		if strings.TrimFunc(gap, unicode.IsSpace) != "" {
			t.Fatalf("%s of %q from %d: %q left out before token %d", name, text, start, gap, k)
		}
		w := text[s.Start:s.End]
		r, n := utf8.DecodeRuneInString(w)
		if words[k] && !isWordChar(r) || !words[k] && (n != len(w) || isWordChar(r) || unicode.IsSpace(r)) {
			t.Fatalf("%s of %q from %d: token %d %q (word %v)", name, text, start, k, w, words[k])
		}
		pos = s.End
	}
	rest := text[pos:]
	if len(spans) > 0 && possessive != nil && possessive[len(spans)-1] {
		rest = trimPossessiveMark(rest)
	}
	if strings.TrimFunc(rest, unicode.IsSpace) != "" {
		t.Fatalf("%s of %q from %d: %q left out at the end", name, text, start, rest)
	}
}

// trimPossessiveMark removes the mark of a possessive that opens s: an
// apostrophe, with the s that follows it.
func trimPossessiveMark(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !isApostropheRune(r) {
		return s
	}
	s = s[n:]
	if strings.HasPrefix(s, "s") || strings.HasPrefix(s, "S") {
		s = s[1:]
	}
	return s
}

// plainASCIIWord reports whether w is ASCII letters and digits alone.
func plainASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !asciiAlnum[w[i]] {
			return false
		}
	}
	return true
}
