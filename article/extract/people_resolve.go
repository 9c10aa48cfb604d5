package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// personEnt is one person being built from candidates.
type personEnt struct {
	words   []string // the fullest name, word by word
	first   string   // lower-case first word ("" for a single-word name)
	surname string   // lower-case last word without suffix
	suffix  string   // lower-case suffix ("jr."), or ""
	cands   []int    // candidates that mention it, in text order
	firstAt int      // where it is first mentioned
	lastAt  int      // the latest mention passed while attaching
}

// key words of a nameCand, lower-cased.
type nameKey struct {
	first, surname, suffix string
	n                      int // words without the suffix
}

func (s *peopleScan) cwords(c *nameCand) []string { return s.words[c.w0 : c.w0+c.wn] }

// keyOf splits a name into its first word, surname and suffix.
func (s *peopleScan) keyOf(words []string) nameKey {
	var k nameKey
	n := len(words)
	if n > 1 && nameSuffixes[s.lx.lower(words[n-1])] {
		k.suffix = normSuffix(words[n-1])
		n--
	}
	k.n = n
	if n == 0 {
		return k
	}
	k.surname = s.lx.lower(words[n-1])
	if n > 1 {
		k.first = s.lx.lower(words[0])
	}
	return k
}

func normSuffix(w string) string { return strings.TrimSuffix(lowerKey(w), ".") }

// firstCompatible reports whether two lower-case first words can name the
// same person: equal, one an initial or a prefix of the other.
func firstCompatible(a, b string) bool {
	if a == "" || b == "" || sameGiven(a, b) {
		return true
	}
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if len(a) > len(b) {
		a, b = b, a
	}
	if utf8.RuneCountInString(a) == 1 || len(a) >= 3 {
		return strings.HasPrefix(b, a)
	}
	return false
}

// nameLike reports whether w can be a word of a person's name.
func (s *peopleScan) nameLike(w string) bool {
	lx := s.lx
	lw := s.lx.lower(w)
	if nameConnectors[lw] || nameSuffixes[lw] {
		return true
	}
	if lx.isOrgWord(lw) || lx.isCalendar(lw) || lx.isNonPerson(lw) {
		return false
	}
	if isInitialWord(w) {
		return true
	}
	if lx.isWord(lw) {
		return lx.isNamePart(lw)
	}
	return true
}

