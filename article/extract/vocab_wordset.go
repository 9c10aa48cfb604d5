package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordSet is a set of lower-case ASCII words, made once from a list in
// the code, with a value for each word when it is made from a map.
type wordSet map[string]string

// newWordSet returns the set of the white-space separated words.
func newWordSet(words string) wordSet {
	s := wordSet{}
	for _, w := range strings.Fields(words) {
		s[w] = ""
	}
	return s
}

// contains reports whether w, as it is, is in s.
func (s wordSet) contains(w string) bool {
	_, ok := s[w]
	return ok
}

// has reports whether w, or w with its first letter lowered, is in s.
func (s wordSet) has(w string) bool {
	if s.contains(w) {
		return true
	}
	return w != "" && 'A' <= w[0] && w[0] <= 'Z' && s.contains(string(w[0]+'a'-'A')+w[1:])
}

// hasLower reports whether w in lower case is in s.
func (s wordSet) hasLower(w string) bool {
	_, ok := s.valueLower(w)
	return ok
}

// value returns the value of w, and whether s holds it.
func (s wordSet) value(w string) (string, bool) {
	v, ok := s[w]
	return v, ok
}

// valueLower returns the value of w in lower case, and whether s holds
// it.
func (s wordSet) valueLower(w string) (string, bool) { return lookupLower(s, w) }

// The helpers below compare words as strings.ToLower would make them,
// without making the lower-case copy.

// lowerIs reports whether w in lower case is lower, a lower-case ASCII word, as
// strings.ToLower(w) == lower does, without allocating for ASCII words.
func lowerIs(w, lower string) bool {
	if foldEqual(lower, w) {
		return true
	}
	return !isASCII(w) && lowersToASCII(w) && strings.ToLower(w) == lower
}

// hasSuffixFold reports whether w in lower case ends with suffix, a
// lower-case ASCII string, as strings.HasSuffix(strings.ToLower(w),
// suffix) does.
func hasSuffixFold(w, suffix string) bool {
	if n := len(w) - len(suffix); n >= 0 && isASCII(w[n:]) {
		return foldEqual(suffix, w[n:]) // the last bytes are the last runes
	}
	return hasSuffixFoldRunes(w, suffix)
}

// hasSuffixFoldRunes is hasSuffixFold of a word that does not end in
// ASCII: whether its last runes lower to the bytes of suffix.
func hasSuffixFoldRunes(w, suffix string) bool {
	j := len(w)
	for k := len(suffix) - 1; k >= 0; k-- {
		if j == 0 {
			return false
		}
		r, n := lastRune(w[:j])
		if unicode.ToLower(r) != rune(suffix[k]) {
			return false
		}
		j -= n
	}
	return true
}

// lowersToASCII reports whether strings.ToLower(w) is ASCII: whether
// every rune of w is ASCII or one of the two others whose lower case is
// ASCII, İ (U+0130) and the Kelvin sign (U+212A).
func lowersToASCII(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && r != '\u0130' && r != '\u212A' {
			return false
		}
	}
	return true
}

// foldEqual reports whether a and b are equal when ASCII letters are
// folded to lower case: with a in lower case, whether b with its ASCII
// letters lowered is a.
func foldEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}
