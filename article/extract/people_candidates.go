package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

// isAcronym reports whether t is an all-capitals word like NPR or AFP.
func (s *peopleScan) isAcronym(t *token) bool {
	return t.flags&flagUpper != 0 && s.upperIsAcronym(t)
}

// upperIsAcronym reports whether t, a word in capitals, is an acronym:
// no initial (J.), more than a letter, no name suffix (III).
func (s *peopleScan) upperIsAcronym(t *token) bool {
	return t.flags&flagInitial == 0 && t.end-t.start > 1 && !isNameSuffix(s.tokText(t))
}

// breaksHeadline reports whether a capitalized word in a title-case line
// is an ordinary word rather than part of a name.
func (s *peopleScan) breaksHeadline(w string) bool {
	return breaksHeadlineInfo(w, s.lx.info(w)) // the lists answer in any case
}

// breaksHeadlineInfo is breaksHeadline of w, whose word lists' record is
// inf.
func breaksHeadlineInfo(w string, inf wordInfo) bool {
	if headlineSmallWords.hasLower(w) || inf.has(factFunction|factCalendar) {
		return true
	}
	return inf.has(factWord) && !inf.has(factNamePart)
}

// tokInfo returns what the word lists say of the word t.
func (s *peopleScan) tokInfo(t *token) wordInfo { return s.lx.info(s.tokText(t)) }

// speechVerb reports whether the word at t is a verb of saying whose
// subject is most often a person ("said", "warns"): the speech verbs
// marked P in their list.
func (s *peopleScan) speechVerb(t *token) bool { return s.tokInfo(t).has(factSpeechPerson) }

// tokText returns the text of t.
func (s *peopleScan) tokText(t *token) string { return s.text[t.start:t.end] }

// nonNameWord reports whether the word at t, whose word lists' record
// is inf, can never be part of a name: a function word, a contraction
// (I'm), a lone letter, a stray abbreviation (Md.), a hyphenated
// adjective (Indiana-born, Pro-Beijing).
func (s *peopleScan) nonNameWord(t *token, inf wordInfo) bool {
	if inf.has(factFunction) {
		return true
	}
	if t.flags&flagAbbrev != 0 && t.flags&flagInitial == 0 {
		// Md., Inc., Jan.
		return inf.title().kind == notTitle && !isNameSuffix(s.tokText(t))
	}
	if t.flags&flagPlain != 0 {
		// No apostrophe, no hyphen: a lone letter or neither of the two
		// below.
		return t.end-t.start == 1
	}
	w := s.tokText(t)
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
	if isContraction(w) {
		return true
	}
	return s.isModifierCompound(w)
}

// plainASCIIWord reports whether w is ASCII letters and digits alone.
func plainASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !asciiAlnum[w[i]] {
			return false
		}
	}
	return true
}

// isContraction reports whether w is like "I'm", "I’ve", "We'll".
func isContraction(w string) bool {
	for i, r := range w {
		if isApostropheRune(r) {
			switch lowerKey(w[i+utf8.RuneLen(r):]) {
			case "m", "ve", "ll", "re", "d", "t":
				return true
			}
		}
	}
	return false
}

// isModifierCompound reports whether a hyphenated word is an adjective or
// compound noun rather than a double name: it starts with a prefix (Pro-,
// Anti-) or a lone letter (T-shirts), or a lower-case part is an adjective
// ending (Indiana-born, Saudi-led) or a dictionary word of five letters or
// more (Pan-democracy). Given names like "Siu-ming" and "Wai-kit" stay.
func (s *peopleScan) isModifierCompound(w string) bool {
	if !hasHyphen(w) {
		return false
	}
	// The parts between hyphens are read one by one, without a slice.
	var first string
	n := 0
	for p := range strings.FieldsFuncSeq(w, isHyphenRune) {
		if n++; n == 1 {
			first = p
			continue
		}
		if n == 2 && (namePrefixes[strings.ToLower(first)] || utf8.RuneCountInString(first) == 1) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(p)
		if r < 'a' || r > 'z' {
			continue
		}
		// "Indiana-born", "Saudi-led", "Pan-democracy"; but "Siu-ming",
		// "Wai-kit" are given names.
		if modifierSuffixes[p] || (len(p) >= 5 && s.lx.isWord(p)) {
			return true
		}
	}
	return false
}

