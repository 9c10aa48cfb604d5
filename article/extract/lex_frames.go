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
	_, n := frameRuneAt(text, i, len(text))
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
			if r2, _ := frameRuneAt(s, j+n, len(s)); isWordChar(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// frameRuneAt decodes the rune at text[i] (i < end), without leaving
// text[:end], and returns it with its length.
func frameRuneAt(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// isWordChar reports whether r is a letter or a digit, which begins a
// word; the curly quotes and dashes of General Punctuation are not.
func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return !isGeneralPunctuation(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
