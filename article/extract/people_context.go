// The people stage's reading of a name's surroundings: the words before
// and after a capitalized run, the titles and roles there, and appositions.

package extract

import "strings"

// contextBefore reads the words before a name (or its title) at
// toks[first]: "the", "in", "town of", "said", "according to", "and", an
// owner ("NPR's"), or a role and a comma ("his son, Tobias").
func (s *peopleScan) contextBefore(toks []token, first int, titled bool) evidence {
	if first == 0 {
		return 0
	}
	p := &toks[first-1]
	var pp *token // the word before p, if any
	var ppText string
	if first > 1 && toks[first-2].kind == tokWord {
		pp = &toks[first-2]
		ppText = s.tokText(pp)
	}
	if p.kind != tokWord {
		// "the Chilean team's coach, Rafael Ibarra", "his son, Tobias,"
		lowerComma := s.tokText(p) == "," && pp != nil && pp.flags&flagCap == 0
		if lowerComma && s.tokInfo(pp).title().kind == titleHead {
			return evAppos | evTitle
		}
		return 0
	}
	var ev evidence
	switch pw := s.tokText(p); {
	case nameDeterminers.hasLower(pw) && !titled:
		ev = evThe
	case placePreps.hasLower(pw):
		ev = evPrep
	case foldEqual("of", pw) && placeNouns.hasLower(ppText):
		ev = evPlaceOf
	case foldEqual("of", pw) && first > 2 && s.tokText(&toks[first-2]) == "," &&
		toks[first-3].flags&flagDigit != 0:
		ev = evPrep // a hometown after an age: "Ada Voss, 41, of Tarnby"
	case s.speechVerb(p):
		ev = evSpeech
	case foldEqual("to", pw) && foldEqual("according", ppText):
		ev = evAccording
	case foldEqual("and", pw) && pp != nil && pp.flags&flagCap != 0:
		ev = evCoord
	}
	if p.flags&flagCap != 0 && p.flags&flagPossessive != 0 {
		ev |= evAffil // "NPR's Ada Pruitt"
	}
	return ev
}

// contextAfter reads the words after a name ending before toks[j]
// ("said", ", who", ", 19,", "/Getty Images") and returns them with the
// span of a role in apposition (", the finance minister,"), if any.
func (s *peopleScan) contextAfter(toks []token, j int) (ev evidence, appos Span) {
	if j >= len(toks) {
		return 0, appos
	}
	n := &toks[j]
	if n.kind == tokWord && n.flags&flagCap == 0 {
		nw := s.tokText(n)
		inf := s.tokInfo(n)
		switch {
		case s.speechVerb(n):
			ev |= evSpeech
		case strings.HasSuffix(nw, "ly") && j+1 < len(toks) && toks[j+1].kind == tokWord && s.speechVerb(&toks[j+1]):
			ev |= evSpeech
		case subjectFollowers.contains(nw) || (strings.HasSuffix(nw, "ed") && !inf.has(factCalendar)):
			ev |= evVerb
		case ownedNouns.contains(nw):
			ev |= evOwner
		case inf.title().kind == titleHead && !s.ownsRole(toks, j):
			ev |= evModifier
		case nw == "of" && j+1 < len(toks) && (toks[j+1].flags&flagCap != 0 ||
			(s.tokText(&toks[j+1]) == "the" && j+2 < len(toks) && toks[j+2].flags&flagCap != 0)):
			ev |= evOfOrg // "Lam Wing-kei of Harbour Voice", "of the Farmers Party"
		case nw == "and" && j+1 < len(toks) && toks[j+1].flags&flagCap != 0:
			ev |= evCoord
		}
		return ev, appos
	}
	if s.isAcronym(n) && j+1 < len(toks) && s.tokText(&toks[j+1]) == "/" {
		return evCredit, appos // "Jane Roe AFP/Getty Images"
	}
	if n.kind == tokPunct && s.tokText(n) == "/" {
		return evCredit, appos // "Chip Somodevilla/Getty Images"
	}
	if n.kind == tokPunct && s.tokText(n) == "(" && j+2 < len(toks) && s.tokText(&toks[j+2]) == ")" &&
		captionWords.contains(s.tokText(&toks[j+1])) {
		return evAppos, appos // a caption or roll call: "Okafor (left)", "Nina Porter (D)"
	}
	if n.kind != tokPunct || s.tokText(n) != "," || j+1 >= len(toks) {
		return 0, appos
	}
	nx := &toks[j+1]
	nw := s.tokText(nx)
	inf := s.tokInfo(nx) // the lists answer in any case
	switch {
	case foldEqual("who", nw):
		ev |= evWho
	case s.speechVerb(nx):
		ev |= evSpeech
	case nx.flags&flagDigit != 0 && nx.End-nx.Start <= 3 && j+2 < len(toks) && toks[j+2].kind == tokPunct:
		ev |= evAge // "Davin Morrow, 19, from Clay County"
		if j+3 < len(toks) && s.tokText(&toks[j+2]) == "," &&
			nameDeterminers.hasLower(s.tokText(&toks[j+3])) {
			appos = s.apposition(toks, j+3) // "Tom Reyes, 62, a retired judge,"
		}
	case nameDeterminers.hasLower(nw) || inf.title().kind != notTitle && !inf.has(factFunction) ||
		inf.has(factDemonym) || s.ownerBeforeTitle(toks, j+1):
		if appos = s.apposition(toks, j+1); appos.End > appos.Start {
			ev |= evAppos
		} else {
			appos = s.occupationApposition(toks, j+1) // a role, no evidence
		}
	}
	return ev, appos
}

