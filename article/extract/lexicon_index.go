package extract

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// wordList is a word list as embedded: lower-case entries, one a line; an
// entry may carry a value after a tab.
//
// The bytes stay as they are. The first time the list is asked about, it
// builds an open-addressing hash table of the offsets of its lines (a few
// milliseconds for all the lists; Lexicon.Prepare builds them ahead of
// time), so that a lookup costs one hash and, almost always, one
// comparison, where a bisection of the bytes took a score of them. Keys
// match in any case without being lower-cased first, so a lookup does not
// allocate.
type wordList struct {
	data  []byte // never modified
	once  sync.Once
	slots []uint64 // hash<<32 | (line offset + 1); 0 is an empty slot
	mask  uint32   // len(slots) - 1; len(slots) is a power of two
}

// newWordList returns the list of the lines of data, which it keeps.
func newWordList(data []byte) *wordList {
	return &wordList{data: data}
}

// Prepare indexes the word lists now rather than on the first lookup,
// which otherwise pays for it (a few milliseconds). A program may call it
// in a goroutine at start-up; it is safe for concurrent use.
func (lx *Lexicon) Prepare() {
	for _, l := range []*wordList{lx.firstNames, lx.surnames, lx.nameParts, lx.words,
		lx.proper, lx.places, lx.cities, lx.demonyms, lx.companies} {
		if l != nil {
			l.once.Do(l.index)
		}
	}
}

// index builds the hash table. Building it on first use keeps LoadLexicon
// cheap, so the reader's first screen does not wait for it.
func (l *wordList) index() {
	data := l.data
	n := bytes.Count(data, []byte{'\n'}) + 1
	size := 8
	for size < n+n/3 { // at most three quarters full
		size <<= 1
	}
	l.slots = make([]uint64, size)
	l.mask = uint32(size - 1)
	for start := 0; start < len(data); {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += start
		}
		entry := data[start:end]
		if t := bytes.IndexByte(entry, '\t'); t >= 0 {
			entry = entry[:t]
		}
		if len(entry) > 0 {
			l.insert(entry, start)
		}
		start = end + 1
	}
}

// insert adds the entry at offset off; an entry listed twice keeps its
// first line.
func (l *wordList) insert(entry []byte, off int) {
	h := foldHash(entry)
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		s := l.slots[i]
		if s == 0 {
			l.slots[i] = uint64(h)<<32 | uint64(off+1)
			return
		}
		if uint32(s>>32) == h {
			if _, ok := l.entryAt(int(uint32(s))-1, string(entry)); ok { // no copy: the conversion does not escape
				return
			}
		}
	}
}

// has reports whether key, in any case, is an entry.
func (l *wordList) has(key string) bool {
	_, ok := l.get(key)
	return ok
}

// get returns the value stored with key, in any case ("" when the entry
// has none).
func (l *wordList) get(key string) (string, bool) {
	if l == nil || key == "" || len(l.data) == 0 {
		return "", false
	}
	l.once.Do(l.index)
	if !isASCII(key) {
		key = strings.ToLower(key) // ASCII letters fold below; others here
	}
	h := foldHash(key)
	for i := h & l.mask; ; i = (i + 1) & l.mask {
		s := l.slots[i]
		if s == 0 {
			return "", false
		}
		if uint32(s>>32) == h {
			if v, ok := l.entryAt(int(uint32(s))-1, key); ok {
				return v, true
			}
		}
	}
}

// entryAt reports whether the line at off holds the entry key (ASCII
// letters of key in any case) and returns the entry's value.
func (l *wordList) entryAt(off int, key string) (string, bool) {
	d := l.data[off:]
	if len(d) < len(key) {
		return "", false
	}
	for i := 0; i < len(key); i++ {
		if d[i] != lowerASCII(key[i]) {
			return "", false
		}
	}
	d = d[len(key):]
	switch {
	case len(d) == 0 || d[0] == '\n':
		return "", true
	case d[0] == '\t':
		d = d[1:]
		if nl := bytes.IndexByte(d, '\n'); nl >= 0 {
			d = d[:nl]
		}
		return listValue(d), true
	}
	return "", false
}

// foldHash is the FNV-1a hash of s that ignores the case of ASCII
// letters: it hashes every byte with its 0x20 bit set, which lower-cases
// letters (and merges a few punctuation pairs, which costs only a
// comparison).
func foldHash[T string | []byte](s T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i] | 0x20)
		h *= 16777619
	}
	return h
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
