package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers below read the fields of a name or phrase as strings.Fields
// splits them, one at a time, without making the slice.

// firstField splits s into its first field and the text after it; field
// is "" when s has none.
func firstField(s string) (field, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
		return s[:end], s[end:]
	}
	return s, ""
}

// firstFieldOf returns the first field of s, or "" when it has none.
func firstFieldOf(s string) string {
	f, _ := firstField(s)
	return f
}

// fieldCount returns the number of fields of s, as len(strings.Fields(s)).
func fieldCount(s string) int {
	n := 0
	for f, rest := firstField(s); f != ""; f, rest = firstField(rest) {
		n++
	}
	return n
}

// lastField splits s into the text before its last field and that field;
// field is "" when s has none.
func lastField(s string) (before, field string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return "", s
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[:i+n], s[i+n:]
}

// isASCIISpace reports whether the ASCII byte c is white space.
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// hasField reports whether s holds anything but white space.
func hasField(s string) bool { return strings.TrimLeftFunc(s, unicode.IsSpace) != "" }
