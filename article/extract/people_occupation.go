package extract

import "strings"

// occupationApposition returns the description that starts at toks[k]
// after a name and a comma when it is a short phrase in lower case ending
// in a noun of occupation before the next punctuation (", a retired
// teacher,", ", the library's sole maintainer."), without its article;
// else an empty span. It gives the person a role but is no evidence that
// the name is a person's.
func (s *peopleScan) occupationApposition(toks []token, k int) Span {
	if k >= len(toks) || !nameDeterminers.hasLower(s.tokText(&toks[k])) {
		return Span{}
	}
	start := k + 1
	for n := start; n < len(toks) && n-start < 5; n++ {
		t := &toks[n]
		if t.kind != tokWord {
			if n > start && isPhraseEnd(s.tokText(t)) && s.isOccupation(&toks[n-1]) {
				return Span{Start: toks[start].Start, End: toks[n-1].End}
			}
			return Span{}
		}
		if t.flags&flagCap != 0 && t.flags&flagPossessive == 0 && !s.tokInfo(t).has(factDemonym) {
			return Span{} // a name, not a description
		}
	}
	return Span{}
}

// isPhraseEnd reports whether punctuation p ends an apposition.
func isPhraseEnd(p string) bool { return p == "," || p == "." || p == ";" }

// isOccupation reports whether the word t is a common noun of occupation
// in lower case (isOccupationWord).
func (s *peopleScan) isOccupation(t *token) bool {
	return t.flags&flagCap == 0 && s.isOccupationWord(s.tokText(t))
}

// isOccupationWord reports whether w is a dictionary word of six letters
// or more with an agent suffix, no function word, in lower case.
func (s *peopleScan) isOccupationWord(w string) bool {
	if len(w) < 6 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	inf := s.lx.info(w)
	if !inf.has(factWord) || inf.has(factFunction) {
		return false
	}
	return hasSuffixIn(w, occupationSuffixes)
}

// agentNoun reports whether w, in any case, is a dictionary noun of a
// trade in -ist or -ician ("meteorologist", "Pianist", "statistician"),
// which stands before a name as a title does: "meteorologist Kevin Tran".
// (Its -ist words whose -ism is a word name followers, not trades.)
func (s *peopleScan) agentNoun(w string) bool {
	if len(w) < 6 || !(strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ician")) {
		return false
	}
	lw := strings.ToLower(w)
	inf := s.lx.info(lw)
	if !inf.has(factWord) || inf.has(factFunction) || inf.has(factNamePart) {
		return false
	}
	// an adherent of a doctrine is no trade: "socialist" (socialism),
	// "centrist" before "Dem" or a name
	stem, ok := strings.CutSuffix(lw, "ist")
	return !ok || !s.lx.info(stem+"ism").has(factWord)
}
