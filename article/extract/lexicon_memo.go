package extract

import "strings"

// memoLex answers the per-word questions of the Lexicon and remembers the
// answers for one analysis, so that a word repeated through an article is
// looked up once. It is not safe for concurrent use; each findPeople call
// makes its own.
type memoLex struct {
	*Lexicon
	cache map[string]*wordFacts
	// The last word asked about: questions about one word come in runs.
	lastWord  string
	lastFacts *wordFacts
	slab      []wordFacts // records not yet used, allocated 64 at a time
}

// wordFacts holds the answers known so far for one word or phrase.
type wordFacts struct {
	known, is uint32 // bit i of known: fact i computed; bit i of is: its value
	first     Gender // gender of the first name, when factFirst or factFirstLoose
	lower     string // the word in lower case, once asked for
	title     titleInfo
}

// The facts memoLex remembers.
const (
	factWord uint32 = 1 << iota
	factProper
	factFirst
	factFirstLoose
	factSurname
	factNamePart
	factPlace
	factCity
	factDemonym
	factCompany
	factNonPerson
	factOrg
	factCalendar
	factSpeech
	factTitle
	factFunction
)

func newMemoLex(lx *Lexicon) *memoLex {
	return &memoLex{Lexicon: lx, cache: make(map[string]*wordFacts, 256)}
}

// fact returns fact f of w, computing it the first time.
func (m *memoLex) fact(w string, f uint32) (bool, *wordFacts) {
	wf := m.facts(w)
	if wf.known&f == 0 {
		wf.known |= f
		if m.compute(w, f, wf) {
			wf.is |= f
		}
	}
	return wf.is&f != 0, wf
}

// facts returns the record of w, made empty the first time.
func (m *memoLex) facts(w string) *wordFacts {
	if m.lastFacts != nil && w == m.lastWord {
		return m.lastFacts
	}
	wf := m.cache[w]
	if wf == nil {
		if len(m.slab) == 0 {
			m.slab = make([]wordFacts, 64)
		}
		wf = &m.slab[0]
		m.slab = m.slab[1:]
		m.cache[w] = wf
	}
	m.lastWord, m.lastFacts = w, wf
	return wf
}

// compute asks the Lexicon for fact f of w.
func (m *memoLex) compute(w string, f uint32, wf *wordFacts) bool {
	lx := m.Lexicon
	if f != factFunction {
		w = m.lower(w) // lower once, not in every list searched
	}
	switch f {
	case factWord:
		return lx.isWord(w)
	case factProper:
		return lx.isProper(w)
	case factFirst:
		g, ok := lx.firstName(w)
		if ok {
			wf.first = g
		}
		return ok
	case factFirstLoose:
		g, ok := lx.firstNameLoose(w)
		if ok && wf.first == GenderUnknown {
			wf.first = g
		}
		return ok
	case factSurname:
		return lx.isSurname(w)
	case factNamePart:
		return lx.isNamePart(w)
	case factPlace:
		return lx.isPlace(w)
	case factCity:
		return lx.isCity(w)
	case factDemonym:
		return lx.isDemonym(w)
	case factCompany:
		return lx.isCompany(w)
	case factNonPerson:
		return lx.isNonPerson(w)
	case factOrg:
		return lx.isOrgWord(w)
	case factCalendar:
		return lx.isCalendar(w)
	case factSpeech:
		return lx.isSpeechVerb(w)
	case factTitle:
		wf.title = lx.title(w)
		return wf.title.kind != notTitle
	case factFunction:
		return functionWords[m.lower(w)]
	}
	return false
}

func (m *memoLex) is(w string, f uint32) bool {
	if strings.IndexByte(w, ' ') >= 0 {
		// A phrase ("Exxon Mobil") is rarely asked about twice: ask the
		// Lexicon rather than fill the cache with every name in the text.
		var wf wordFacts
		return m.compute(w, f, &wf)
	}
	ok, _ := m.fact(w, f)
	return ok
}

func (m *memoLex) isWord(w string) bool         { return m.is(w, factWord) }
func (m *memoLex) isFunctionWord(w string) bool { return m.is(w, factFunction) }

// lower returns w in lower case.
func (m *memoLex) lower(w string) string {
	if isLowerASCII(w) || strings.IndexByte(w, ' ') >= 0 {
		return lowerKey(w) // w itself, or a phrase, rarely asked twice
	}
	wf := m.facts(w)
	if wf.lower == "" {
		wf.lower = lowerKey(w)
	}
	return wf.lower
}
func (m *memoLex) isProper(w string) bool     { return m.is(w, factProper) }
func (m *memoLex) isSurname(w string) bool    { return m.is(w, factSurname) }
func (m *memoLex) isNamePart(w string) bool   { return m.is(w, factNamePart) }
func (m *memoLex) isPlace(w string) bool      { return m.is(w, factPlace) }
func (m *memoLex) isCity(w string) bool       { return m.is(w, factCity) }
func (m *memoLex) isDemonym(w string) bool    { return m.is(w, factDemonym) }
func (m *memoLex) isCompany(w string) bool    { return m.is(w, factCompany) }
func (m *memoLex) isNonPerson(w string) bool  { return m.is(w, factNonPerson) }
func (m *memoLex) isOrgWord(w string) bool    { return m.is(w, factOrg) }
func (m *memoLex) isCalendar(w string) bool   { return m.is(w, factCalendar) }
func (m *memoLex) isSpeechVerb(w string) bool { return m.is(w, factSpeech) }

func (m *memoLex) firstName(w string) (Gender, bool) {
	ok, wf := m.fact(w, factFirst)
	if !ok {
		return GenderUnknown, false
	}
	return wf.first, true
}

func (m *memoLex) firstNameLoose(w string) (Gender, bool) {
	ok, wf := m.fact(w, factFirstLoose)
	if !ok {
		return GenderUnknown, false
	}
	return wf.first, true
}

func (m *memoLex) title(w string) titleInfo {
	ok, wf := m.fact(w, factTitle)
	if !ok {
		return titleInfo{}
	}
	return wf.title
}
