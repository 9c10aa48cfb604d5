package extract

import (
	"strings"
	"sync"
)

// memoLex is the Lexicon as one analysis asks it. Questions about a word
// come in runs and words repeat through an article, so the answers about
// recent words are kept in a small direct-mapped cache, which stays in the
// processor's cache where the Lexicon's index (megabytes) does not, along
// with their lower case. It is not safe for concurrent use; each scan
// makes its own.
type memoLex struct {
	*Lexicon
	cache []memoEntry // len is a power of two
	mask  uint32
	// pooled is where the cache goes back to memoCaches.
	pooled *[]memoEntry
}

// memoEntry is what the memo knows of one word.
type memoEntry struct {
	word  string
	info  wordInfo
	lower string // "" until asked
}

// newMemoLex returns the memo of one analysis of n bytes of text.
func newMemoLex(lx *Lexicon, n int) *memoLex {
	lx.Prepare()
	// A news article brings a new word every 40 bytes or so at first,
	// and few after some tens of thousands.
	size := 128
	for size < n/32 && size < 16<<10 {
		size <<= 1
	}
	c, ok := memoCaches.Get().(*[]memoEntry)
	if !ok || cap(*c) < size {
		fresh := make([]memoEntry, size)
		c = &fresh
	}
	cache := (*c)[:size] // cleared when it was given back
	return &memoLex{Lexicon: lx, cache: cache, mask: uint32(size - 1), pooled: c}
}

// memoCaches holds the caches of finished analyses for the next ones, as
// scratches does the rest of a scan's memory.
var memoCaches sync.Pool

// release gives the memo's cache to the next analysis, cleared so that it
// keeps no text alive; m must not be used after.
func (m *memoLex) release() {
	if m == nil || m.cache == nil {
		return
	}
	clear(m.cache[:cap(m.cache)])
	*m.pooled = m.cache[:cap(m.cache)]
	memoCaches.Put(m.pooled)
	m.cache, m.pooled = nil, nil
}

// slotOf returns the entry of the memo where w is kept.
func (m *memoLex) slotOf(w string) *memoEntry { return &m.cache[quickHash(w)&m.mask] }

// slot returns the entry of the memo where w is kept, and whether it
// holds w. Answers and lower case are the same for w in any case, so
// "Will" and "will" share the entry.
func (m *memoLex) slot(w string) (*memoEntry, bool) {
	e := m.slotOf(w)
	// The same token is often asked about several times in a row, so
	// an exact match, often the same string, is tried first.
	return e, (e.word == w || foldEqual(e.word, w)) && w != ""
}

// fill makes e the record of w.
func (m *memoLex) fill(e *memoEntry, w string) *memoEntry {
	e.word, e.lower = w, ""
	e.info = m.index.lookup(w)
	return e
}

// quickHash hashes the length and the first, middle and last bytes of w,
// ASCII letters in any case: enough to spread the words of an article
// over the memo, in a few instructions whatever the word's length.
func quickHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(w[0]|0x20)<<8 | uint32(w[n-1]|0x20)<<16 | uint32(w[n/2]|0x20)<<24
	h *= 0x9E3779B1
	return h >> 16
}

// info returns what the lists say of w.
func (m *memoLex) info(w string) wordInfo {
	e, ok := m.slot(w)
	if ok {
		return e.info // phrases are not kept: w is a word
	}
	if strings.IndexByte(w, ' ') >= 0 { // a phrase is rarely asked twice
		return m.index.lookup(w)
	}
	return m.fill(e, w).info
}

// lower returns w in lower case.
func (m *memoLex) lower(w string) string {
	if isLowerASCII(w) {
		return w
	}
	e, ok := m.slot(w)
	if !ok {
		if strings.IndexByte(w, ' ') >= 0 {
			return strings.ToLower(w) // a phrase, rarely asked twice
		}
		m.fill(e, w)
	}
	if e.lower == "" {
		if e.info != 0 && isASCII(w) {
			e.lower = m.index.keyText(e.info, len(w)) // the lists are lower case
		} else {
			e.lower = strings.ToLower(w)
		}
	}
	return e.lower
}

// The questions below take a word or phrase in any case.

// isWord reports whether w, lower-cased, is an English dictionary word.
func (m *memoLex) isWord(w string) bool { return m.info(w).has(factWord) }

// isSurname reports whether w is a common (US census) surname.
func (m *memoLex) isSurname(w string) bool { return m.info(w).has(factSurname) }

// isNamePart reports whether w is a known given or family name.
func (m *memoLex) isNamePart(w string) bool { return m.info(w).has(factNamePart) }

// isPlace reports whether the phrase names a country, a capital or a US
// state.
func (m *memoLex) isPlace(p string) bool { return m.info(p).has(factPlace) }

// isCity reports whether the phrase names a big city. Many are surnames
// too (Carson, Lincoln), so context may overrule it.
func (m *memoLex) isCity(p string) bool { return m.info(p).has(factCity) }

// isDemonym reports whether w is a nationality adjective ("Russian") or
// its plural ("Syrians").
func (m *memoLex) isDemonym(w string) bool { return m.info(w).has(factDemonym) }

// isCompany reports whether the phrase is a known company name.
func (m *memoLex) isCompany(p string) bool { return m.info(p).has(factCompany) }

// isNonPerson reports whether the phrase is a known institution, outlet,
// group or thing that is no person.
func (m *memoLex) isNonPerson(p string) bool { return m.info(p).has(factNonPerson) }

// isOrgWord reports whether w marks an organisation or place ("Party").
func (m *memoLex) isOrgWord(w string) bool { return m.info(w).has(factOrg) }

// isCalendar reports whether w is a month, a day or its abbreviation.
func (m *memoLex) isCalendar(w string) bool { return m.info(w).has(factCalendar) }

// isSpeechVerb reports whether w is a verb of saying ("said", "told").
func (m *memoLex) isSpeechVerb(w string) bool { return m.info(w).has(factSpeech) }

// title returns what the title list says of w.
func (m *memoLex) title(w string) titleInfo { return m.info(w).title() }

// firstName reports whether w is a known given name that is not also a
// common word, with the gender the name usually has (GenderUnknown when it
// is given to both). info(w).firstName(factFirstLoose) also accepts given
// names that are common words ("Will", "Rusty").
func (m *memoLex) firstName(w string) (Gender, bool) { return m.info(w).firstName(factFirst) }
