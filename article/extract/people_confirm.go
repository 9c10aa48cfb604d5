package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameLike reports whether w, whose word lists' record is inf, can be a
// word of a person's name: "Bernie", "de", "Jr.", "J.", but not "Party"
// or "Table".
func nameLike(w string, inf wordInfo) bool {
	if nameConnectors.hasLower(w) || isNameSuffix(w) {
		return true
	}
	if inf.has(factOrg | factCalendar | factNonPerson) {
		return false
	}
	return isInitialWord(w) || !inf.has(factWord) || inf.has(factNamePart)
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

// notPersonWords reports whether the words of a name of two words or more
// name a known non-person: a place, company, institution, group or date
// ("South Korea", "Boston Red Sox"), or hold an organisation word.
func (s *peopleScan) notPersonWords(words []string) bool {
	lx := s.lx
	whole := lx.info(strings.Join(words, " ")) // a phrase is asked as a whole
	if whole.has(factPlace | factCity | factCompany | factNonPerson | factDemonym) {
		return true
	}
	var first, last wordInfo // what the lists say of the first and last words
	for i, w := range words {
		inf := lx.info(w)
		org := inf.has(factOrg) && !(i == 0 && inf.has(factNamePart)) // a name part may open it
		date := inf.has(factCalendar) && !inf.has(factNamePart)
		demonym := i == 0 && inf.has(factDemonym) &&
			!(len(words) == 2 && demonymFirstName(inf, lx.info(words[1])))
		if org || date || demonym || inf.has(factNonPerson) {
			return true
		}
		if i == 0 {
			first = inf
		}
		last = inf
	}
	// Companies named after people: "Hewlett Packard" (listed as
	// "hewlett-packard"), "Lockheed Martin" (a first word that is a
	// company and no name).
	if (first.has(factCompany) && !first.has(factNamePart)) ||
		lx.info(strings.Join(words, "-")).has(factCompany) {
		return true
	}
	// "South Australia", "Boston Red Sox", "Houston Astros".
	if last.has(factPlace) && !last.has(factSurname) {
		return true
	}
	if first.has(factPlace) && !first.has(factFirst) && !last.has(factSurname) {
		return true // "South Korea"; but "Carla M. Voss", "Chad Johnson"
	}
	// a team: "Arizona Diamondbacks", "Denver Broncos"
	return first.has(factPlace|factCity) && hasSuffixFold(words[len(words)-1], "s") && !last.has(factNamePart)
}

// isPluralNoun reports whether w, in any case, is the plural of a
// dictionary word and no known name ("Rangers", "Brothers"; not "Rogers").
func (s *peopleScan) isPluralNoun(w string) bool {
	n := len(w)
	if n < 4 || !hasSuffixFold(w, "s") || s.lx.info(w).has(factSurname|factFirst) {
		return false
	}
	return s.lx.info(w[:n-1]).has(factWord) ||
		hasSuffixFold(w[:n-1], "e") && s.lx.info(w[:n-2]).has(factWord) // "Boxes"
}

// founds reports whether a multi-word nameCand is confirmed as a person
// on its own evidence.
func (s *peopleScan) founds(c *nameCand) bool {
	words := s.cwords(c)
	n := nameLen(words)
	if n < 2 || n > 5 || s.notPersonWords(words) {
		return false
	}
	const personEv = evTitle | evSpeech | evAppos | evWho | evCredit | evAffil | evAge
	strongCtx := c.ev&personEv != 0 || (n >= 3 && isInitialWord(words[1])) // "Carla M. Voss"
	first, last := s.lx.info(words[0]), s.lx.info(words[n-1])
	if first.has(factCity) && !last.has(factSurname) && !strongCtx {
		return false // "Boston Red Sox", unless the context shows a person
	}
	if !s.wordsNameLike(words[:n], first, last, strongCtx) {
		return false
	}
	// a given name, or one that is also a word before a surname ("Rusty Malone")
	surname := c.ev&evSentStart == 0 && last.has(factSurname) && !last.has(factWord|factCity)
	fn := first.has(factFirst) || isInitialWord(words[0]) ||
		first.has(factFirstLoose) && (!first.has(factWord) || surname)
	strong := c.ev&(personEv|evAccording) != 0 || (c.ev&evOfOrg != 0 && s.dictionaryWords(words[:n]) == 0)
	if c.ev&evThe != 0 && (!fn || s.isPluralNoun(words[n-1])) {
		return false // "the Golden Rangers said": a team, though Golden is a given name
	}
	if c.ev&evPlaceOf != 0 || (c.ev&evModifier != 0 && !strong) {
		return false
	}
	// In a headline, only a known first name before a word that is no
	// common word ("Ian Talbridge", not "Rusty Nail"); the body will
	// confirm the rest.
	if c.ev&evWeak != 0 && !strong && (!first.has(factFirst) || last.has(factWord)) {
		return false
	}
	if fn {
		// not a place after a preposition: "in Chelsea Park"
		return strong || !first.has(factPlace) || c.ev&evPrep == 0
	}
	return strong || c.ev&(evWeak|evPrep) == 0 && s.knownNameParts(words[:n], first)
}

// wordsNameLike reports whether every word of a name looks like a part
// of one, first and last being what the lists say of the first and last
// words: a first name that is also a word may open it, and a surname
// that is a word ("Helen Baker", "Nina Porter") may close it after a
// first name, where the context shows a person (strongCtx).
func (s *peopleScan) wordsNameLike(words []string, first, last wordInfo, strongCtx bool) bool {
	n := len(words)
	for i, w := range words {
		inf := first // the lists answer in any case
		switch {
		case i == n-1:
			inf = last
		case i > 0:
			inf = s.lx.info(w)
		}
		if !nameLike(w, inf) && !(i == 0 && first.has(factFirstLoose)) &&
			!(i == n-1 && i > 0 && first.has(factFirst) && strongCtx && !last.has(factOrg)) {
			return false
		}
	}
	return true
}

// knownNameParts reports whether a name without a known first name is one
// all the same: its first word no common word ("New England", "Wells
// Fargo"), every word a known name part, and not all of them words.
func (s *peopleScan) knownNameParts(words []string, first wordInfo) bool {
	if first.has(factWord) || s.isCamelCase(words[0]) {
		return false
	}
	for _, w := range words {
		if !s.lx.info(w).has(factNamePart) && !isInitialWord(w) {
			return false
		}
	}
	return s.dictionaryWords(words) < len(words)
}

// dictionaryWords returns how many of words are dictionary words, in any
// case.
func (s *peopleScan) dictionaryWords(words []string) int {
	n := 0
	for _, w := range words {
		if s.lx.info(w).has(factWord) {
			n++
		}
	}
	return n
}

// singleFounds reports whether the mentions cis of the one word w are
// together enough evidence of a person known by that word alone.
func (s *peopleScan) singleFounds(w string, cis []int) bool {
	if utf8.RuneCountInString(w) < 2 || isNameSuffix(w) || isInitialWord(w) {
		return false // "Tom Reyes, Jr., said", "Sen. Ada Voss, R-S.C., said"
	}
	inf := s.lx.info(w)
	if inf.has(factPlace|factCompany|factNonPerson|factDemonym|factOrg|factCalendar) ||
		headlineSmallWords.contains(w) || nameDeterminers.contains(w) {
		return false
	}
	dict, listed := inf.has(factWord), inf.has(factNamePart)
	if !listed && (inf.title().kind != notTitle || inf.has(factCity)) {
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
		if isShouted(s.firstWord(c)) {
			return false
		}
		if dict {
			// A common word needs a title or a speech verb: "Mr. Baker",
			// "Grant said".
			if (c.ev&evTitle != 0 && (listed || inf.has(factProper))) || (c.ev&evSpeech != 0 && listed && c.ev&evWeak == 0) {
				return true
			}
			continue
		}
		// A title, a speech verb, an apposition: "Gov. Brandvold", "Okafor said";
		// not a place the speakers are in: "critics in Tarnby said"
		if c.ev&evTitle != 0 || c.ev&evSpeech != 0 && c.ev&evPrep == 0 {
			return true
		}
		if hyphen {
			continue // "Brannock-Fenwick rallies": a ticket, not a person
		}
		if c.ev&(evWho|evAppos|evAge) != 0 {
			return true
		}
		if c.ev&evVerb != 0 && c.ev&evPrep == 0 {
			if listed {
				return true
			}
			weak++
		}
	}
	// An unknown word that acts like a person twice: "Brandvold believes".
	return weak >= 2 && !hyphen && !s.isCamelCase(s.firstWord(&s.cands[cis[0]]))
}

// isCamelCase reports whether w has an inner capital that no name prefix
// explains ("NewsHub", "YouTube"), the mark of a brand.
func (s *peopleScan) isCamelCase(w string) bool {
	for i, r := range w {
		if i == 0 || !unicode.IsUpper(r) {
			continue
		}
		// not after a hyphen or apostrophe ("Smith-Jones", "O'Neill")
		prev, _ := utf8.DecodeLastRuneInString(w[:i])
		if unicode.IsLetter(prev) && !camelPrefixes.hasLower(w[:i]) {
			return true
		}
	}
	return false
}
