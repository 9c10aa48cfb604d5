package extract

import (
	"strings"
	"unicode/utf8"
)

// personEnt is one person (an entity) being built from candidates.
type personEnt struct {
	cand    int    // the candidate that gives its fullest name (entWords)
	first   string // lower-case first word ("" for a single-word name)
	surname string // lower-case last word without suffix
	suffix  string // lower-case suffix ("jr."), or ""
	firstAt int    // where it is first mentioned
	lastAt  int    // the latest mention passed while attaching
	// titled is the gender that the first gendered title or honorific
	// among the mentions attached so far implies ("Mr.", "son"), or
	// GenderUnknown.
	titled Gender
	// honorifics are the honorific forms of the surname alone ("Mrs.
	// Voss": honorificForm) that mentions attached so far took.
	honorifics uint8
}

// honorificForm is the form of a one-word mention c after an honorific
// of a gender ("Mrs. Voss", "Mr. Voss"), or 0 for the surname alone.
func honorificForm(c *nameCand) uint8 {
	if c.ev&evHonorific != 0 {
		return 1 << c.gender
	}
	return 0
}

// nameKey holds the key words of a name, lower-cased.
type nameKey struct {
	first, surname, suffix string
	n                      int // words without the suffix
}

// cwords returns the words of candidate c. Most names have one to three
// words: a caller that does not keep them needs no allocation.
func (s *peopleScan) cwords(c *nameCand) []string {
	words := make([]string, 0, 4)
	for _, w := range s.words[c.w0 : c.w0+int32(c.wn)] {
		words = append(words, s.text[w.start:w.end])
	}
	return words
}

// entWords returns the words of entity o's fullest name.
func (s *peopleScan) entWords(o *personEnt) []string { return s.cwords(&s.cands[o.cand]) }

// firstWord returns the first word of candidate c.
func (s *peopleScan) firstWord(c *nameCand) string {
	w := s.words[c.w0]
	return s.text[w.start:w.end]
}

// phrase returns the words of candidate c joined by spaces.
func (s *peopleScan) phrase(c *nameCand) string { return strings.Join(s.cwords(c), " ") }

// keyOf splits a name into its first word, surname and suffix.
func (s *peopleScan) keyOf(words []string) nameKey {
	var k nameKey
	n := nameLen(words)
	if n < len(words) {
		k.suffix = strings.TrimSuffix(strings.ToLower(words[n]), ".")
	}
	k.n = n
	if n == 0 {
		return k
	}
	k.surname = strings.ToLower(words[n-1])
	if n > 1 {
		k.first = strings.ToLower(words[0])
	}
	return k
}

// nameLen returns how many of words make the name before its suffix.
func nameLen(words []string) int {
	if n := len(words); n > 1 && isNameSuffix(words[n-1]) {
		return n - 1
	}
	return len(words)
}

