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
	var cache []memoEntry
	if c, ok := memoCaches.Get().(*[]memoEntry); ok && cap(*c) >= size {
		cache = (*c)[:size] // cleared when it was given back
	} else {
		cache = make([]memoEntry, size)
	}
	return &memoLex{Lexicon: lx, cache: cache, mask: uint32(size - 1)}
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
	c := m.cache[:cap(m.cache)]
	clear(c)
	memoCaches.Put(&c)
	m.cache = nil
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

func (m *memoLex) isWord(w string) bool         { return m.info(w).has(factWord) }
func (m *memoLex) isFunctionWord(w string) bool { return m.info(w).has(factFunction) }
func (m *memoLex) isProper(w string) bool       { return m.info(w).has(factProper) }
func (m *memoLex) isSurname(w string) bool      { return m.info(w).has(factSurname) }
func (m *memoLex) isNamePart(w string) bool     { return m.info(w).has(factNamePart) }
func (m *memoLex) isPlace(w string) bool        { return m.info(w).has(factPlace) }
func (m *memoLex) isCity(w string) bool         { return m.info(w).has(factCity) }
func (m *memoLex) isDemonym(w string) bool      { return m.info(w).has(factDemonym) }
func (m *memoLex) isCompany(w string) bool      { return m.info(w).has(factCompany) }
func (m *memoLex) isNonPerson(w string) bool    { return m.info(w).has(factNonPerson) }
func (m *memoLex) isOrgWord(w string) bool      { return m.info(w).has(factOrg) }
func (m *memoLex) isCalendar(w string) bool     { return m.info(w).has(factCalendar) }
func (m *memoLex) isSpeechVerb(w string) bool   { return m.info(w).has(factSpeech) }
func (m *memoLex) title(w string) titleInfo     { return m.info(w).title() }

func (m *memoLex) firstName(w string) (Gender, bool) { return m.info(w).firstName(factFirst) }
func (m *memoLex) firstNameLoose(w string) (Gender, bool) {
	return m.info(w).firstName(factFirstLoose)
}

// foldEqual reports whether a and b are equal when ASCII letters are
// folded to lower case.
func foldEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] && lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}