// isInitialWord reports whether w is an initial like "J." or "T.R.".
func isInitialWord(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isASCIILetter(w[i]) || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// notPersonPhrase reports whether the words name a known non-person: a
// place, company, institution, group or date, or hold an organisation word.
func (s *peopleScan) notPersonPhrase(words []string) bool {
	lx := s.lx
	phrase := strings.Join(words, " ")
	if lx.isPlace(phrase) || lx.isCity(phrase) || lx.isCompany(phrase) || lx.isNonPerson(phrase) || lx.isDemonym(phrase) {
		return true
	}
	for i, w := range words {
		lw := s.lx.lower(w)
		if lx.isOrgWord(lw) && !(i == 0 && len(words) > 1 && lx.isNamePart(lw)) {
			return true
		}
		if lx.isCalendar(lw) && !lx.isNamePart(lw) {
			return true
		}
		if lx.isNonPerson(lw) {
			return true
		}
	}
	if lx.isDemonym(words[0]) {
		return true
	}
	if len(words) > 1 {
		// "South Australia", "Boston Red Sox", "Houston Astros".
		lw := s.lx.lower(words[len(words)-1])
		if lx.isPlace(lw) && !lx.isSurname(lw) {
			return true
		}
		if s.isPluralNoun(lw) {
			return true
		}
		f := s.lx.lower(words[0])
		if _, fn := lx.firstName(f); lx.isPlace(f) && !fn && !lx.isSurname(lw) {
			return true // "South Korea"; but "Douglas J. Band", "Chad Johnson"
		}
		if (lx.isPlace(f) || lx.isCity(f)) && strings.HasSuffix(lw, "s") && !lx.isNamePart(lw) {
			return true // a team: "Arizona Diamondbacks", "Denver Broncos"
		}
	}
	return false
}

// isPluralNoun reports whether lw is the plural of a dictionary word and
// no known name ("Astros", "Brothers"; not "Sanders").
func (s *peopleScan) isPluralNoun(lw string) bool {
	n := len(lw)
	if n < 4 || lw[n-1] != 's' || s.lx.isSurname(lw) {
		return false
	}
	if _, ok := s.lx.firstName(lw); ok {
		return false
	}
	return s.lx.isWord(lw[:n-1]) || (lw[n-2] == 'e' && s.lx.isWord(lw[:n-2]))
}

// founds reports whether a multi-word nameCand is confirmed as a person
// on its own evidence.
func (s *peopleScan) founds(c *nameCand) bool {
	words := s.cwords(c)
	k := s.keyOf(words)
	if k.n < 2 || k.n > 5 {
		return false
	}
	if s.notPersonPhrase(words) {
		return false
	}
	lx := s.lx
	strongCtx := c.ev&(evTitle|evSpeech|evAppos|evWho|evCredit|evAffil|evAge) != 0 ||
		(k.n >= 3 && isInitialWord(words[1])) // "Douglas J. Band"
	if f, l := s.lx.lower(words[0]), s.lx.lower(words[k.n-1]); lx.isCity(f) && !lx.isSurname(l) && !strongCtx {
		return false // "Boston Red Sox", unless the context shows a person
	}
	for i, w := range words[:k.n] {
		if s.nameLike(w) {
			continue
		}
		if _, loose := lx.firstNameLoose(w); i == 0 && loose {
			continue
		}
		// "Elizabeth Quat", "Patty Judge": a surname that is a word, after
		// a first name, where the context shows a person.
		if _, fn := lx.firstName(words[0]); i == k.n-1 && i > 0 && fn && strongCtx && !lx.isOrgWord(w) {
			continue
		}
		return false
	}
	_, fn := lx.firstName(words[0])
	if !fn && !lx.isWord(words[0]) {
		_, fn = lx.firstNameLoose(words[0])
	}
	fn = fn || isInitialWord(words[0])
	if lw := s.lx.lower(words[k.n-1]); !fn && c.ev&evSentStart == 0 && lx.isSurname(lw) && !lx.isWord(lw) && !lx.isCity(lw) {
		// "Mitt Romney": a given name that is also a word, before a surname.
		_, fn = lx.firstNameLoose(words[0])
	}
	strong := c.ev&(evTitle|evSpeech|evAppos|evWho|evCredit|evAffil|evAge) != 0 ||
		(c.ev&evOfOrg != 0 && !s.anyWord(words[:k.n]))
	if c.ev&evThe != 0 && !fn {
		return false
	}
	if c.ev&evPlaceOf != 0 || (c.ev&evModifier != 0 && !strong) {
		return false
	}
	if c.ev&evWeak != 0 && !strong {
		// In a headline, only a known first name before a word that is no
		// common word ("Ian Hanchett", not "Sandy Hook"); the body will
		// confirm the rest.
		_, strict := lx.firstName(words[0])
		if !strict || lx.isWord(s.lx.lower(words[k.n-1])) {
			return false
		}
	}
	if fn {
		// The first word must not just be a place or a common word with a
		// capital because it starts a sentence.
		if lx.isPlace(words[0]) && !strong && c.ev&evPrep != 0 {
			return false
		}
		return true
	}
	if strong {
		return true
	}
	if c.ev&(evWeak|evPrep) != 0 {
		return false
	}
	// No known first name: the first word must be no common word ("New
	// England", "Wells Fargo"), every word a known name part.
	if lx.isWord(s.lx.lower(words[0])) || s.isCamelCase(words[0]) {
		return false
	}
	for _, w := range words[:k.n] {
		if !lx.isNamePart(w) && !isInitialWord(w) {
			return false
		}
	}
	return !s.allWords(words[:k.n])
}

// anyWord reports whether one of words is a lower-case dictionary word.
func (s *peopleScan) anyWord(words []string) bool {
	for _, w := range words {
		if s.lx.isWord(s.lx.lower(w)) {
			return true
		}
	}
	return false
}

// allWords reports whether every one of words is a dictionary word.
func (s *peopleScan) allWords(words []string) bool {
	for _, w := range words {
		if !s.lx.isWord(s.lx.lower(w)) {
			return false
		}
	}
	return true
}

// resolve runs passes 2 and 3 and builds the people.
func (s *peopleScan) resolve() []Person {
	bySurname := map[string][]int{} // surname → entities
	// Pass 2: entities from confirmed multi-word names.
	for ci := range s.cands {
		if s.founds(&s.cands[ci]) {
			s.found(ci, bySurname)
		}
	}
	// Names joined by "and" to a confirmed name are names too ("Kwok Ka-ki
	// and Andrew Wan"); a lone first name so joined becomes a person of
	// its own ("Sarah and Timothy Rogers").
	coordSingles := map[int]bool{}
	for ci := range s.cands {
		c := &s.cands[ci]
		if c.ent >= 0 || c.ev&evCoord == 0 || !s.coordinated(ci) {
			continue
		}
		words := s.cwords(c)
		if s.keyOf(words).n == 1 {
			if _, fn := s.lx.firstName(words[0]); fn {
				coordSingles[ci] = true
			}
			continue
		}
		c.ev |= evAppos
		if s.founds(c) {
			s.found(ci, bySurname)
		}
	}
	byFirst := map[string][]int{}
	for ei, e := range s.ents {
		byFirst[e.first] = append(byFirst[e.first], ei)
	}
	// Pass 3: attach the other candidates, in text order, to the personEnt
	// they name; the most recently mentioned wins an ambiguous surname.
	pending := map[string][]int{} // single words that named no personEnt
	var pendingOrder []string
	for ci := range s.cands {
		c := &s.cands[ci]
		if c.ent >= 0 {
			s.ents[c.ent].lastAt = c.span.Start
			continue
		}
		words := s.cwords(c)
		k := s.keyOf(words)
		var e int
		if k.n >= 2 {
			e = s.attachMulti(words, k, bySurname)
		} else {
			e = s.attachSingle(c, k, bySurname, byFirst)
		}
		if e >= 0 {
			c.ent = e
			s.ents[e].lastAt = c.span.Start
			continue
		}
		if k.n == 1 {
			w := s.lx.lower(words[0])
			if _, ok := pending[w]; !ok {
				pendingOrder = append(pendingOrder, w)
			}
			pending[w] = append(pending[w], ci)
		}
	}
	// Single words with evidence of their own found single-name people.
	for _, w := range pendingOrder {
		cis := pending[w]
		coord := false
		for _, ci := range cis {
			coord = coord || coordSingles[ci]
		}
		if !coord && !s.singleFounds(w, cis) {
			continue
		}
		e := len(s.ents)
		first := &s.cands[cis[0]]
		ent := &personEnt{words: s.cwords(first), surname: w, firstAt: first.span.Start}
		s.ents = append(s.ents, ent)
		for _, ci := range cis {
			s.cands[ci].ent = e
		}
	}
	return s.people()
}

// found makes candidate ci an entity, or merges it into the entity with
// the same surname and a compatible first name.
func (s *peopleScan) found(ci int, bySurname map[string][]int) {
	c := &s.cands[ci]
	words := s.cwords(c)
	k := s.keyOf(words)
	e := -1
	for _, ei := range bySurname[k.surname] {
		o := s.ents[ei]
		if !suffixCompatible(o.suffix, k.suffix) {
			continue
		}
		if (o.first != "" && firstCompatible(o.first, k.first)) || isTail(o.words, words) || isTail(words, o.words) {
			e = ei
			break
		}
	}
	if e < 0 {
		e = len(s.ents)
		s.ents = append(s.ents, &personEnt{words: words, first: k.first, surname: k.surname, suffix: k.suffix, firstAt: c.span.Start, lastAt: -1})
		bySurname[k.surname] = append(bySurname[k.surname], e)
	} else if o := s.ents[e]; len(words) > len(o.words) {
		o.words, o.first = words, k.first
		if k.suffix != "" {
			o.suffix = k.suffix
		}
	}
	if c.span.Start < s.ents[e].firstAt {
		s.ents[e].firstAt = c.span.Start
	}
	c.ent = e
}

// coordinated reports whether candidate ci is joined by "and" (or a
// comma) to a neighbouring candidate that names a person.
func (s *peopleScan) coordinated(ci int) bool {
	joined := func(a, b int) bool {
		gap := strings.TrimSpace(s.text[s.cands[a].span.End:s.cands[b].span.Start])
		gap = strings.TrimPrefix(strings.TrimPrefix(gap, "’s"), "'s")
		gap = strings.TrimSpace(gap)
		return gap == "and" || gap == "," || gap == ", and"
	}
	if ci+1 < len(s.cands) && s.cands[ci+1].ent >= 0 && joined(ci, ci+1) {
		return true
	}
	return ci > 0 && s.cands[ci-1].ent >= 0 && joined(ci-1, ci)
}

// attachMulti finds the personEnt a multi-word nameCand names: the same
// surname with a compatible first word, or the tail of a longer name
// ("Wasserman Schultz").
func (s *peopleScan) attachMulti(words []string, k nameKey, bySurname map[string][]int) int {
	best := -1
	for _, ei := range bySurname[k.surname] {
		o := s.ents[ei]
		if !suffixCompatible(o.suffix, k.suffix) {
			continue
		}
		if firstCompatible(o.first, k.first) || isTail(o.words, words) {
			if best < 0 || o.lastAt > s.ents[best].lastAt {
				best = ei
			}
		}
	}
	return best
}

// suffixCompatible reports whether names with suffixes a and b can be one
// person: the same suffix, or a roman numeral one side leaves out
// ("Emanuel Cleaver II"); "Jr." tells a son from his father.
func suffixCompatible(a, b string) bool {
	return a == b || (a == "" && romanSuffixes[b]) || (b == "" && romanSuffixes[a])
}

// isTail reports whether part is the end of full, word for word.
func isTail(full, part []string) bool {
	if len(part) >= len(full) {
		return false
	}
	off := len(full) - len(part)
	for i, w := range part {
		if !strings.EqualFold(full[off+i], w) {
			return false
		}
	}
	return true
}

// attachSingle finds the personEnt a one-word nameCand names: by surname
// (the most recently mentioned), else by a first name only one personEnt has.
func (s *peopleScan) attachSingle(c *nameCand, k nameKey, bySurname, byFirst map[string][]int) int {
	w := k.surname
	if c.ev&(evPrep|evPlaceOf) != 0 && (s.lx.isPlace(w) || s.lx.isCity(w)) {
		return -1 // "in Austin" is no mention of Lloyd Austin
	}
	if ents := s.compatible(bySurname[w], k.suffix, c.gender); len(ents) > 0 {
		return s.mostRecent(ents, c.span.Start)
	}
	if len(bySurname[w]) > 0 {
		return -1
	}
	// "Trump Jr." style words are keyed by surname; a bare first name:
	if ents := byFirst[w]; len(ents) > 0 && w != "" {
		if len(ents) == 1 || c.ev&evTitle == 0 {
			return s.mostRecent(ents, c.span.Start)
		}
	}
	return -1
}

// compatible returns the entities of ents that a mention with the given
// suffix and gender (from Mr., Mrs.) can name.
func (s *peopleScan) compatible(ents []int, suffix string, g Gender) []int {
	var out []int
	for _, ei := range ents {
		e := s.ents[ei]
		if !suffixCompatible(e.suffix, suffix) {
			continue
		}
		if g != GenderUnknown && e.first != "" {
			if eg, ok := s.lx.firstName(e.first); ok && eg != GenderUnknown && eg != g {
				continue // "Mrs. Clinton" is not Bill Clinton
			}
		}
		out = append(out, ei)
	}
	return out
}

// mostRecent picks, among ents, the one mentioned last before at, or else
// the first one mentioned.
func (s *peopleScan) mostRecent(ents []int, at int) int {
	best := -1
	for _, ei := range ents {
		e := s.ents[ei]
		if e.lastAt >= 0 && e.lastAt < at {
			if best < 0 || e.lastAt > s.ents[best].lastAt || s.ents[best].lastAt >= at {
				best = ei
			}
		}
	}
	if best >= 0 {
		return best
	}
	for _, ei := range ents {
		if best < 0 || s.ents[ei].firstAt < s.ents[best].firstAt {
			best = ei
		}
	}
	return best
}

// singleFounds reports whether the mentions cis of the one word w are
// together enough evidence of a person known by that word alone.
func (s *peopleScan) singleFounds(w string, cis []int) bool {
	lx := s.lx
	if w == "" || utf8.RuneCountInString(w) < 2 {
		return false
	}
	if lx.isPlace(w) || lx.isCompany(w) || lx.isNonPerson(w) || lx.isDemonym(w) ||
		lx.isOrgWord(w) || lx.isCalendar(w) || headlineSmallWords[w] || nameDeterminers[w] {
		return false
	}
	if lx.title(w).kind != notTitle && !lx.isNamePart(w) {
		return false
	}
	dict := lx.isWord(w)
	listed := lx.isNamePart(w)
	if lx.isCity(w) && !listed {
		return false
	}
	weak := 0
	hyphen := hasHyphen(w)
	for _, ci := range cis {
		c := &s.cands[ci]
		if c.ev&(evPlaceOf|evCredit) != 0 {
			continue
		}
		if c.ev&evOwner != 0 && !dict && !hyphen {
			return true
		}
		if c.ev&evThe != 0 {
			continue
		}
		if s.isAcronymWord(s.cwords(c)[0]) {
			return false
		}
		if dict {
			// A common word needs a title or a speech verb: "Mr. Trump",
			// "Grant said".
			if (c.ev&evTitle != 0 && (listed || lx.isProper(w))) || (c.ev&evSpeech != 0 && listed && c.ev&evWeak == 0) {
				return true
			}
			continue
		}
		// A title, a speech verb, an apposition: "Gov. Kasich", "Cruz said".
		if c.ev&(evTitle|evSpeech) != 0 {
			return true
		}
		if hyphen {
			continue // "Johnson-Weld rallies": a ticket, not a person
		}
		if c.ev&(evWho|evAppos|evAge) != 0 {
			return true
		}
		if c.ev&(evVerb|evPoss) != 0 && c.ev&evPrep == 0 {
			if listed {
				return true
			}
			weak++
		}
	}
	// An unknown word that acts like a person twice: "Putin's", "Putin believes".
	return weak >= 2 && !hasHyphen(w) && !s.isCamelCase(s.cwords(&s.cands[cis[0]])[0])
}

// camelPrefixes may stand before an inner capital in a name (McCain,
// DeMarco, MacArthur, LaHood, DiCaprio, VanDyke).
var camelPrefixes = map[string]bool{
	"mc": true, "mac": true, "de": true, "di": true, "la": true, "le": true, "da": true,
	"du": true, "van": true, "von": true, "st": true, "fitz": true, "del": true, "o": true,
}

// isCamelCase reports whether w has an inner capital that no name prefix
// explains ("TheBlaze", "YouTube"), the mark of a brand.
func (s *peopleScan) isCamelCase(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			prev, _ := utf8.DecodeLastRuneInString(w[:i])
			if !unicode.IsLetter(prev) {
				continue // after a hyphen or apostrophe
			}
			if !camelPrefixes[s.lx.lower(w[:i])] {
				return true
			}
		}
	}
	return false
}

