package web

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from a page is data: before it is stored in a Page it loses what
// could disturb a terminal. Escape sequences cannot survive, because ESC
// and the C1 controls go; what remains of one ("[31m") is shown as text.

// dropRune reports whether r must not reach the screen: C0 and C1
// controls other than newline and tab, DEL, bidi embedding, override and
// isolate controls, deprecated format controls, interlinear annotation
// controls, the byte order mark and the soft hyphen.
func dropRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || 0x7f <= r && r <= 0x9f:
		return true
	case 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x206f,
		0xfff9 <= r && r <= 0xfffb, r == 0xfeff, r == 0xad:
		return true
	}
	return false
}

// cleanText returns s as valid UTF-8 without the runes dropRune names,
// with CRLF and lone CR made "\n" and no blank lines at either end.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = strings.Map(func(r rune) rune {
		if dropRune(r) {
			return -1
		}
		return r
	}, s)
	return strings.Trim(s, "\n")
}

// oneLine returns s cleaned and on one line: every run of white space
// (newlines included) becomes one space, and none is left at either end.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(cleanText(s), unicode.IsSpace), " ")
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
