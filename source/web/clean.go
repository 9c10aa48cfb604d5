package web

import (
	"strings"
	"unicode/utf8"

	"github.com/byline-reader/byline/internal/safetext"
)

// Text from a page is data: before it is stored in a Page it goes
// through safetext, which removes escape sequences whole and drops
// control characters and bidi overrides.

// softHyphen marks where a word may break (U+00AD); a page has it for a
// browser's hyphenation, and it would show as a stray hyphen or nothing.
const softHyphen = "\u00ad"

// cleanText returns s made safe (safetext.Text), without soft hyphens
// and with no blank lines at either end.
func cleanText(s string) string {
	return strings.Trim(strings.ReplaceAll(safetext.Text(s), softHyphen, ""), "\n")
}

// oneLine returns s cleaned and on one line: every run of white space
// (newlines included) becomes one space, and none is left at either end.
func oneLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

// shorten cuts s to at most n runes at a word boundary, ending it with
// "…" when anything was cut.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if n == 0 {
			cut = i
			break
		}
		n--
	}
	head := s[:cut]
	if sp := strings.LastIndexByte(head, ' '); sp > 0 {
		head = head[:sp]
	}
	return strings.TrimRight(head, " ,;:.-–—") + "…"
}
