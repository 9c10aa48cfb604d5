package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	if len(words) == 1 {
		return s.notPersonCached(words[0], words)
	}
	// Look the phrase up without making it a string first: most are
	// asked about before.
	b := s.phraseBuf[:0]
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	s.phraseBuf = b
	if not, ok := s.notPerson[string(b)]; ok {
		return not
	}
	return s.notPersonCached(string(b), words)
}

// notPersonCached is notPersonWords, remembered.
func (s *peopleScan) notPersonCached(phrase string, words []string) bool {
	not, ok := s.notPerson[phrase]
	if !ok {
		not = s.notPersonWords(phrase, words)
		s.notPerson[phrase] = not
	}
	return not
}

// notPersonWords is notPersonPhrase without the cache.
func (s *peopleScan) notPersonWords(phrase string, words []string) bool {
	lx := s.lx
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
		// Companies named after people: "Hewlett Packard" (listed as
		// "hewlett-packard"), "Lockheed Martin" (a first word that is a
		// company and no name).
		if lx.isCompany(strings.Join(words, "-")) || (lx.isCompany(words[0]) && !lx.isNamePart(words[0])) {
			return true
		}
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
	strong := c.ev&(evTitle|evSpeech|evAppos|evWho|evCredit|evAffil|evAge|evAccording) != 0 ||
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
