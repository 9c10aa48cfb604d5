package extract

import "strings"

// occupationApposition returns the description that starts at toks[k]
// after a name and a comma, without its article, when it is a short
// lower-case phrase ending in a noun of occupation before ",", "." or ";"
// (", a retired teacher,", ", the library's sole maintainer."); else an
// empty span. It gives a role but is no evidence of a person.
func (s *peopleScan) occupationApposition(toks []token, k int) Span {
	if !nameDeterminers.hasLower(s.tokText(&toks[k])) {
		return Span{}
	}
	start := k + 1
	for n := start; n < len(toks) && n-start < 5; n++ {
		t := &toks[n]
		if t.kind != tokWord {
			p, last := s.tokText(t), &toks[n-1]
			end := p == "," || p == "." || p == ";"
			if n > start && end && last.flags&flagCap == 0 && s.isOccupationWord(s.tokText(last)) {
				return Span{Start: toks[start].Start, End: last.End}
			}
			return Span{}
		}
		if t.flags&flagCap != 0 && t.flags&flagPossessive == 0 && !s.tokInfo(t).has(factDemonym) {
			return Span{} // a name, not a description
		}
	}
	return Span{}
}

// isOccupationWord reports whether w is a lower-case dictionary word of
// six letters or more with an agent suffix, no function word ("teacher").
func (s *peopleScan) isOccupationWord(w string) bool {
	if len(w) < 6 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	inf := s.lx.info(w)
	return inf.has(factWord) && !inf.has(factFunction) && hasSuffixIn(w, occupationSuffixes)
}

// agentNoun reports whether w, in any case, is a dictionary noun of a
// trade in -ist or -ician, which stands before a name as a title does:
// "meteorologist Kevin Tran", "Pianist Ada Berg".
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
