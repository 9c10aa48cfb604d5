package extract

import (
	"strings"
	"sync"
)

// scanScratch is the memory a people's scan works in besides its memo:
// the candidates, their words, the tokens of a paragraph, the entities
// and resolve's maps. Fresh memory is dear (the runtime zeroes it, the
// system maps it in, the collector runs for it), so a finished scan
// hands its scratch to the next one.
type scanScratch struct {
	cands []nameCand
	words []string
	toks  []token
	kinds []lineKind
	ents  []*personEnt
	block []personEnt // where the entities are; see addEnt
	// namesakes is the answer of peopleScan.namesakes, matches that of
	// peopleScan.compatible.
	namesakes []int
	matches   []int
	// resolve's maps and pending single words, empty between scans.
	byKey   map[nameKey]int
	names   nameIndex
	pending pendingWords
	// keyText holds the lower case of the names' key words (see
	// lowerKeyWord); it starts anew in each scan, the keys keeping the
	// text of the last one.
	keyText strings.Builder
	// notPerson is the scan's cache of notPersonPhrase, empty between
	// scans.
	notPerson map[string]bool
	pronouns  []pronounAt
	// people's memory: the entities' candidates (byEnt, see groupByKey),
	// their order, the forms of one person, the pronouns' votes.
	byEnt []int
	entOf []int32 // each candidate's entity, the keys of byEnt
	order []int
	forms []setForm
	votes [][3]int
}

// scratches holds the scratch of finished scans.
var scratches sync.Pool

// maxKeptCands bounds the scratch that is kept: a long text's is let go
// with it rather than held for the short ones that follow.
const maxKeptCands = 1 << 14

// takeScratch returns a scratch for a scan of n bytes, with empty slices
// of at least the capacities that text is expected to need.
func takeScratch(n int) *scanScratch {
	sc, _ := scratches.Get().(*scanScratch)
	if sc == nil {
		sc = &scanScratch{}
	}
	// News text has a capitalized phrase every 60 bytes or so, a name
	// word every 40; short texts run denser (headlines).
	sc.cands = ensureCap(sc.cands[:0], n/56+64)
	sc.words = ensureCap(sc.words[:0], n/40+8)
	// An entity every eight candidates or so in an article; a long text
	// repeats its people, so their room is capped (addEnt grows it).
	sc.ents = ensureCap(sc.ents[:0], min(n/448+16, 1024))
	sc.block = ensureCap(sc.block[:0], min(n/448+16, 1024))
	if sc.notPerson == nil {
		// A phrase to judge every 200 bytes or so.
		sc.notPerson = make(map[string]bool, min(n/200, 4096))
	}
	return sc
}

// ensureCap returns s, or a new empty slice when s cannot hold n.
func ensureCap[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s
}

// give hands the scratch to the next scan; it must not be used after.
// The slices are cleared so that they keep no text alive.
func (sc *scanScratch) give() {
	if cap(sc.cands) > maxKeptCands {
		return
	}
	clear(sc.words[:cap(sc.words)])
	clear(sc.toks[:cap(sc.toks)])
	clear(sc.ents[:cap(sc.ents)])
	clear(sc.block[:cap(sc.block)])
	clear(sc.forms[:cap(sc.forms)])
	clear(sc.byKey)
	sc.keyText.Reset()
	clear(sc.names)
	clear(sc.notPerson)
	clear(sc.pending.words[:cap(sc.pending.words)])
	sc.pending.words, sc.pending.cands, sc.pending.places = sc.pending.words[:0], sc.pending.cands[:0], sc.pending.places[:0]
	scratches.Put(sc)
}

// release hands s's scratch, with the slices as they grew, to the next
// scan; s must not be used after.
func (s *peopleScan) release() {
	sc := s.scratch
	if sc == nil {
		return
	}
	sc.cands, sc.words, sc.kinds, sc.pronouns = s.cands, s.words, s.kinds, s.pronouns
	if s.matches != nil {
		sc.matches = s.matches
	}
	if s.ents != nil {
		sc.ents = s.ents
	}
	s.scratch, s.cands, s.words, s.kinds, s.ents, s.pronouns, s.matches = nil, nil, nil, nil, nil, nil, nil
	sc.give()
}

// addEnt appends e to the entities and returns its index. The entities
// live in the scratch's block; when it is full, a new block takes the
// next ones and the entities made before stay in the old one.
func (s *peopleScan) addEnt(e personEnt) int {
	sc := s.scratch
	if len(sc.block) == cap(sc.block) {
		sc.block = make([]personEnt, 0, max(16, 2*cap(sc.block)))
	}
	sc.block = append(sc.block, e)
	s.ents = append(s.ents, &sc.block[len(sc.block)-1])
	return len(s.ents) - 1
}

// resolveMaps returns the scratch's maps for resolve, empty; when there
// are none yet, it makes them for about keys full names and words words.
func (sc *scanScratch) resolveMaps(keys, words int) (map[nameKey]int, nameIndex) {
	if sc.byKey == nil {
		sc.byKey = make(map[nameKey]int, keys)
		sc.names = make(nameIndex, words)
	}
	return sc.byKey, sc.names
}