// isAcronymWord reports whether w has two or more letters, all capitals
// ("NPR", "UC-AFT").
func (s *peopleScan) isAcronymWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

// people turns the entities into the result, in order of first mention.
func (s *peopleScan) people() []Person {
	// Order entities by first mention.
	type ref struct{ at, e int }
	var order []ref
	mentions := make([][]int, len(s.ents))
	for ci := range s.cands {
		if e := s.cands[ci].ent; e >= 0 {
			if len(mentions[e]) == 0 {
				order = append(order, ref{s.cands[ci].span.Start, e})
			}
			mentions[e] = append(mentions[e], ci)
		}
	}
	genders := s.pronounVotes()
	out := make([]Person, 0, len(order))
	for _, r := range order {
		e := s.ents[r.e]
		p := Person{Name: strings.Join(e.words, " ")}
		seen := map[string]bool{s.lx.lower(p.Name): true}
		var titleG [3]int
		for _, ci := range mentions[r.e] {
			c := &s.cands[ci]
			p.Mentions = append(p.Mentions, c.span)
			form := strings.Join(s.cwords(c), " ")
			if !seen[s.lx.lower(form)] {
				seen[s.lx.lower(form)] = true
				p.Aliases = append(p.Aliases, form)
			}
			if c.ev&evHonorific != 0 && c.role.End > c.role.Start && c.wn == 1 {
				hf := strings.Join(strings.Fields(s.text[c.role.Start:c.role.End]), " ") + " " + form
				if !seen[s.lx.lower(hf)] {
					seen[s.lx.lower(hf)] = true
					p.Aliases = append(p.Aliases, hf)
				}
			}
			if p.Role == "" && c.role.End > c.role.Start {
				if role := s.roleText(c.role); role != "" {
					p.Role = role
				}
			}
			titleG[c.gender]++
		}
		if p.Aliases == nil {
			p.Aliases = []string{}
		}
		p.Gender = s.genderOf(e, titleG, genders[r.e])
		out = append(out, p)
	}
	return out
}