// isModifierCompoundAt reports whether the word t is a modifier compound
// (isModifierCompound); a word of ASCII letters and digits alone has no
// hyphen and is none.
func (s *peopleScan) isModifierCompoundAt(t *token) bool {
	return t.flags&flagPlain == 0 && s.isModifierCompound(s.text[t.start:t.end])
}

// isArticleName reports whether w is a name with an Arabic article in
// lower case: "al-Rashidi", "el-Masri", "ash-Shami".
func isArticleName(w string) bool {
	if len(w) < 4 || w[2] != '-' && w[3] != '-' {
		return false // the articles below have two or three letters
	}
	article, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	switch article {
	case "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul":
		return true
	}
	return false
}

// hasHyphen reports whether w holds a hyphen of any kind.
func hasHyphen(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '-' || c >= utf8.RuneSelf {
			return strings.ContainsAny(w[i:], "-‐‑")
		}
	}
	return false
}

// modifierSuffixes after a hyphen make a compound adjective.
var modifierSuffixes = map[string]bool{
	"born": true, "based": true, "led": true, "backed": true, "owned": true, "run": true,
	"style": true, "era": true, "funded": true, "linked": true, "made": true, "bred": true,
	"raised": true, "aligned": true, "allied": true, "leaning": true, "friendly": true,
	"area": true, "wide": true, "like": true, "type": true, "held": true,
}

// chunkEnd returns the end (exclusive) of the capitalized run at i.
func (s *peopleScan) chunkEnd(toks []token, kinds []lineKind, i int) int {
	j := i
	for j < len(toks) {
		t := &toks[j]
		if t.kind != tokWord {
			break
		}
		if j > i && t.flags&flagLineStart != 0 {
			break
		}
		if t.flags&flagCap == 0 && !s.joinsChunk(toks, i, j) {
			break
		}
		inf := s.tokInfo(t)
		if j > i && s.nonNameWord(t, inf) && inf.title().kind == notTitle {
			break
		}
		if s.isAcronym(t) && kinds[j] != lineAllCaps {
			if j == i {
				j++ // the acronym stands alone
			}
			break
		}
		if kinds[j] == lineTitleCase && breaksHeadlineInfo(s.text[t.start:t.end], inf) {
			if j == i {
				j++
			}
			break
		}
		j++
		if t.flags&flagPossessive != 0 {
			break
		}
		// An editor's bracket inside a name: "[Chilean President Rafael] Ibarra".
		if j+1 < len(toks) && toks[j].kind == tokPunct && s.text[toks[j].start:toks[j].end] == "]" &&
			toks[j+1].kind == tokWord && toks[j+1].flags&flagCap != 0 && !s.isAcronym(&toks[j+1]) {
			j++
		}
		// "of" joins a title to what it governs: "Secretary of State".
		if inf.title().kind == titleHead && j+1 < len(toks) && toks[j].kind == tokWord &&
			s.text[toks[j].start:toks[j].end] == "of" && toks[j+1].kind == tokWord && toks[j+1].flags&flagCap != 0 {
			j++
		}
	}
	if j == i {
		j = i + 1
	}
	return j
}

// joinsChunk reports whether toks[j], a word in lower case, belongs to
// the capitalized run that starts at toks[i]: a name with an Arabic
// article ("al-Rashidi") or a connector between capitalized words.
func (s *peopleScan) joinsChunk(toks []token, i, j int) bool {
	if j == i {
		return false
	}
	w := s.text[toks[j].start:toks[j].end]
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
	if !s.trimNonNames(&c) {
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
			c.roleStart, c.roleEnd = rs, toks[c.i].start
			c.hasHead = true
			c.setGender(g)
		}
	}
	if c.hasHead {
		c.ev |= evTitle
	}
	if toks[c.j-1].flags&flagPossessive != 0 {
		c.ev |= evPoss
	}
	s.readContext(&c)
	s.record(&c)
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

