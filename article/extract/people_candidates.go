package extract

import (
	"math"
)

// chunkEnd returns the end (exclusive) of the capitalized run at i.
func (s *peopleScan) chunkEnd(toks []token, kinds []lineKind, i int) int {
	j := i
	for j < len(toks) {
		t := &toks[j]
		if t.kind != tokWord || j > i && t.flags&flagLineStart != 0 ||
			t.flags&flagCap == 0 && !s.joinsChunk(toks, j) {
			break
		}
		inf := s.tokInfo(t)
		if j > i && s.nonNameWord(t, inf) && inf.title().kind == notTitle {
			break
		}
		if s.isAcronym(t) && kinds[j] != lineAllCaps ||
			kinds[j] == lineTitleCase && s.breaksHeadline(s.tokText(t), inf) {
			if j == i {
				j++ // the acronym or headline word stands alone
				if inf.has(factOrg) && s.isAcronym(t) {
					continue // but a ship's prefix opens its name: "HMS Ada Voss"
				}
			}
			break
		}
		j++
		if t.flags&flagPossessive != 0 {
			break
		}
		if n := s.nicknameLen(toks, j); n > 0 && inf.has(factFirst) {
			j += n // Juan "Chico" Ortiz: the surname follows the nickname
			continue
		}
		// An editor's bracket inside a name: "[Chilean President Rafael] Ibarra".
		if j+1 < len(toks) && toks[j].kind == tokPunct && s.tokText(&toks[j]) == "]" &&
			toks[j+1].kind == tokWord && toks[j+1].flags&flagCap != 0 && !s.isAcronym(&toks[j+1]) {
			j++
		}
		// "of" joins a title to what it governs: "Secretary of State".
		if inf.title().kind == titleHead && j+1 < len(toks) && toks[j].kind == tokWord &&
			s.tokText(&toks[j]) == "of" && toks[j+1].kind == tokWord && toks[j+1].flags&flagCap != 0 {
			j++
		}
	}
	return j
}

// joinsChunk reports whether toks[j], a word in lower case, belongs to
// the capitalized run before it: a name with an Arabic article
// ("al-Rashidi") or a connector between capitalized words.
func (s *peopleScan) joinsChunk(toks []token, j int) bool {
	w := s.tokText(&toks[j])
	if isArticleName(w) {
		return true
	}
	// The next word is looked at first: it is seldom capitalized. Up to
	// three particles may stand together: "van den Berg", "de la Cruz".
	for k := j + 1; k < len(toks) && k <= j+2 && toks[k].kind == tokWord; k++ {
		if toks[k].flags&flagCap != 0 {
			return nameConnectors.contains(w)
		}
		if !nameConnectors.contains(s.tokText(&toks[k])) {
			return false
		}
	}
	return false
}

// addChunk examines the capitalized run toks[i:j] and records a candidate:
// it strips the words around the name that are no part of it, reads the
// title or role before it and the context on both sides, and keeps what
// is left as the name ("Ohio Gov. Ann Lee" → Ann Lee, role "Ohio Gov.").
func (s *peopleScan) addChunk(toks []token, kinds []lineKind, i, j int) {
	c := nameRun{toks: toks, i: i, j: j, roleStart: -1, roleEnd: -1}
	if kinds[i] == lineTitleCase {
		c.ev |= evWeak
	}
	if !s.trimNonNames(&c) || s.companySuffix(toks, c.j) {
		return
	}
	s.skipSentenceStart(&c)
	s.affiliationTitle(&c)
	s.stripTitle(&c)
	if !c.hasHead {
		c.roleStart, c.roleEnd = -1, -1
	}
	s.orgBeforeName(&c)
	if c.roleStart < 0 {
		// A role phrase in lower case before the name: "campaign manager Tom Reyes".
		if rs, g, ok := s.roleBefore(toks, c.i); ok {
			c.takeRole(rs, toks[c.i].Start, g)
			c.hasHead = true
		} else if k := c.i - 2; k > 0 && foldEqual("known", s.tokText(&toks[k])) && foldEqual("as", s.tokText(&toks[k+1])) {
			// "the night-shift chief known as Ruiz": the role before "known as"
			if rs, g, ok := s.roleBefore(toks, k); ok {
				c.takeRole(rs, toks[k-1].End, g)
				c.hasHead = true
			}
		}
	}
	if c.hasHead {
		c.ev |= evTitle
	}
	s.readContext(&c)
	s.record(&c)
}

