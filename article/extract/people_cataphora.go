package extract

import "strings"

// frontedFor returns next, the first candidate after the pronoun at pos,
// when the pronoun points forward to it: it stands in a phrase opening its
// sentence (a preposition or -ing word first, or a subordinator right
// before it) and the name follows the phrase's comma as the subject. In
// "With Mayor Ann Lee by her side, Tom Reyes spoke", "her" is Tom Reyes.
// Otherwise it returns -1.
func (s *peopleScan) frontedFor(pos, next int) int {
	if next >= len(s.cands) || s.cands[next].ent < 0 {
		return -1
	}
	c := &s.cands[next]
	gap := s.text[pos:c.span.start]
	comma := strings.IndexByte(gap, ',')
	if comma < 0 || strings.ContainsAny(gap, ".;:!?\"“”()\n") || strings.IndexByte(gap[comma+1:], ',') >= 0 {
		return -1
	}
	if len(strings.Fields(gap[:comma])) > 4 || !titleWordsOnly(gap[comma+1:]) {
		return -1
	}
	if after := strings.TrimLeft(s.text[c.span.end:], " "); strings.HasPrefix(after, ",") {
		return -1 // an apposition: "with his wife, Ann Lee, at ..."
	}
	opening := s.text[sentenceOpening(s.text, pos):pos]
	if _, after, ok := strings.Cut(opening, "—"); ok {
		opening = strings.TrimLeft(after, " ") // after a dateline: "OSLO — With ..."
	}
	if strings.ContainsAny(opening, ",;:\"“”") {
		return -1
	}
	first := firstFieldOf(opening)
	if !startsUpper(first) {
		return -1
	}
	if subordinators.hasLower(first) {
		// A clause: the pronoun must be its subject ("As she has
		// before, Lee ..."), not a word after a subject of its own
		// ("When the judge read his ruling, Lee ...").
		if _, rest := firstField(opening); hasField(rest) {
			return -1
		}
	} else if !placePreps.hasLower(first) && !frontedPreps.hasLower(first) &&
		!(hasSuffixFold(first, "ing") && len(first) > 5) {
		return -1
	}
	return next
}

// titleWordsOnly reports whether between, the words between a comma and
// a name, are capitalized words only (a title: "President").
func titleWordsOnly(between string) bool {
	for _, w := range strings.Fields(between) {
		if !startsUpper(w) {
			return false
		}
	}
	return true
}

// sentenceOpening returns where the sentence holding pos starts: after
// the last sentence end or line break before it, at most 300 bytes back.
// The period of an abbreviation ends no sentence ("With Sen. Ann Lee").
func sentenceOpening(text string, pos int) int {
	from := max(0, pos-300)
	for i := pos - 1; i > from; i-- {
		switch text[i] {
		case '\n':
			return i + 1
		case ' ':
			p := text[i-1]
			if p == '!' || p == '?' || p == '.' && !endsAbbreviation(text, from, i-1) {
				return i + 1
			}
		}
	}
	return from
}