// roleText returns the role phrase at sp without honorifics ("Mr.").
func (s *peopleScan) roleText(sp Span) string {
	f := strings.Fields(s.text[sp.Start:sp.End])
	var keep []string
	for _, w := range f {
		if s.lx.title(w).kind == honorific || (len(keep) == 0 && nameDeterminers[s.lx.lower(w)]) {
			continue
		}
		keep = append(keep, w)
	}
	for len(keep) > 0 {
		lw := s.lx.lower(keep[len(keep)-1])
		if lw == "of" || lw == "the" || lw == "and" {
			keep = keep[:len(keep)-1]
			continue
		}
		break
	}
	has := false
	for _, w := range keep {
		if s.titleKindOf(w) == titleHead {
			has = true
		}
	}
	if !has {
		return ""
	}
	return strings.Join(keep, " ")
}

// genderOf decides a person's gender by weighing the evidence: gendered
// titles (Mr., spokeswoman) and the usual gender of the first name weigh
// most, the pronouns that follow the mentions less.
func (s *peopleScan) genderOf(e *personEnt, titleG [3]int, pron [3]int) Gender {
	score := 4*(titleG[GenderMale]-titleG[GenderFemale]) + (pron[GenderMale] - pron[GenderFemale])
	if e.first != "" {
		switch g, _ := s.lx.firstName(e.first); g {
		case GenderMale:
			score += 6
		case GenderFemale:
			score -= 6
		}
	}
	switch {
	case score > 0:
		return GenderMale
	case score < 0:
		return GenderFemale
	}
	return GenderUnknown
}

// pronounVotes counts, for each personEnt, the gendered pronouns whose
// nearest preceding person mention is one of its mentions.
func (s *peopleScan) pronounVotes() [][3]int {
	votes := make([][3]int, len(s.ents))
	ci := 0
	last := -1 // nameCand index of the latest person mention
	for _, p := range s.pronouns {
		for ci < len(s.cands) && s.cands[ci].span.Start < p.at {
			if s.cands[ci].ent >= 0 {
				last = ci
			}
			ci++
		}
		if last >= 0 && p.at-s.cands[last].span.End < 400 {
			votes[s.cands[last].ent][p.gender]++
		}
	}
	return votes
}