// ownerBeforeTitle reports whether toks[k] is a capitalized possessive,
// a place's or a body's, before a title head: "Ada Voss, Tarnby's
// mayor," or "Tom Reyes, Acme's treasurer,".
func (s *peopleScan) ownerBeforeTitle(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].isCap() && toks[k].flags&flagPossessive != 0 &&
		s.titleKindAt(&toks[k+1]) == titleHead
}

// ownsRole reports whether the name before toks[j], a title head, owns
// the role its sentence goes on with: "Ada Voss's lawyer said", "Tom
// Reyes's daughter, Mia," (not "Acme lawyer Ada Voss").
func (s *peopleScan) ownsRole(toks []token, j int) bool {
	if toks[j-1].flags&flagPossessive == 0 || j+1 >= len(toks) {
		return false
	}
	return s.tokText(&toks[j+1]) == "," || toks[j+1].kind == tokWord && s.speechVerb(&toks[j+1])
}

// titleKindAt returns the title kind of the word t (titleKindWith).
func (s *peopleScan) titleKindAt(t *token) titleKind {
	return s.titleKindWith(s.tokText(t), s.tokInfo(t), t.flags&flagPlain != 0)
}

// titleKindWith returns the title kind of w, whose word lists' record is
// inf: listed ("Sen."), a trade (agentNoun), a hyphenated title ("Vice-Chair")
// or a plural head ("Justices"). plain tells that w has no hyphen.
func (s *peopleScan) titleKindWith(w string, inf wordInfo, plain bool) titleKind {
	if k := inf.title().kind; k != notTitle {
		return k
	}
	if s.agentNoun(w) {
		return titleHead
	}
	if !plain && hasHyphen(w) {
		first, _, _ := strings.Cut(w, "-")
		return s.lx.title(first).kind
	}
	// Plurals before several names: "Justices Elena Kagan and ...".
	if n := len(w); n > 3 && w[n-1] == 's' && s.lx.title(w[:n-1]).kind == titleHead {
		return titleHead
	}
	return notTitle
}

// isTitleTok reports whether the word t is a title or a demonym ("Sen.",
// "Kenyan").
func (s *peopleScan) isTitleTok(t *token) bool {
	inf := s.tokInfo(t)
	return inf.title().kind != notTitle || inf.has(factDemonym)
}

