package extract

import (
	"unicode"
	"unicode/utf8"
)

// frameTok is a word or a punctuation rune of a frame: the narrative text
// around a quotation.
type frameTok struct {
	Span
	word bool // letters and digits; otherwise one punctuation rune
}

// tokenizeFrame splits text[start:end] into words and punctuation. A word
// keeps inner apostrophes, hyphens and periods (don't, Holtz-Eakin, U.S),
// and the final period of an abbreviation or initial (Mr., J.).
func tokenizeFrame(text string, start, end int, out []frameTok) []frameTok {
	s := text[:end] // offsets below are checked against len(s), not end
	for i := start; i < len(s); {
		c := s[i]
		if c == ' ' {
			i++
			continue
		}
		n := 1
		if !asciiAlnum[c] {
			var r rune
			r, n = frameRuneAt(s, i, len(s))
			if isSpace(r) {
				i += n
				continue
			}
			if !isWordChar(r) {
				out = append(out, frameTok{Span: Span{i, i + n}})
				i += n
				continue
			}
		}
		j := i + n
		for j < len(s) && asciiAlnum[s[j]] {
			j++ // ASCII letters and digits
		}
		if j < len(s) && s[j] != ' ' {
			j = frameWordEnd(s, j)
		}
		if j < len(s) && s[j] == '.' && endsAbbreviation(s, i, j) {
			j++
		}
		out = append(out, frameTok{Span: Span{i, j}, word: true})
		i = j
	}
	return out
}

// frameWordEnd returns the end of the word of tokenizeFrame that runs on
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

// isWordChar reports whether r is a letter or a digit.
func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return !isGeneralPunctuation(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isSpace reports whether r is white space, as unicode.IsSpace does.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
