package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteMarkKind is the typographic role a quotation mark can play.
type quoteMarkKind uint8

const (
	mkNone      quoteMarkKind = iota
	mkDblOpen                 // “ „ « ``
	mkDblClose                // ” »
	mkDblEither               // " or '' (NYT style): opens or closes by context
	mkSglOpen                 // ‘
	mkSglClose                // ’ : closes a single quote or is an apostrophe
	mkSglEither               // ' : opens, closes, or is an apostrophe
)

// quoteMarkAt reports the kind of quotation mark that starts at text[i] and its
// length in bytes; mkNone when there is none.
func quoteMarkAt(text string, i int) (quoteMarkKind, int) {
	r, n := utf8.DecodeRuneInString(text[i:])
	if (r == '\'' || r == '`') && i+1 < len(text) && text[i+1] == text[i] {
		if r == '`' {
			return mkDblOpen, 2
		}
		return mkDblEither, 2
	}
	switch r {
	case '"':
		return mkDblEither, 1
	case '\'':
		return mkSglEither, 1
	case '`', '‘':
		return mkSglOpen, n
	case '’':
		return mkSglClose, n
	case '“', '„', '«':
		return mkDblOpen, n
	case '”', '»':
		return mkDblClose, n
	}
	return mkNone, 0
}

// isQuoteMarkRune reports whether r is one of the quotation marks quoteMarkAt knows.
func isQuoteMarkRune(r rune) bool { return strings.ContainsRune("\"'`‘’“”„«»", r) }

// quoteOpensHere reports whether a mark preceded by prev (0 at the start of a
// paragraph) sits where quotations open: after space, an opening bracket, a
// dash, a slash or another mark.
func quoteOpensHere(prev rune) bool {
	return prev == 0 || strings.ContainsRune("([{—–-/:", prev) || unicode.IsSpace(prev) ||
		isQuoteMarkRune(prev)
}

// quoteClosesHere reports whether a mark followed by next (0 at the end of a
// paragraph) sits where quotations close: before space, punctuation, a
// closing bracket, a dash or another mark.
func quoteClosesHere(next rune) bool {
	return next == 0 || strings.ContainsRune(".,;:!?)]}—–-…", next) || unicode.IsSpace(next) ||
		isQuoteMarkRune(next)
}

// quoteElisions are the words that open with an apostrophe in running
// English text ('em, rock 'n' roll, 'til): a mark before one is no
// opening single quote.
var quoteElisions = embeddedList("hand_elisions.txt")

// quoteIsElision reports whether the apostrophe-like mark ending at i (text[i:]
// follows it) starts an elided word such as '90s, 'em or the 'n' of rock
// 'n' roll.
func quoteIsElision(text string, i int) bool {
	if i < len(text) && text[i] >= '0' && text[i] <= '9' {
		return true // a decade or year: "in the '90s", "the '08 team"
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	r, _ := utf8.DecodeRuneInString(text[j:]) // RuneError, no letter, at the end
	return !unicode.IsLetter(r) && quoteElisions.hasLower(text[i:j])
}

// pluralPossessive reports whether the single mark ending at i, after prev,
// is the apostrophe of a plural possessive inside a single-quoted passage:
// a lower-case word follows, and the next mark that is no apostrophe inside
// a word closes a sentence ('It's the players' best season,' said Reyes).
func pluralPossessive(text string, prev rune, i int) bool {
	if prev != 's' || i+1 >= len(text) || text[i] != ' ' || text[i+1] < 'a' || text[i+1] > 'z' {
		return false
	}
	for j := i + 1; j < len(text); j++ {
		if k, n := quoteMarkAt(text, j); k == mkSglEither || k == mkSglClose {
			before, _ := utf8.DecodeLastRuneInString(text[:j])
			after := rune(0) // at the paragraph's end
			if j+n < len(text) {
				after, _ = utf8.DecodeRuneInString(text[j+n:])
			}
			if !isWordChar(before) || !isWordChar(after) {
				return strings.ContainsRune(",.?!", before) && quoteClosesHere(after)
			}
		}
	}
	return false
}

// closesElidedN reports whether the mark at i is the second apostrophe of
// the "'n'" of "rock 'n' roll", no closing mark.
func closesElidedN(text string, i int) bool {
	if i < 2 || text[i-1] != 'n' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i-1])
	return isApostropheRune(r)
}
