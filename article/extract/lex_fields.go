package extract

import (
	"unicode"
	"unicode/utf8"
)

// The helpers below split names and phrases into white-space separated
// fields as strings.Fields does, one field at a time, without making the
// slice of fields.

// firstField splits s into its first field and the text after it; field
// is "" when s has none.
func firstField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			i++
		} else if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += n
		} else {
			break
		}
	}
	j := i
	for j < len(s) {
		for j < len(s) && isASCIIGraphic(s[j]) {
			j++ // most bytes, in a loop of their own
		}
		if j == len(s) {
			break
		}
		if c := s[j]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				break
			}
			j++
		} else if r, n := utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(r) {
			j += n
		} else {
			break
		}
	}
	return s[i:j], s[j:]
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
	j := len(s)
	for j > 0 {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			j--
		} else if r, n := utf8.DecodeLastRuneInString(s[:j]); unicode.IsSpace(r) {
			j -= n
		} else {
			break
		}
	}
	i := j
	for i > 0 {
		for i > 0 && isASCIIGraphic(s[i-1]) {
			i-- // most bytes, in a loop of their own
		}
		if i == 0 {
			break
		}
		if c := s[i-1]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				break
			}
			i--
		} else if r, n := utf8.DecodeLastRuneInString(s[:i]); !unicode.IsSpace(r) {
			i -= n
		} else {
			break
		}
	}
	return s[:i], s[i:j]
}

// isASCIIGraphic reports whether c is a printable ASCII character other
// than the space: no white space, and a rune of its own.
func isASCIIGraphic(c byte) bool { return '!' <= c && c <= '~' }

// isASCIISpace reports whether the ASCII byte c is white space.
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// lastRune decodes the last rune of s, which is not empty.
func lastRune(s string) (rune, int) {
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s)
}

// hasField reports whether s holds anything but white space.
func hasField(s string) bool {
	for i := 0; i < len(s); {
		if isASCIIGraphic(s[i]) {
			return true
		}
		n, space := 1, isASCIISpace(s[i])
		if s[i] >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space {
			return true
		}
		i += n
	}
	return false
}

// trimPeriodsCommas returns w without the periods and commas at its ends,
// as strings.Trim(w, ".,") does.
func trimPeriodsCommas(w string) string {
	i, j := 0, len(w)
	for i < j && (w[i] == '.' || w[i] == ',') {
		i++
	}
	for j > i && (w[j-1] == '.' || w[j-1] == ',') {
		j--
	}
	return w[i:j]
}