// roleBefore looks left of toks[i] for a lower-case role phrase
// ("Republican presidential candidate", "campaign manager"). It returns
// where the phrase starts, the gender its head implies, and whether one
// was found.
func (s *peopleScan) roleBefore(toks []token, i int) (int, Gender, bool) {
	k := i - 1
	if k < 0 || toks[k].kind != tokWord || toks[k].flags&flagCap != 0 {
		return 0, GenderUnknown, false
	}
	ti := s.tokInfo(&toks[k]).title()
	// a trade noun is a title before a full name only ("geologist Ada
	// Berg"): "the centrist Dem group" has none
	fullName := i+1 < len(toks) && toks[i+1].kind == tokWord && toks[i+1].flags&flagCap != 0
	if ti.kind != titleHead && !(fullName && s.agentNoun(s.tokText(&toks[k]))) {
		return 0, GenderUnknown, false
	}
	start, g := toks[k].Start, ti.gender
	for k--; k >= 0 && toks[k].kind == tokWord && i-k < 6; k-- {
		w := s.tokText(&toks[k]) // in any case
		if nameDeterminers.hasLower(w) || foldEqual("of", w) || foldEqual("and", w) || foldEqual("for", w) {
			break
		}
		inf := s.tokInfo(&toks[k])
		if inf.title().kind == notTitle && !inf.has(factDemonym) && !(toks[k].flags&flagCap != 0 && toks[k].flags&flagPossessive == 0) {
			break
		}
		start = toks[k].Start
	}
	return start, g, true
}

// apposition returns the role phrase that starts at toks[k] if it holds a
// title head before the next punctuation (", the finance minister,",
// ", a spokeswoman for the campaign,"), without its article; else an
// empty span.
func (s *peopleScan) apposition(toks []token, k int) Span {
	start, end, head := -1, -1, false
	// open: the word before is a function word ("at", "the") or a
	// capital after one, so a name here is a place or body of the role.
	open := false
	for n := 0; k < len(toks) && n < 10 && toks[k].kind == tokWord; k, n = k+1, n+1 {
		w := s.tokText(&toks[k])
		inf := s.tokInfo(&toks[k])
		if n > 0 && s.speechVerb(&toks[k]) && toks[k].flags&flagCap == 0 && !s.tokInfo(&toks[k-1]).has(factFunction) {
			// "After meeting Ada Voss, the mayor said": a phrase that runs
			// into its verb is the clause's subject, no apposition
			return Span{}
		}
		if n > 0 && (relativeWords.contains(w) || s.speechVerb(&toks[k])) {
			break
		}
		if head && inf.has(factFirst) && toks[k].flags&flagCap != 0 && !open {
			break // "principal Ruth Akers": the next name begins
		}
		if start < 0 && nameDeterminers.hasLower(w) {
			continue
		}
		if start < 0 {
			start = toks[k].Start
		}
		// The phrase ends on a content word: "professor of law at" is
		// cut to "professor of law" when the place is past the limit.
		function := inf.has(factFunction) && toks[k].flags&flagCap == 0
		if !function {
			end = toks[k].End
		}
		open = function || (open && toks[k].flags&flagCap != 0)
		head = head || inf.title().kind == titleHead
	}
	if !head || start < 0 {
		return Span{}
	}
	return Span{Start: start, End: end}
}

// titleObjectAt reports whether toks[c.i], whose word lists' record is
// inf, is what a title governs through "of" rather than the start of the
// name: the role so far ends in "of" ("Chief of", "Governor of"), and the
// word is a place or a role word ("Chief of Staff Ann Lee", "Governor of
// Utah Ann Lee"), or a word that is no given name with two words of the
// name still after it ("Director of Intelligence Tom Reyes").
func (s *peopleScan) titleObjectAt(c *nameRun, inf wordInfo) bool {
	toks := c.toks
	if c.roleStart < 0 || c.i == 0 || toks[c.i-1].End != c.roleEnd || !foldEqual("of", s.tokText(&toks[c.i-1])) {
		return false
	}
	if inf.has(factPlace|factCity|factOrg) || inf.title().kind != notTitle {
		return c.j-c.i >= 2
	}
	return !inf.has(factFirst) && c.j-c.i > 2
}