// companySuffix reports whether toks[k], right after a name, is a
// company's abbreviation: "Ada Voss Inc.", "Tom Reyes Co." name businesses.
func (s *peopleScan) companySuffix(toks []token, k int) bool {
	return k < len(toks) && toks[k].flags&flagAbbrev != 0 && s.tokInfo(&toks[k]).has(factOrg)
}

// nameRun is a capitalized run that addChunk reads as a name: toks[i:j] is
// what is left of it as the words around the name are stripped, with
// the role and evidence found on the way.
type nameRun struct {
	toks               []token
	i, j               int
	ev                 evidence
	roleStart, roleEnd int // -1 when no role was found
	gender             Gender
	hasHead            bool // a title head or honorific names a role
}

// takeRole takes the text from start to end as the candidate's role, and
// g, the gender its head implies, as its gender unless one is known.
func (c *nameRun) takeRole(start, end int, g Gender) {
	c.roleStart, c.roleEnd = start, end
	if c.gender == GenderUnknown {
		c.gender = g
	}
}

// trimNonNames strips the words that are never part of a name from both
// ends of c ("In Ann Lee's" → Ann Lee's, "Ann Lee Monday" → Ann Lee), and
// reports whether any word is left. A title stays at the start.
func (s *peopleScan) trimNonNames(c *nameRun) bool {
	toks := c.toks
	for c.i < c.j {
		inf := s.tokInfo(&toks[c.i])
		if !s.nonNameWord(&toks[c.i], inf) || inf.title().kind != notTitle && !inf.has(factFunction) {
			break
		}
		c.i++
	}
	for c.j > c.i {
		inf := s.tokInfo(&toks[c.j-1])
		if !s.nonNameWord(&toks[c.j-1], inf) && !inf.has(factCalendar) {
			break
		}
		c.j--
	}
	return c.i < c.j
}

// skipSentenceStart drops the common words that open a sentence and owe
// their capital to their position ("Today Ann Lee …").
func (s *peopleScan) skipSentenceStart(c *nameRun) {
	toks := c.toks
	if toks[c.i].flags&flagSentStart == 0 {
		return
	}
	c.ev |= evSentStart
	for c.i < c.j-1 {
		inf := s.tokInfo(&toks[c.i])
		if !inf.has(factWord) || inf.has(factProper) || inf.title().kind != notTitle || s.agentNoun(s.tokText(&toks[c.i])) {
			break
		}
		if inf.has(factOrg) && c.j-c.i == 2 {
			break // a thing named so: "Hurricane Ada battered the coast"
		}
		if pair := s.text[toks[c.i].Start:toks[c.i+1].End]; s.lx.info(pair).has(factPlace | factCity) {
			break // "New York Mayor Ann Lee"
		}
		c.i++
		c.ev &^= evSentStart
	}
	if c.j-c.i == 1 && c.ev&evSentStart != 0 {
		c.ev |= evWeak
	}
}

// affiliationTitle takes an affiliation and a title before the name as
// its role: "Acme Chief Executive Ann Lee", "United Nations
// Secretary-General Tom Reyes".
func (s *peopleScan) affiliationTitle(c *nameRun) {
	toks := c.toks
	for t := c.j - 2; t > c.i; t-- {
		if s.titleKindAt(&toks[t]) != titleHead {
			continue
		}
		named := false // "Ana Delgado, Secretary": a full name comes first
		for k := c.i; k+1 < t && !named; k++ {
			next := s.tokInfo(&toks[k+1])
			named = s.tokInfo(&toks[k]).has(factFirst) && next.has(factNamePart) && !next.has(factWord)
		}
		if !named {
			c.roleStart, c.roleEnd = toks[c.i].Start, toks[t].End
			c.hasHead = true
			if g := s.tokInfo(&toks[t]).title().gender; g != GenderUnknown {
				c.gender = g
			}
			c.i = t + 1
		}
		return
	}
}

