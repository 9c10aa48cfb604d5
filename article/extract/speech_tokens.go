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
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !attrIsWordChar(r) {
			out = append(out, frameTok{Span: Span{i, i + n}})
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if attrIsWordChar(r) {
				j += n
				continue
			}
			if r == '\'' || r == '’' || r == '-' || r == '.' || r == '‐' {
				if r2, _ := utf8.DecodeRuneInString(text[j+n : end]); j+n < end && attrIsWordChar(r2) {
					j += n
					continue
				}
			}
			break
		}
		if j < end && text[j] == '.' && endsAbbreviation(text, i, j) {
			j++
		}
		out = append(out, frameTok{Span: Span{i, j}, word: true})
		i = j
	}
	return out
}

func attrIsWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// attrStartsUpper reports whether s starts with an upper-case letter.
func attrStartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
