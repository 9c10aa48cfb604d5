package extract

import (
	"unicode"
	"unicode/utf8"
)

// readFrameWord reads the word of lexFrames that starts at text[i] into
// t and returns the offset after it: letters and digits, the
// apostrophes, hyphens and periods between them (don't, Holtz-Eakin,
// U.S), and the final period of an abbreviation or initial (Mr., J.).
func readFrameWord(text string, i int, t *token) int {
	c := text[i]
	_, n := utf8.DecodeRuneInString(text[i:])
	j := i + n
	for j < len(text) && asciiAlnum[text[j]] {
		j++ // ASCII letters and digits
	}
	plain := c < utf8.RuneSelf // ASCII letters and digits alone, so far
	if j < len(text) && text[j] != ' ' {
		if k := frameWordEnd(text, j); k > j {
			j, plain = k, false
		}
	}
	if j < len(text) && text[j] == '.' && endsAbbreviation(text, i, j) {
		j, plain = j+1, false
	}
	t.kind, t.End = tokWord, j
	t.flags |= wordStartFlags(text, i, j)
	if plain {
		t.flags |= flagPlain
	}
	if (c < 'a' || c > 'z') && isShouted(text[i:j]) {
		t.flags |= flagUpper
	}
	return j
}

// frameWordEnd returns the end of the word of lexFrames that runs on
// at s[j:]: letters and digits, and the apostrophes, hyphens and periods
// that have one after them.
func frameWordEnd(s string, j int) int {
	for j < len(s) {
		c := s[j]
		if asciiAlnum[c] {
			j++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
			if isWordChar(r) {
				j += n
				continue
			}
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.' || r == '‐') && j+n < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); isWordChar(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// isWordChar reports whether r is a letter or a digit, which begins a
// word; the curly quotes and dashes of General Punctuation are not.
func isWordChar(r rune) bool {
	return !isGeneralPunctuation(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