// stripTitle strips the title before the name into the role: honorifics,
// titles, role modifiers, demonyms, and a place or affiliation before a
// title ("Ohio Governor", "Vermont Sen.").
func (s *peopleScan) stripTitle(c *nameRun) {
	toks := c.toks
	for c.i < c.j-1 {
		inf := s.tokInfo(&toks[c.i])
		if s.titleObjectAt(c, inf) {
			// "Chief of Staff Ann Lee", "Governor of Utah Ann Lee".
			c.roleEnd = toks[c.i].End
			c.i++
			continue
		}
		ti := inf.title()
		if ti.kind == notTitle {
			ti.kind = s.titleKindAt(&toks[c.i])
		}
		if ti.kind == notTitle && !inf.has(factDemonym) {
			// a place or an acronym before a title word, or a modifier compound
			before := s.isTitleTok(&toks[c.i+1]) && c.i+2 < c.j &&
				(inf.has(factPlace|factCity) || s.isAcronym(&toks[c.i]))
			if !before && !s.isModifierCompound(s.tokText(&toks[c.i])) {
				break
			}
		} else if ti.kind == notTitle && c.i+2 == c.j && demonymFirstName(inf, s.tokInfo(&toks[c.i+1])) {
			break // "Dutch Brenner"
		} else if ti.kind == titleMod && !inf.has(factDemonym) && inf.has(factNamePart) &&
			!s.isTitleTok(&toks[c.i+1]) && !s.givenNameFollows(c) {
			// a name that is also a title word ("Major"), unless a first name
			// and a surname follow it ("Marine Ivo Brandt" is a marine)
			break
		}
		if c.roleStart < 0 {
			c.roleStart = toks[c.i].Start
		}
		c.roleEnd = toks[c.i].End
		if ti.kind == titleHead || ti.kind == honorific {
			c.hasHead = true
			if ti.kind == honorific {
				c.ev |= evHonorific
			}
			if ti.gender != GenderUnknown {
				c.gender = ti.gender
			}
		}
		c.i++
	}
}

// demonymFirstName reports whether a demonym that is also a given name
// (inf), before a surname alone (next), is a first name: a nationality
// before a person comes with a full name or a title ("German swimmer Ida
// Lenz"), so "said Dutch Brenner" names Dutch Brenner.
func demonymFirstName(inf, next wordInfo) bool {
	return inf.has(factDemonym) && inf.has(factFirstLoose) && next.has(factSurname) &&
		!next.has(factFirstLoose|factPlace|factCity|factDemonym|factOrg|factCompany) && next.title().kind == notTitle
}

// givenNameFollows reports whether the word after c's current one is a
// first name (not a name particle such as "Le") and a surname follows it,
// with no article before: "the Court Ivo Brandt" is a place named so.
func (s *peopleScan) givenNameFollows(c *nameRun) bool {
	if c.i+2 >= c.j || c.i > 0 && determiners.hasLower(s.tokText(&c.toks[c.i-1])) {
		return false
	}
	t := &c.toks[c.i+1]
	return s.tokInfo(t).has(factFirst) && !nameConnectors.hasLower(s.tokText(t))
}

// orgBeforeName drops an organisation before a name: "Harbour Trust Mara
// Dunmore".
func (s *peopleScan) orgBeforeName(c *nameRun) {
	toks := c.toks
	for k := c.j - 2; k > c.i; k-- {
		if s.tokInfo(&toks[k]).has(factOrg) {
			if s.tokInfo(&toks[k+1]).has(factFirst) && c.j-(k+1) >= 2 {
				c.i = k + 1
				c.hasHead = c.hasHead || c.roleStart >= 0
			}
			return
		}
	}
}

