package extract

// maxShapeLen is the longest word whose shape wordShapes records; longer
// words are admitted without a look.
const maxShapeLen = 15

// wordShapes records the shapes of the words of a set of lower-case ASCII
// words: for each length, the pairs of first and last letters they have.
// A word of a shape the set lacks is no word of it, which admits tells in
// a few instructions, where a lookup hashes and compares.
type wordShapes [maxShapeLen + 1][32]uint32 // [length][first letter's place] → bit of the last letter's place

// newWordShapes returns the shapes of words, skipping "".
func newWordShapes(words []string) *wordShapes {
	s := new(wordShapes)
	for _, w := range words {
		if w != "" && len(w) <= maxShapeLen {
			s[len(w)][letterPlace(w[0])] |= 1 << letterPlace(w[len(w)-1])
		}
	}
	return s
}

// letterPlace returns the place of the ASCII letter c in the alphabet, 1
// to 26, whatever its case. Other bytes share those places, which only
// makes wordShapes admit more words.
func letterPlace(c byte) byte { return (c | 0x20) & 31 }

// admits reports whether w may be a word of the set, as the set's has,
// or its hasLower for an ASCII word, would find it: whether its length
// and the places of its first and last letters are those of a word of the
// set, or it is too long to tell. A word beyond ASCII may be refused even
// when strings.ToLower would make a word of the set of it (İ, the Kelvin
// sign).
func (s *wordShapes) admits(w string) bool {
	n := len(w)
	if n > maxShapeLen {
		return true
	}
	return n > 0 && s[n][letterPlace(w[0])]>>letterPlace(w[n-1])&1 != 0
}
