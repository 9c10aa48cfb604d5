package extract

import "strings"

// wordSet is a hand-made word list (embeddedList): its lower-case entries,
// each with the value its line gives, or "".
type wordSet map[string]string

// contains reports whether w, as it is, is in s.
func (s wordSet) contains(w string) bool {
	_, ok := s[w]
	return ok
}

// has reports whether w, or w with its first letter lowered, is in s.
func (s wordSet) has(w string) bool {
	_, ok := s.lookup(w)
	return ok
}

// lookup returns the value of w, or of w with its first letter lowered,
// in s.
func (s wordSet) lookup(w string) (string, bool) {
	if v, ok := s[w]; ok || w == "" || w[0] < 'A' || 'Z' < w[0] {
		return v, ok
	}
	v, ok := s[string(w[0]+'a'-'A')+w[1:]]
	return v, ok
}

// hasLower reports whether w in lower case is in s.
func (s wordSet) hasLower(w string) bool {
	_, ok := lookupLower(s, w)
	return ok
}

// lowerIs reports whether w in lower case is lower, a lower-case ASCII
// word.
func lowerIs(w, lower string) bool {
	if isASCII(w) {
		return foldEqual(lower, w)
	}
	return strings.ToLower(w) == lower
}

// hasSuffixFold reports whether w in lower case ends with suffix, a
// lower-case ASCII string.
func hasSuffixFold(w, suffix string) bool {
	if n := len(w) - len(suffix); n >= 0 && isASCII(w[n:]) {
		return foldEqual(suffix, w[n:]) // the last bytes are the last runes
	}
	return strings.HasSuffix(strings.ToLower(w), suffix)
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
