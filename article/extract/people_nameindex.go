// The indexes coreference keeps while it links names: entities by a word
// of their names, and the words still waiting for an entity.

package extract

import (
	"iter"
	"slices"
)

// nameIndex finds entities by a lower-case word of their names. Each
// word's entities are chained, from the newest one through personEnt's
// prev, so that the index makes no slice per word.
type nameIndex map[string]nameRefs

// nameRefs is what a nameIndex knows of a word: the newest entities
// with it as surname and as first name, and its place among the pending
// words; -1 for none.
type nameRefs struct {
	ents    [2]int32 // by nameRole
	pending int32
}

// nameRole is how a word names an entity.
type nameRole int

const (
	asSurname nameRole = iota
	asFirst
)

// refs returns the newest entities named by w.
func (x nameIndex) refs(w string) nameRefs {
	if r, ok := x[w]; ok {
		return r
	}
	return nameRefs{ents: [2]int32{-1, -1}, pending: -1}
}

// add chains entity ei, e, to those w names in role.
func (x nameIndex) add(w string, role nameRole, ei int, e *personEnt) {
	r := x.refs(w)
	e.prev[role] = r.ents[role]
	r.ents[role] = int32(ei)
	x[w] = r
}

// namesakes returns the last maxNamesakes entities of r's chain for role,
// oldest first.
func (s *peopleScan) namesakes(r nameRefs, role nameRole) []int {
	if r.ents[role] < 0 {
		return nil // most words name no entity
	}
	var out []int
	for e := r.ents[role]; e >= 0 && len(out) < maxNamesakes; e = s.ents[e].prev[role] {
		out = append(out, int(e))
	}
	slices.Reverse(out)
	return out
}

// add records candidate ci of word w, whose place among the words is at,
// or -1 for a new word, and returns the place.
func (p *pendingWords) add(w string, at int32, ci int) int32 {
	if at < 0 {
		at = int32(len(p.words))
		p.words = append(p.words, w)
	}
	p.cands = append(p.cands, int32(ci))
	p.places = append(p.places, at)
	return at
}

// maxNamesakes bounds how many entities sharing a surname or first name
// are compared with a new mention, so that a text naming thousands of
// Smiths stays linear; the most recently created ones are kept.
const maxNamesakes = 32

// pendingWords gathers the candidates of single words, lower case, that
// named no entity, grouped by word; it allocates a few slices however
// many words there are. Where a word is among them is kept by the
// caller (in the nameIndex).
type pendingWords struct {
	words []string // in order of first appearance
	// The candidates added, in order, and the places of their words.
	cands, places []int32
}

// groups yields each word, in order of first appearance, with its
// candidates in the order they were added.
func (p *pendingWords) groups() iter.Seq2[string, []int] {
	return func(yield func(string, []int) bool) {
		cis, start := groupByKey(len(p.words), p.places)
		for k, i := range cis {
			cis[k] = int(p.cands[i])
		}
		for wi, w := range p.words {
			if !yield(w, cis[start[wi]:start[wi+1]]) {
				return
			}
		}
	}
}