// firstCompatible reports whether two lower-case first words can name the
// same person: equal, one an initial or a prefix of the other.
func (s *peopleScan) firstCompatible(a, b string) bool {
	if a == "" || b == "" || s.lx.sameGiven(a, b) {
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

// givenCompatible reports whether two lower-case first words can name
// the same person, as firstCompatible does, except that a prefix does not
// join two given names of opposite gender: "Roy" is not "Roya", "Paul"
// not "Paula", though "Rob" may be "Robert".
func (s *peopleScan) givenCompatible(a, b string) bool {
	if !s.firstCompatible(a, b) {
		return false
	}
	if a == "" || b == "" || a == b || s.lx.sameGiven(a, b) {
		return true
	}
	ga, oka := s.lx.firstName(a)
	gb, okb := s.lx.firstName(b)
	return !(oka && okb && ga != GenderUnknown && gb != GenderUnknown && ga != gb)
}

// resolve runs passes 2 and 3 and builds the people.
func (s *peopleScan) resolve() []Person {
	s.byKey = map[nameKey]int{}
	names := nameIndex{} // the entities' surnames and first names, the single words
	// Pass 2: entities from confirmed multi-word names.
	for ci := range s.cands {
		s.pace.step(1)
		if s.cands[ci].confirmed {
			s.found(ci, names)
		}
	}
	coordSingles := s.foundCoordinated(names)
	for ei, e := range s.ents {
		names.add(e.first, asFirst, ei)
	}
	// Pass 3: attach the other candidates, in text order, to the entity
	// they name; the most recently mentioned wins an ambiguous surname.
	words, pending := s.attachAll(names)
	// Single words with evidence of their own found single-name people.
	for _, w := range words {
		s.pace.step(1)
		cis := pending[w]
		coord := false
		for _, ci := range cis {
			coord = coord || coordSingles[ci]
		}
		if !coord && !s.singleFounds(w, cis) {
			continue
		}
		first := &s.cands[cis[0]]
		e := s.addEnt(personEnt{cand: cis[0], surname: w, firstAt: int(first.span.start)})
		for _, ci := range cis {
			s.cands[ci].ent = int32(e)
		}
	}
	return s.people()
}

// foundCoordinated makes entities of the names joined by "and" to a
// confirmed name ("Ann Lee and Tom Reyes"), and returns the candidates
// that are a lone first name so joined, which become people of their own
// ("Ann and Tom Reyes").
func (s *peopleScan) foundCoordinated(names nameIndex) map[int]bool {
	coordSingles := map[int]bool{}
	for ci := range s.cands {
		s.pace.step(1)
		c := &s.cands[ci]
		if c.ent >= 0 || c.ev&evCoord == 0 || !s.coordinated(ci) {
			continue
		}
		words := s.cwords(c)
		if nameLen(words) == 1 {
			if _, fn := s.lx.firstName(words[0]); fn {
				coordSingles[ci] = true
			}
			continue
		}
		c.ev |= evAppos
		if s.founds(c) {
			s.found(ci, names)
		}
	}
	return coordSingles
}

// attachAll attaches every candidate that is no entity yet, in text
// order, to the entity it names, and returns the single words that name
// none, in order of first appearance, with their candidates.
func (s *peopleScan) attachAll(names nameIndex) (words []string, pending map[string][]int) {
	pending = map[string][]int{}
	for ci := range s.cands {
		s.pace.step(1)
		c := &s.cands[ci]
		if c.ent >= 0 {
			s.ents[c.ent].lastAt = int(c.span.start)
			continue
		}
		cw := s.cwords(c)
		k := s.keyOf(cw)
		var e int
		if k.n >= 2 {
			e = s.attachMulti(cw, k, names)
		} else {
			e = s.attachSingle(c, k, names[k.surname])
		}
		if e >= 0 {
			c.ent = int32(e)
			s.ents[e].lastAt = int(c.span.start)
			s.ents[e].noteTitled(c.gender)
			if k.n == 1 && k.surname == s.ents[e].surname {
				s.ents[e].honorifics |= honorificForm(c)
			}
		} else if k.n == 1 {
			if len(pending[k.surname]) == 0 {
				words = append(words, k.surname)
			}
			pending[k.surname] = append(pending[k.surname], ci)
		}
	}
	return words, pending
}

// found makes candidate ci an entity, or merges it into the entity with
// the same surname and a compatible first name.
func (s *peopleScan) found(ci int, names nameIndex) {
	c := &s.cands[ci]
	words := s.cwords(c)
	k := s.keyOf(words)
	key := nameKey{first: k.first, surname: k.surname, suffix: k.suffix}
	e, exact := s.byKey[key]
	if !exact {
		e = -1
	}
	for _, ei := range s.namesakes(names[k.surname], asSurname) {
		if exact {
			break
		}
		o := s.ents[ei]
		if !suffixCompatible(o.suffix, k.suffix) {
			continue
		}
		ow := s.entWords(o)
		if (o.first != "" && s.givenCompatible(o.first, k.first)) || isTail(ow, words) || isTail(words, ow) {
			e = ei
			break
		}
	}
	if e < 0 {
		e = s.addEnt(personEnt{cand: ci, first: k.first, surname: k.surname, suffix: k.suffix, firstAt: int(c.span.start), lastAt: -1})
		names.add(k.surname, asSurname, e)
	} else if o := s.ents[e]; len(words) > int(s.cands[o.cand].wn) {
		o.cand, o.first = ci, k.first
		if k.suffix != "" {
			o.suffix = k.suffix
		}
	}
	if !exact {
		s.byKey[key] = e // an exact match is there already
	}
	if int(c.span.start) < s.ents[e].firstAt {
		s.ents[e].firstAt = int(c.span.start)
	}
	s.ents[e].noteTitled(c.gender)
	c.ent = int32(e)
}

// noteTitled records g, the gender a mention's title implies, unless one
// is known already.
func (e *personEnt) noteTitled(g Gender) {
	if e.titled == GenderUnknown {
		e.titled = g
	}
}

// coordinated reports whether candidate ci is joined by "and" (or a
// comma) to a neighbouring candidate that names a person.
func (s *peopleScan) coordinated(ci int) bool {
	joined := func(a, b int) bool {
		gap := strings.TrimSpace(s.text[s.cands[a].span.end:s.cands[b].span.start])
		gap = strings.TrimPrefix(strings.TrimPrefix(gap, "’s"), "'s")
		gap = strings.TrimSpace(gap)
		return gap == "and" || gap == "," || gap == ", and"
	}
	if ci+1 < len(s.cands) && s.cands[ci+1].ent >= 0 && joined(ci, ci+1) {
		return true
	}
	return ci > 0 && s.cands[ci-1].ent >= 0 && joined(ci-1, ci)
}

// attachMulti finds the entity a multi-word candidate names: the same
// surname with a compatible first word, or the tail of a longer name
// ("Delgado Vidal" of "Ana Delgado Vidal").
func (s *peopleScan) attachMulti(words []string, k nameKey, names nameIndex) int {
	best := -1
	for _, ei := range s.namesakes(names[k.surname], asSurname) {
		o := s.ents[ei]
		if !suffixCompatible(o.suffix, k.suffix) {
			continue
		}
		if s.givenCompatible(o.first, k.first) || isTail(s.entWords(o), words) {
			if best < 0 || o.lastAt > s.ents[best].lastAt {
				best = ei
			}
		}
	}
	return best
}

// suffixCompatible reports whether names with suffixes a and b can be one
// person: the same suffix, or a roman numeral one side leaves out
// ("Harold Pike III"); "Jr." tells a son from his father.
func suffixCompatible(a, b string) bool {
	return a == b || (a == "" && romanSuffixes.contains(b)) || (b == "" && romanSuffixes.contains(a))
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

// attachSingle finds the entity a one-word candidate names: by surname
// (the most recently mentioned), else by a first name only one entity has.
// r is what the name index knows of the word.
func (s *peopleScan) attachSingle(c *nameCand, k nameKey, r [2][]int) int {
	w := k.surname
	if c.ev&(evPrep|evPlaceOf) != 0 && (s.lx.isPlace(w) || s.lx.isCity(w)) {
		return -1 // "in Austin" is no mention of Lloyd Austin
	}
	namesakes := s.namesakes(r, asSurname)
	if ents := s.compatible(namesakes, k.suffix, c.gender); len(ents) > 0 {
		return s.mostRecent(s.keepHonorific(ents, honorificForm(c)), int(c.span.start))
	}
	if k.suffix == "" && !s.anyUnsuffixed(namesakes) {
		// "Ann Lee Jr. … Lee said": a bare surname names the son when
		// the text names no one of that surname without a suffix.
		var sons []int
		for _, e := range namesakes {
			if s.genderFits(s.ents[e], c.gender) {
				sons = append(sons, e)
			}
		}
		if len(sons) > 0 {
			return s.mostRecent(sons, int(c.span.start))
		}
	}
	if len(r[asSurname]) > 0 {
		return -1
	}
	// "Brannock Jr." style words are keyed by surname; a bare first name:
	if ents := s.namesakes(r, asFirst); len(ents) > 0 && w != "" {
		if len(ents) == 1 || c.ev&evTitle == 0 {
			return s.mostRecent(ents, int(c.span.start))
		}
	}
	return -1
}

// genderFits reports whether a mention of gender g (from Mr., Mrs.) can
// name e: its first name is not usually given to the other gender, or,
// when the first name does not tell, no earlier mention's title gave it
// the other gender ("Ms. Khan" is not the man called "Mr. Khan" or "her
// son").
func (s *peopleScan) genderFits(e *personEnt, g Gender) bool {
	if g == GenderUnknown {
		return true
	}
	if e.first != "" {
		if eg, ok := s.lx.firstName(e.first); ok && eg != GenderUnknown {
			return eg == g
		}
	}
	return e.titled == GenderUnknown || e.titled == g
}

// anyUnsuffixed reports whether one of ents has a name without a suffix.
func (s *peopleScan) anyUnsuffixed(ents []int) bool {
	for _, e := range ents {
		if s.ents[e].suffix == "" {
			return true
		}
	}
	return false
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
		if !s.genderFits(e, g) {
			continue // "Mrs. Brannock" is not Victor Brannock
		}
		out = append(out, ei)
	}
	return out
}

// keepHonorific returns the namesakes of ents the text has called by the
// honorific form already when some have not been: after "Mrs. Voss" has
// named the senator, her daughter introduced as "Ida Voss" does not take
// "Mrs. Voss" over (a writer gives the daughter her given name).
// Otherwise, and for the surname alone (form 0), it returns ents.
func (s *peopleScan) keepHonorific(ents []int, form uint8) []int {
	if form == 0 || len(ents) < 2 {
		return ents
	}
	var out []int
	for _, e := range ents {
		if s.ents[e].honorifics&form != 0 {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return ents
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

// addEnt appends e to the entities and returns its index.
func (s *peopleScan) addEnt(e personEnt) int {
	s.ents = append(s.ents, &e)
	return len(s.ents) - 1
}
