package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// personEnt is one person (an entity) being built from candidates.
type personEnt struct {
	cand    int    // the candidate that gives its fullest name
	first   string // lower-case first word ("" for a single-word name)
	surname string // lower-case last word without suffix
	suffix  string // lower-case suffix ("jr."), or ""
	firstAt int    // where it is first mentioned
	lastAt  int    // the latest mention passed while attaching
	// titled is the gender the first gendered title of its mentions so
	// far implies ("Mr.", "son"), or GenderUnknown.
	titled Gender
	// honorifics are the honorificForms its mentions so far took.
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

// firstWord returns the first word of candidate c.
func (s *peopleScan) firstWord(c *nameCand) string {
	w := s.words[c.w0]
	return s.text[w.start:w.end]
}

// phrase returns the words of candidate c joined by spaces.
func (s *peopleScan) phrase(c *nameCand) string { return strings.Join(s.cwords(c), " ") }

// keyOf splits a name into its first word, surname and suffix: "Tom
// Reyes Jr." → tom, reyes, jr.
func (s *peopleScan) keyOf(words []string) nameKey {
	k := nameKey{n: nameLen(words)}
	if k.n < len(words) {
		k.suffix = strings.TrimSuffix(strings.ToLower(words[k.n]), ".")
	}
	if k.n > 0 {
		k.surname = strings.ToLower(words[k.n-1])
	}
	if k.n > 1 {
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

// givenCompatible reports whether two lower-case first words can name
// the same person: one is missing, they are one name or nicknames
// ("Bill", "William"), or one is an initial or a prefix of three letters
// or more of the other ("Rob", "Robert"), unless they are given names of
// opposite gender ("Paul", "Paula").
func (s *peopleScan) givenCompatible(a, b string) bool {
	if a == "" || b == "" || sameGiven(a, b) {
		return true
	}
	short, long := strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	if len(short) > len(long) {
		short, long = long, short
	}
	if (len(short) < 3 && utf8.RuneCountInString(short) != 1) || !strings.HasPrefix(long, short) {
		return false
	}
	ga, _ := s.lx.firstName(a)
	gb, _ := s.lx.firstName(b)
	return ga == GenderUnknown || gb == GenderUnknown || ga == gb
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
		coord := slices.ContainsFunc(cis, func(ci int) bool { return coordSingles[ci] })
		if !coord && !s.singleFounds(w, cis) {
			continue
		}
		e := s.addEnt(personEnt{cand: cis[0], surname: w, firstAt: int(s.cands[cis[0]].span.start)})
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
			if s.lx.info(words[0]).has(factFirst) {
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
			e = s.sameNamed(cw, k, names, false)
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

// found makes candidate ci, a confirmed name, an entity, or merges it
// into the entity it names (sameNamed), which takes the longer name.
func (s *peopleScan) found(ci int, names nameIndex) {
	c := &s.cands[ci]
	words := s.cwords(c)
	k := s.keyOf(words)
	key := nameKey{first: k.first, surname: k.surname, suffix: k.suffix}
	e, exact := s.byKey[key]
	if !exact {
		if e = s.sameNamed(words, k, names, true); e < 0 {
			e = s.addEnt(personEnt{cand: ci, first: k.first, surname: k.surname, suffix: k.suffix, lastAt: -1,
				firstAt: int(c.span.start)})
			names.add(k.surname, asSurname, e)
		}
		s.byKey[key] = e
	}
	o := s.ents[e]
	if len(words) > int(s.cands[o.cand].wn) {
		o.cand, o.first = ci, k.first
		if k.suffix != "" {
			o.suffix = k.suffix
		}
	}
	o.firstAt = min(o.firstAt, int(c.span.start))
	o.noteTitled(c.gender)
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

// sameNamed returns the entity of k's surname that the multi-word name
// words (key k) names, the most recently mentioned, or -1: one with a
// compatible suffix and first word, or whose name ends in words ("Delgado
// Vidal" of "Ana Delgado Vidal"), or, when longer is set, whose name
// words end in.
func (s *peopleScan) sameNamed(words []string, k nameKey, names nameIndex, longer bool) int {
	best := -1
	for _, ei := range s.namesakes(names[k.surname], asSurname) {
		o := s.ents[ei]
		if !suffixCompatible(o.suffix, k.suffix) {
			continue
		}
		ow := s.cwords(&s.cands[o.cand])
		if s.givenCompatible(o.first, k.first) || isTail(ow, words) || (longer && isTail(words, ow)) {
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

// isTail reports whether part is the end of the longer full, word for
// word in any case: "Delgado Vidal" of "Ana Delgado Vidal".
func isTail(full, part []string) bool {
	return len(part) < len(full) && slices.EqualFunc(full[len(full)-len(part):], part, strings.EqualFold)
}

// attachSingle finds the entity a one-word candidate names: by surname
// (the most recently mentioned), else by a first name: the one entity
// with it, or, without a title, the most recent of several.
// r is what the name index knows of the word.
func (s *peopleScan) attachSingle(c *nameCand, k nameKey, r [2][]int) int {
	if w := k.surname; c.ev&(evPrep|evPlaceOf) != 0 && s.lx.info(w).has(factPlace|factCity) {
		return -1 // "in Austin" is no mention of Lloyd Austin
	}
	namesakes := s.namesakes(r, asSurname)
	if ents := s.compatible(namesakes, k.suffix, c.gender); len(ents) > 0 {
		// An honorific form names whom it named before: after "Mrs. Voss"
		// named the senator, it stays hers when her daughter "Ida Voss"
		// comes in.
		form := honorificForm(c)
		calledSo := func(e int) bool { return s.ents[e].honorifics&form != 0 }
		return s.mostRecent(keepIf(ents, calledSo), int(c.span.start))
	}
	// "Ann Lee Jr. … Lee said": a bare surname names the son when the
	// text names no one of that surname without a suffix.
	unsuffixed := func(e int) bool { return s.ents[e].suffix == "" }
	if k.suffix == "" && !slices.ContainsFunc(namesakes, unsuffixed) {
		if sons := s.compatible(namesakes, anySuffix, c.gender); len(sons) > 0 {
			return s.mostRecent(sons, int(c.span.start))
		}
	}
	if len(r[asSurname]) > 0 {
		return -1
	}
	// A first name names the one entity with it, or, untitled, the most
	// recent: "Ann said", not "Dr. Ann said" of two Anns.
	if ents := s.namesakes(r, asFirst); len(ents) == 1 || (len(ents) > 1 && c.ev&evTitle == 0) {
		return s.mostRecent(ents, int(c.span.start))
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
		if eg, _ := s.lx.firstName(e.first); eg != GenderUnknown {
			return eg == g
		}
	}
	return e.titled == GenderUnknown || e.titled == g
}

// anySuffix is the suffix for which compatible asks about gender alone.
const anySuffix = "*"

// compatible returns the entities of ents that a mention with the given
// suffix and gender (from Mr., Mrs.) can name: "Mrs. Brannock" is not
// Victor Brannock.
func (s *peopleScan) compatible(ents []int, suffix string, g Gender) []int {
	var out []int
	for _, ei := range ents {
		e := s.ents[ei]
		if (suffix == anySuffix || suffixCompatible(e.suffix, suffix)) && s.genderFits(e, g) {
			out = append(out, ei)
		}
	}
	return out
}

// mostRecent picks, among ents, the one mentioned last before at, or else
// the first one mentioned.
func (s *peopleScan) mostRecent(ents []int, at int) int {
	best := -1
	for _, ei := range ents {
		if last := s.ents[ei].lastAt; last >= 0 && last < at && (best < 0 || last > s.ents[best].lastAt) {
			best = ei
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

// nameIndex finds entities by a lower-case word of their names: for each
// word, the entities with it as surname and as first name (by nameRole),
// oldest first.
type nameIndex map[string][2][]int

// nameRole is how a word names an entity.
type nameRole int

const (
	asSurname nameRole = iota
	asFirst
)

// add records that w names entity ei in role.
func (x nameIndex) add(w string, role nameRole, ei int) {
	r := x[w]
	r[role] = append(r[role], ei)
	x[w] = r
}

// namesakes returns the last maxNamesakes entities of refs in role, oldest
// first.
func (s *peopleScan) namesakes(refs [2][]int, role nameRole) []int {
	ents := refs[role]
	return ents[max(0, len(ents)-maxNamesakes):]
}

// maxNamesakes bounds how many entities sharing a surname or first name
// are compared with a new mention, so that a text naming thousands of
// Smiths stays linear; the most recently created ones are kept.
const maxNamesakes = 32
