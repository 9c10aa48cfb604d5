package extract

import "strings"

// attrWordSet is a set of lower-case ASCII words, made once from a list
// in the code. It is an open-addressed table hashed on a word's length and
// a few of its bytes with ASCII case folded, so that a question about a
// word in any case costs one short probe and no allocation.
type attrWordSet struct {
	slots []string // a power of two long, at most a quarter full; "" is empty
	mask  uint32
}

// newAttrWordSet returns the set of the white-space separated words.
func newAttrWordSet(words string) attrWordSet {
	list := strings.Fields(words)
	size := 16
	for size < 4*len(list) {
		size <<= 1
	}
	s := attrWordSet{slots: make([]string, size), mask: uint32(size - 1)}
	for _, w := range list {
		i := s.start(w)
		for s.slots[i] != "" && s.slots[i] != w {
			i = (i + 1) & s.mask
		}
		s.slots[i] = w
	}
	return s
}

// start returns the slot where the probe for w starts. Words that differ
// only in the case of ASCII letters start at the same slot.
func (s attrWordSet) start(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(w[0]|0x20)<<8 | uint32(w[n/2]|0x20)<<16 | uint32(w[n-1]|0x20)<<24
	h ^= uint32(w[1%n]|0x20) << 4
	h *= 0x9E3779B1
	return (h >> 16) & s.mask
}

// contains reports whether w, as it is, is in s.
func (s attrWordSet) contains(w string) bool {
	for i := s.start(w); s.slots[i] != ""; i = (i + 1) & s.mask {
		if s.slots[i] == w {
			return true
		}
	}
	return false
}

// has reports whether w, or w with its first letter lowered, is in s.
func (s attrWordSet) has(w string) bool {
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
func (s attrWordSet) hasLower(w string) bool {
	for i := s.start(w); s.slots[i] != ""; i = (i + 1) & s.mask {
		if equalLowerASCII(s.slots[i], w) {
			return true
		}
	}
	if !isASCII(w) {
		return s.contains(strings.ToLower(w)) // lower case of another length, or the Kelvin sign
	}
	return false
}

// equalLowerASCII reports whether lower equals w with its ASCII letters
// lowered.
func equalLowerASCII(lower, w string) bool {
	if len(lower) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerASCII(w[i]) != lower[i] {
			return false
		}
	}
	return true
}