// readContext adds what the words before the name (or its role) and
// after it say of the candidate, and a role found there.
func (s *peopleScan) readContext(c *nameRun) {
	toks := c.toks
	first := c.i // the role's first word, or the name's
	for c.roleStart >= 0 && first > 0 && toks[first-1].Start >= c.roleStart {
		first--
	}
	// a lower-case qualifier of office before a capitalized title is part
	// of the role: "former President Ada Voss" no longer holds the office;
	// not a verb ("could force Sen. Ada Voss") or "under President Voss"
	for c.hasHead && c.roleStart == toks[first].Start && first > 0 && toks[first-1].kind == tokWord &&
		toks[first-1].flags&flagCap == 0 && roleQualifiers.hasLower(s.tokText(&toks[first-1])) &&
		!prepositions.hasLower(s.tokText(&toks[first-1])) {
		first--
		c.roleStart = toks[first].Start
	}
	before := s.contextBefore(toks, first, c.hasHead)
	if c.j-c.i == 1 && first > 1 && toks[first-2].kind == tokWord && s.tokText(&toks[first-1]) == "of" &&
		toks[first-2].flags&flagCap == 0 && s.titleKindAt(&toks[first-2]) == titleHead {
		before |= evPlaceOf // one word after a role and "of" is a place: "the mayor of Tarnby"
	}
	if before&evSpeech != 0 && c.j < len(toks) && toks[c.j].kind == tokWord && toks[c.j].flags&flagCap == 0 {
		// "said Omicron accounted for": the name starts a reported clause.
		before &^= evSpeech
	}
	c.ev |= before
	if c.ev&evAppos != 0 && c.roleStart < 0 {
		// "his son, Grant,": the role stands before the comma.
		if rs, g, ok := s.roleBefore(toks, first-1); ok {
			c.takeRole(rs, toks[first-2].End, g)
		}
	}
	after, appos := s.contextAfter(toks, c.j)
	c.ev |= after
	if appos.End <= appos.Start {
		return
	}
	// "Pat Miller, the spokeswoman,": a role after the name, better than a
	// mere honorific before it.
	if c.roleStart < 0 || c.ev&evHonorific != 0 {
		c.roleStart, c.roleEnd = appos.Start, appos.End
	}
	if c.gender == GenderUnknown {
		c.gender = s.lx.title(s.text[appos.Start:appos.End]).gender
		for k := c.j + 1; k < len(toks) && toks[k].Start < appos.End; k++ {
			if g := s.tokInfo(&toks[k]).title().gender; g != GenderUnknown {
				c.gender = g
			}
		}
	}
}

// record keeps the capitalized words of toks[i:j] (and the connectors
// between them) as a candidate.
func (s *peopleScan) record(c *nameRun) {
	toks := c.toks
	w0 := len(s.words)
	for k := c.i; k < c.j; k++ {
		if n := s.nicknameLen(toks, k); n > 0 {
			k += n - 1 // no part of the name
			continue
		}
		w := s.tokText(&toks[k])
		if toks[k].flags&flagCap == 0 && !nameConnectors.contains(w) && !isArticleName(w) {
			continue
		}
		s.words = append(s.words, span32{int32(toks[k].Start), int32(toks[k].End)})
	}
	if len(s.words) == w0 {
		return
	}
	cand := nameCand{
		span:   span32{int32(toks[c.i].Start), int32(toks[c.j-1].End)},
		w0:     int32(w0),
		wn:     uint16(min(len(s.words)-w0, math.MaxUint16)),
		gender: c.gender,
		ev:     c.ev,
		ent:    -1,
	}
	if c.roleStart >= 0 && c.roleEnd > c.roleStart {
		cand.role = span32{int32(c.roleStart), int32(c.roleEnd)}
	}
	s.cands = append(s.cands, cand)
}

// nicknameLen returns the length in tokens of a nickname in quotation
// marks at toks[j], one to three capitalized words between a first name
// and a surname on the same line (Juan "Chico" Ortiz, Tom "The Hammer"
// Reyes), or 0.
func (s *peopleScan) nicknameLen(toks []token, j int) int {
	if j >= len(toks) || !isQuoteMark(s.tokText(&toks[j])) {
		return 0
	}
	for k := j + 1; k <= j+3 && k+2 < len(toks); k++ {
		if toks[k].kind != tokWord || !toks[k].isCap() {
			return 0
		}
		end, last := &toks[k+1], &toks[k+2]
		if isQuoteMark(s.tokText(end)) && end.flags&flagSpaceBefore == 0 &&
			last.kind == tokWord && last.isCap() && last.flags&flagLineStart == 0 {
			return k + 2 - j
		}
	}
	return 0
}
