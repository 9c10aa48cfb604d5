package history

import (
	"slices"
	"strings"
)

// The state file also keeps which feed items were read, so that a feed's
// list marks the new ones the next time it is opened, as a feed reader
// does. An item is known by ItemKey of its link; the MaxReadMarks most
// recently read are kept.

// MaxReadMarks is how many feed items the file remembers as read.
const MaxReadMarks = 5000

// ItemKey is the key of a feed item's read mark: Key of its link, so
// that the file holds no addresses.
func ItemKey(link string) string { return Key([]byte(link)) }

// readMarks is the set of items read: when each was read, in Unix
// seconds, by ItemKey, and which were marked since the last Save.
type readMarks struct {
	when    map[string]int64
	changed map[string]bool
}

func newReadMarks() readMarks {
	return readMarks{when: map[string]int64{}, changed: map[string]bool{}}
}

// MarkRead records that the item with link was read. Nothing is written
// until Save.
func (s *Store) MarkRead(link string) {
	k := ItemKey(link)
	s.marks.when[k] = s.now().Unix()
	s.marks.changed[k] = true
}

// IsRead reports whether the item with link was read.
func (s *Store) IsRead(link string) bool {
	_, ok := s.marks.when[ItemKey(link)]
	return ok
}

// fill adds the marks of earlier that r does not hold (see Store.Fill).
func (r *readMarks) fill(earlier readMarks) {
	for k, t := range earlier.when {
		if _, ok := r.when[k]; !ok {
			r.when[k] = t
		}
	}
	pruneMarks(r.when, MaxReadMarks)
}

// merge returns the marks to write: onFile, what the file holds now, with
// the marks r made since the last Save; r takes the file's marks it did
// not know.
func (r *readMarks) merge(onFile map[string]int64) map[string]int64 {
	merged := make(map[string]int64, len(onFile)+len(r.changed))
	for k, t := range onFile {
		merged[k] = t
		if _, ok := r.when[k]; !ok {
			r.when[k] = t
		}
	}
	for k := range r.changed {
		merged[k] = r.when[k]
	}
	pruneMarks(merged, MaxReadMarks)
	pruneMarks(r.when, MaxReadMarks)
	return merged
}

// pruneMarks deletes all but the n most recently read marks, ties
// ordered by key.
func pruneMarks(marks map[string]int64, n int) {
	if len(marks) <= n {
		return
	}
	keys := make([]string, 0, len(marks))
	for k := range marks {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if ta, tb := marks[a], marks[b]; ta != tb {
			if ta > tb {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[n:] {
		delete(marks, k)
	}
}
