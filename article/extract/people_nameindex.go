// The index coreference keeps while it links names: entities by a word
// of their names.

package extract

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
