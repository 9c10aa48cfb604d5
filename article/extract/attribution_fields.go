package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers below split names and phrases into white-space separated
// fields as strings.Fields does, one field at a time, without making the
// slice of fields.

// firstField splits s into its first field and the text after it; field
// is "" when s has none.
func firstField(s string) (field, rest string) {
	i := spanForward(s, 0, true)
	j := spanForward(s, i, false)
	return s[i:j], s[j:]
}

// lastField splits s into the text before its last field and that field;
// field is "" when s has none.
func lastField(s string) (before, field string) {
	j := spanBackward(s, len(s), true)
	i := spanBackward(s, j, false)
	return s[:i], s[i:j]
}

// spanForward returns the end of the run of white space (space set) or
// of other runes (space unset) that starts at s[i].
func spanForward(s string, i int, space bool) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) != space {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) != space {
			break
		}
		i += n
	}
	return i
}

// spanBackward returns the start of the run of white space (space set)
// or of other runes (space unset) that ends at s[j].
func spanBackward(s string, j int, space bool) int {
	for j > 0 {
		if c := s[j-1]; c < utf8.RuneSelf {
			if isASCIISpace(c) != space {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) != space {
			break
		}
		j -= n
	}
	return j
}

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
	f, _ := firstField(s)
	return f != ""
}

// lowerIs reports whether w in lower case is lower, a lower-case ASCII word, as
// strings.ToLower(w) == lower does, without allocating for ASCII words.
func lowerIs(w, lower string) bool {
	if equalLowerASCII(lower, w) {
		return true
	}
	return !isASCII(w) && lowersToASCII(w) && strings.ToLower(w) == lower
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