// setGender takes g as the candidate's gender unless one is known.
func (c *nameRun) setGender(g Gender) {
	if c.gender == GenderUnknown {
		c.gender = g
	}
}

// trimNonNames strips the words that are never part of a name from both
// ends of c, and reports whether any word is left. The first word's
// record and verdict serve again when the end reaches it, as it does in
// a chunk of one word, the most common.
func (s *peopleScan) trimNonNames(c *nameRun) bool {
	toks := c.toks
	var firstInf wordInfo
	firstNonName := false
	for c.i < c.j {
		firstInf = s.tokInfo(&toks[c.i])
		firstNonName = s.nonNameWord(&toks[c.i], firstInf)
		if !firstNonName || firstInf.title().kind != notTitle && !firstInf.has(factFunction) {
			break
		}
		c.i++
	}
	for c.j > c.i {
		inf, nonName := firstInf, firstNonName
		if c.j-1 > c.i {
			inf = s.tokInfo(&toks[c.j-1])
			nonName = s.nonNameWord(&toks[c.j-1], inf)
		}
		if !nonName && !inf.has(factCalendar) {
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
		if !inf.has(factWord) || inf.has(factProper) || inf.title().kind != notTitle {
			break
		}
		if pair := s.text[toks[c.i].start:toks[c.i+1].end]; s.lx.info(pair).has(factPlace | factCity) {
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
		for k := c.i; k+1 < t; k++ {
			if next := s.tokInfo(&toks[k+1]); s.tokInfo(&toks[k]).has(factFirst) && next.has(factNamePart) && !next.has(factWord) {
				named = true
			}
		}
		if !named {
			c.roleStart, c.roleEnd = toks[c.i].start, toks[t].end
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
			c.roleEnd = toks[c.i].end
			c.i++
			continue
		}
		ti := inf.title()
		if ti.kind == notTitle {
			ti.kind = s.titleKindAt(&toks[c.i])
		}
		if ti.kind == notTitle && !inf.has(factDemonym) {
			// A place or modifier compound right before a title word.
			compound := s.isModifierCompoundAt(&toks[c.i])
			if !(s.isTitleTok(&toks[c.i+1]) && c.i+2 < c.j) || !(inf.has(factPlace|factCity) || compound || s.isAcronym(&toks[c.i])) {
				if !compound {
					break
				}
			}
		} else if ti.kind == titleMod && !inf.has(factDemonym) && inf.has(factNamePart) && !s.isTitleTok(&toks[c.i+1]) {
			// Do not strip a name that is also a title word ("Major").
			break
		}
		if c.roleStart < 0 {
			c.roleStart = toks[c.i].start
		}
		c.roleEnd = toks[c.i].end
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
	first := c.i
	if c.roleStart >= 0 {
		for first > 0 && toks[first-1].start >= c.roleStart {
			first--
		}
	}
	before := s.contextBefore(toks, first, c.hasHead)
	if before&evSpeech != 0 && c.j < len(toks) && toks[c.j].kind == tokWord && toks[c.j].flags&flagCap == 0 {
		// "said Omicron accounted for": the name starts a reported clause.
		before &^= evSpeech
	}
	c.ev |= before
	if c.ev&evAppos != 0 && c.roleStart < 0 {
		// "his son, Grant,": the role stands before the comma.
		if rs, g, ok := s.roleBefore(toks, first-1); ok {
			c.roleStart, c.roleEnd = rs, toks[first-2].end
			c.setGender(g)
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
		for k := c.j + 1; k < len(toks) && toks[k].start < appos.End; k++ {
			if g := s.lx.title(s.text[toks[k].start:toks[k].end]).gender; g != GenderUnknown {
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
		w := s.tokText(&toks[k])
		if toks[k].flags&flagCap == 0 && !nameConnectors.contains(w) && !isArticleName(w) {
			continue
		}
		s.words = append(s.words, w)
	}
	if len(s.words) == w0 {
		return
	}
	cand := nameCand{
		span:   span32{int32(toks[c.i].start), int32(toks[c.j-1].end)},
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

// contextBefore reads the words before a name (or its title) at toks[first].
func (s *peopleScan) contextBefore(toks []token, first int, titled bool) evidence {
	var ev evidence
	if first == 0 {
		return 0
	}
	p := &toks[first-1]
	if p.kind == tokWord {
		pw := s.tokText(p) // in any case
		switch {
		case nameDeterminers.hasLower(pw) && !titled:
			ev |= evThe
		case placePreps.hasLower(pw):
			ev |= evPrep
		case foldEqual("of", pw) && first > 1 && toks[first-2].kind == tokWord && placeNouns.hasLower(s.tokText(&toks[first-2])):
			ev |= evPlaceOf
		case s.speechVerb(p):
			ev |= evSpeech
		case foldEqual("to", pw) && first > 1 && strings.EqualFold(s.tokText(&toks[first-2]), "according"):
			ev |= evAccording
		case foldEqual("and", pw) && first > 1 && toks[first-2].kind == tokWord && toks[first-2].flags&flagCap != 0:
			ev |= evCoord
		}
		if p.flags&flagCap != 0 && p.flags&flagPossessive != 0 {
			ev |= evAffil // "NPR's Ada Pruitt", "FTU's Joe Lam"
		}
		return ev
	}
	// "the Chilean team's coach, Rafael Ibarra", "his son, Tobias,"
	if s.text[p.start:p.end] == "," && first > 1 && toks[first-2].kind == tokWord {
		if s.tokInfo(&toks[first-2]).title().kind == titleHead && toks[first-2].flags&flagCap == 0 {
			ev |= evAppos | evTitle
		}
	}
	return ev
}

// contextAfter reads the words after a name ending before toks[j].
// It also returns the span of a role in apposition (", the finance
// minister,"), or an empty span.
func (s *peopleScan) contextAfter(toks []token, j int) (evidence, Span) {
	var ev evidence
	var appos Span
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
		case inf.title().kind == titleHead:
			ev |= evModifier
		case nw == "of" && j+1 < len(toks) && (toks[j+1].flags&flagCap != 0 ||
			(s.tokText(&toks[j+1]) == "the" && j+2 < len(toks) && toks[j+2].flags&flagCap != 0)):
			ev |= evOfOrg // "Lam Wing-kei of Harbour Voice", "of the Farmers Party"
		case nw == "and" && j+1 < len(toks) && toks[j+1].flags&flagCap != 0:
			ev |= evCoord
		}
		return ev, appos
	}
	if s.isAcronym(n) && j+1 < len(toks) && s.text[toks[j+1].start:toks[j+1].end] == "/" {
		return evCredit, appos // "Jane Roe AFP/Getty Images"
	}
	if n.kind != tokPunct {
		return 0, appos
	}
	switch s.text[n.start:n.end] {
	case ",":
		if j+1 >= len(toks) {
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
		case nx.flags&flagDigit != 0 && nx.end-nx.start <= 3 && j+2 < len(toks) && toks[j+2].kind == tokPunct:
			ev |= evAge // "Davin Morrow, 19, from Clay County"
		case nameDeterminers.hasLower(nw) || (inf.title().kind != notTitle && !inf.has(factFunction)) || inf.has(factDemonym):
			if appos = s.apposition(toks, j+1); appos.End > appos.Start {
				ev |= evAppos
			} else if nameDeterminers.hasLower(nw) {
				appos = s.occupationApposition(toks, j+1) // a role, no evidence
			}
		}
	case "/":
		ev |= evCredit // "Chip Somodevilla/Getty Images"
	case "(":
		// "Nina Porter (D)", "Okafor (left)"
		if j+2 < len(toks) && s.text[toks[j+2].start:toks[j+2].end] == ")" {
			switch s.tokText(&toks[j+1]) {
			case "D", "R", "I", "left", "right", "center", "centre", "pictured":
				ev |= evAppos
			}
		}
	}
	return ev, appos
}

// titleKindOf returns the title kind of w, or of the first part of a
// hyphenated title ("Secretary-General", "Attorney-General").
func (s *peopleScan) titleKindOf(w string) titleKind {
	return s.titleKindWith(w, s.lx.info(w), false)
}

// titleKindAt returns titleKindOf the word t, asking the lists about it
// through tokInfo, and about its first part only when it may be
// hyphenated.
func (s *peopleScan) titleKindAt(t *token) titleKind {
	return s.titleKindWith(s.text[t.start:t.end], s.tokInfo(t), t.flags&flagPlain != 0)
}

// titleKindWith returns titleKindOf w, whose word lists' record is inf;
// plain tells that w holds ASCII letters and digits alone, so no hyphen.
func (s *peopleScan) titleKindWith(w string, inf wordInfo, plain bool) titleKind {
	if k := inf.title().kind; k != notTitle {
		return k
	}
	if !plain && hasHyphen(w) {
		first, _, _ := strings.Cut(w, "-")
		return s.lx.title(first).kind
	}
	// Plurals before several names: "Justices Elena Kagan and ...".
	if n := len(w); n > 3 && w[n-1] == 's' {
		if k := s.lx.title(w[:n-1]).kind; k == titleHead {
			return k
		}
	}
	return notTitle
}

// isTitleTok reports whether the word t is in the title list or is a
// demonym.
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
	if k < 0 || toks[k].kind != tokWord {
		return 0, GenderUnknown, false
	}
	if toks[k].flags&flagCap != 0 {
		return 0, GenderUnknown, false
	}
	ti := s.tokInfo(&toks[k]).title()
	if ti.kind != titleHead {
		return 0, GenderUnknown, false
	}
	start, g := toks[k].start, ti.gender
	for k--; k >= 0 && toks[k].kind == tokWord && i-k < 6; k-- {
		w := s.text[toks[k].start:toks[k].end] // in any case
		if nameDeterminers.hasLower(w) || foldEqual("of", w) || foldEqual("and", w) || foldEqual("for", w) {
			break
		}
		inf := s.tokInfo(&toks[k])
		if inf.title().kind == notTitle && !inf.has(factDemonym) && !(toks[k].flags&flagCap != 0 && toks[k].flags&flagPossessive == 0) {
			break
		}
		start = toks[k].start
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
		if n > 0 && (w == "who" || w == "which" || w == "that" || s.speechVerb(&toks[k])) {
			break
		}
		if _, fn := inf.firstName(factFirst); head && fn && toks[k].flags&flagCap != 0 && !open {
			break // "principal Ruth Akers": the next name begins
		}
		if start < 0 && (nameDeterminers.hasLower(w)) {
			continue
		}
		if start < 0 {
			start = toks[k].start
		}
		// The phrase ends on a content word: "professor of law at" is
		// cut to "professor of law" when the place is past the limit.
		function := inf.has(factFunction) && toks[k].flags&flagCap == 0
		if !function {
			end = toks[k].end
		}
		open = function || (open && toks[k].flags&flagCap != 0)
		if inf.title().kind == titleHead {
			head = true
		}
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
	if c.roleStart < 0 || c.i == 0 || toks[c.i-1].end != c.roleEnd || !foldEqual("of", s.tokText(&toks[c.i-1])) {
		return false
	}
	if inf.has(factPlace|factCity|factOrg) || inf.title().kind != notTitle {
		return c.j-c.i >= 2
	}
	_, first := inf.firstName(factFirst)
	return !first && c.j-c.i > 2
}
