package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordSet is a set of lower-case ASCII words, made once from a list
// in the code, optionally with a value for each word. It is an
// open-addressed table hashed on a word's length and a few of its bytes
// with ASCII case folded, so that a question about a word in any case
// costs one short probe and no allocation. Most words asked about are in
// no set, and the shapes of the set's words (length, first and last
// letter) turn nearly all of them away before the hash.
type wordSet struct {
	slots  []string // a power of two long, at most a quarter full; "" is empty
	values []string // the value of the word in the same slot, when the set has values
	mask   uint32
	shapes *wordShapes // of the words in slots
}

// newWordSet returns the set of the white-space separated words.
func newWordSet(words string) wordSet {
	list := strings.Fields(words)
	s := makeAttrWordSet(len(list))
	for _, w := range list {
		s.slots[s.slotFor(w)] = w
	}
	s.shapes = newWordShapes(s.slots)
	return s
}

// newAttrWordMap returns the set of the keys of m, with their values.
func newAttrWordMap(m map[string]string) wordSet {
	s := makeAttrWordSet(len(m))
	s.values = make([]string, len(s.slots))
	for _, w := range slices.Sorted(maps.Keys(m)) { // the same table in every run
		i := s.slotFor(w)
		s.slots[i], s.values[i] = w, m[w]
	}
	s.shapes = newWordShapes(s.slots)
	return s
}

// makeAttrWordSet returns an empty set with room for n words.
func makeAttrWordSet(n int) wordSet {
	size := 16
	for size < 4*n {
		size <<= 1
	}
	return wordSet{slots: make([]string, size), mask: uint32(size - 1)}
}

// slotFor returns the slot that holds w, or the empty slot where it goes.
func (s *wordSet) slotFor(w string) uint32 {
	i := s.start(w)
	for s.slots[i] != "" && s.slots[i] != w {
		i = (i + 1) & s.mask
	}
	return i
}

// start returns the slot where the probe for w starts. Words that differ
// only in the case of ASCII letters start at the same slot.
func (s *wordSet) start(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(w[0]|0x20)<<8 | uint32(w[n/2]|0x20)<<16 | uint32(w[n-1]|0x20)<<24
	h ^= uint32(w[1%n]|0x20) << 4 // the second byte (the first of a one-byte word)
	h *= 0x9E3779B1
	return (h >> 16) & s.mask
}

// contains reports whether w, as it is, is in s.
func (s *wordSet) contains(w string) bool {
	if !s.shapes.admits(w) {
		return false
	}
	for i := s.start(w); s.slots[i] != ""; i = (i + 1) & s.mask {
		if s.slots[i] == w {
			return true
		}
	}
	return false
}

// has reports whether w, or w with its first letter lowered, is in s.
func (s *wordSet) has(w string) bool {
	if !s.shapes.admits(w) {
		return false
	}
	upper := w != "" && 'A' <= w[0] && w[0] <= 'Z'
	for i := s.start(w); s.slots[i] != ""; i = (i + 1) & s.mask {
		e := s.slots[i]
		if e == w || upper && len(e) == len(w) && e[0] == w[0]+'a'-'A' && e[1:] == w[1:] {
			return true
		}
	}
	return false
}

// hasLower reports whether w in lower case is in s, as
// s.contains(strings.ToLower(w)) does, without allocating for ASCII words.
func (s *wordSet) hasLower(w string) bool { return s.findLower(w) >= 0 }

// value returns the value of w, and whether s holds it.
func (s *wordSet) value(w string) (string, bool) {
	if !s.shapes.admits(w) {
		return "", false
	}
	for i := s.start(w); s.slots[i] != ""; i = (i + 1) & s.mask {
		if s.slots[i] == w {
			return s.values[i], true
		}
	}
	return "", false
}

// valueLower returns the value of w in lower case, and whether s holds
// it.
func (s *wordSet) valueLower(w string) (string, bool) {
	if i := s.findLower(w); i >= 0 {
		return s.values[i], true
	}
	return "", false
}

// findLower returns the slot of w in lower case, or -1 when s does not
// hold it.
func (s *wordSet) findLower(w string) int {
	if s.shapes.admits(w) {
		for i := s.start(w); s.slots[i] != ""; i = (i + 1) & s.mask {
			if foldEqual(s.slots[i], w) {
				return int(i)
			}
		}
	}
	// The shapes hold for the lower case of an ASCII word alone.
	if !isASCII(w) && lowersToASCII(w) {
		// İ and the Kelvin sign lower to ASCII letters
		lw := strings.ToLower(w)
		for i := s.start(lw); s.slots[i] != ""; i = (i + 1) & s.mask {
			if s.slots[i] == lw {
				return int(i)
			}
		}
	}
	return -1
}

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
