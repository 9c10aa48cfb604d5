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
	for i := start; i < end; {
		r, n := frameRuneAt(text, i, end)
		if attrIsSpace(r) {
			i += n
			continue
		}
		if !attrIsWordChar(r) {
			out = append(out, frameTok{Span: Span{i, i + n}})
			i += n
			continue
		}
		j := frameWordEnd(text, i+n, end)
		if j < end && text[j] == '.' && endsAbbreviation(text, i, j) {
			j++
		}
		out = append(out, frameTok{Span: Span{i, j}, word: true})
		i = j
	}
	return out
}

// frameWordEnd returns the end of the word of tokenizeFrame that runs on
// at text[j:end]: letters and digits, and the apostrophes, hyphens and
// periods that have one after them.
func frameWordEnd(text string, j, end int) int {
	for j < end {
		r, n := frameRuneAt(text, j, end)
		if attrIsWordChar(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '‐' {
			if j+n < end {
				if r2, _ := frameRuneAt(text, j+n, end); attrIsWordChar(r2) {
					j += n
					continue
				}
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

// attrIsWordChar reports whether r is a letter or a digit.
func attrIsWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// attrIsSpace reports whether r is white space, as unicode.IsSpace does.
func attrIsSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// attrStartsUpper reports whether s starts with an upper-case letter.
func attrStartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
