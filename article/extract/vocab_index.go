package extract

import (
	"strings"
	"unicode/utf8"
)

// wordInfo is everything the word lists say of one word or phrase, packed
// in 64 bits: the facts (which lists hold it), the gender of a first name,
// what the title list says, and where the entry's text is, so that a
// lookup can check it is the word asked about. 0 means no list holds it.
type wordInfo uint64

// The fields of a wordInfo, from the lowest bit up.
const (
	infoOffBits    = 21 // offset of the entry in its source text
	infoSrcShift   = infoOffBits
	infoSrcBits    = 4 // which source text
	infoFactShift  = infoSrcShift + infoSrcBits
	infoFactBits   = 17 // the fact* bits
	infoFirstShift = infoFactShift + infoFactBits
	infoTitleShift = infoFirstShift + 2 // 2 bits of titleKind, 2 of its gender
	infoTagShift   = infoTitleShift + 4
	infoMaxOffset  = 1<<infoOffBits - 1
	infoMaxSources = 1 << infoSrcBits
)

// The facts a wordInfo records, one bit each.
const (
	factWord         uint32 = 1 << iota // words.txt: a lower-case dictionary word
	factProper                          // proper_nouns.txt
	factFirst                           // a first name that is not also a common word
	factFirstLoose                      // any first name
	factSurname                         // surnames.txt
	factNamePart                        // a given or family name of any list
	factPlace                           // places.txt
	factCity                            // cities.txt
	factDemonym                         // demonyms.txt, or its plural
	factCompany                         // companies.txt
	factNonPerson                       // hand_nonpeople.txt
	factOrg                             // hand_org_words.txt
	factCalendar                        // hand_calendar.txt
	factSpeech                          // hand_speech_verbs.tsv
	factSpeechPerson                    // the verbs marked P there
	factFunction                        // functionWords
)

// has reports whether fact f holds.
func (wi wordInfo) has(f uint32) bool { return uint32(wi>>infoFactShift)&f != 0 }

// firstGender is the usual gender of the first name.
func (wi wordInfo) firstGender() Gender { return Gender(wi>>infoFirstShift) & 3 }

// firstName reports whether the word is a first name by fact f
// (factFirst or factFirstLoose), and its usual gender.
func (wi wordInfo) firstName(f uint32) (Gender, bool) {
	if !wi.has(f) {
		return GenderUnknown, false
	}
	return wi.firstGender(), true
}

// title is what the title list says.
func (wi wordInfo) title() titleInfo {
	return titleInfo{kind: titleKind(wi>>infoTitleShift) & 3, gender: Gender(wi>>(infoTitleShift+2)) & 3}
}

// factIndex is one open-addressing hash table over the entries of every
// word list, so that a word costs one hash and, almost always, one
// comparison, however many lists are asked about it. Entries point into
// the lists' text, which stays as it was embedded; keys match in any case
// without being lower-cased first, so a lookup does not allocate.
//
// It stays for its measured gain over a map[string]wordInfo of the same
// entries (tried on the way to issue 12): BenchmarkAnalyze/10KB/1worker
// took 10-20% more CPU time with the map, and BenchmarkPrepareLexicon
// (the first analysis of a process) 100 ms and 17.7 MB instead of 32 ms
// and 6 MB.
type factIndex struct {
	srcs  []string   // the texts entries point into
	slots []wordInfo // 0 is an empty slot
	mask  uint32     // len(slots) - 1; len(slots) is a power of two
	n     int        // entries
}

// newFactIndex returns an empty index sized for about n entries.
func newFactIndex(n int) *factIndex {
	x := &factIndex{}
	x.alloc(n)
	return x
}

func (x *factIndex) alloc(n int) {
	size := 8
	for size < n+n/3 { // at most three quarters full
		size <<= 1
	}
	x.slots = make([]wordInfo, size)
	x.mask = uint32(size - 1)
}

// lookup returns what the lists say of key, in any case.
func (x *factIndex) lookup(key string) wordInfo {
	if key == "" || x == nil {
		return 0
	}
	h, ascii := foldHashASCII(key)
	if !ascii {
		key = strings.ToLower(key) // ASCII letters fold in find; others here
		h = foldHash(key)
	}
	return *x.find(key, h)
}

// find returns the slot of key, an ASCII key whose foldHash is h: its
// entry, or the empty slot where it would go.
func (x *factIndex) find(key string, h uint32) *wordInfo {
	tag := wordInfo(h) >> 15 << infoTagShift
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		if s := x.slots[i]; s == 0 || s>>infoTagShift<<infoTagShift == tag && x.entryIs(s, key) {
			return &x.slots[i]
		}
	}
}

// entryIs reports whether the entry s points at is key (ASCII letters of
// key in any case).
func (x *factIndex) entryIs(s wordInfo, key string) bool {
	d := x.srcs[s>>infoSrcShift&(infoMaxSources-1)][s&infoMaxOffset:]
	if len(d) < len(key) {
		return false
	}
	if len(d) > len(key) && d[len(key)] != '\n' && d[len(key)] != '\t' {
		return false // the entry is longer than key
	}
	d = d[:len(key)]
	for i := 0; i < len(key); i++ {
		if d[i] != asciiLower[key[i]] {
			return false
		}
	}
	return true
}

// slot returns the slot of the entry key at offset off of source src,
// adding it when it is new. key is src's text at off, lower case.
func (x *factIndex) slot(src, off int, key string) *wordInfo {
	if x.n+1 > len(x.slots)*3/4 {
		x.grow()
	}
	h := foldHash(key)
	s := x.find(key, h)
	if *s == 0 {
		*s = wordInfo(h)>>15<<infoTagShift | wordInfo(src)<<infoSrcShift | wordInfo(off)
		x.n++
	}
	return s
}

// grow doubles the table.
func (x *factIndex) grow() {
	old := x.slots
	x.alloc(len(old))
	for _, s := range old {
		if s != 0 {
			key := x.keyOf(s)
			*x.find(key, foldHash(key)) = s
		}
	}
}

// keyOf returns the text of the entry s points at.
func (x *factIndex) keyOf(s wordInfo) string {
	d := x.srcs[s>>infoSrcShift&(infoMaxSources-1)][s&infoMaxOffset:]
	if end := strings.IndexAny(d, "\t\n"); end >= 0 {
		d = d[:end]
	}
	return d
}

// addSource adds a text that entries point into and returns its number.
func (x *factIndex) addSource(text string) int {
	if len(x.srcs) == infoMaxSources || len(text) > infoMaxOffset+1 {
		panic("extract: too many or too large word lists for the index") // LoadLexicon's lists are neither
	}
	x.srcs = append(x.srcs, text)
	return len(x.srcs) - 1
}

// lines calls fn with the offset, key and value of every line of text:
// the key is the line up to a tab, the value what follows it.
func lines(text string, fn func(off int, key, value string)) {
	for off := 0; off < len(text); {
		line := text[off:]
		next := len(text)
		if nl := strings.IndexByte(line, '\n'); nl >= 0 {
			line = line[:nl]
			next = off + nl + 1
		}
		key, value, _ := strings.Cut(line, "\t")
		if key != "" {
			fn(off, key, value)
		}
		off = next
	}
}

// setFacts adds facts f to the slot.
func setFacts(s *wordInfo, f uint32) { *s |= wordInfo(f) << infoFactShift }

// foldHash is the FNV-1a hash of s that ignores the case of ASCII
// letters: it hashes every byte with its 0x20 bit set, which lower-cases
// letters (and merges a few punctuation pairs, which costs only a
// comparison).
func foldHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i] | 0x20)
		h *= 16777619
	}
	return h
}

// foldHashASCII is foldHash of s, and whether s is ASCII, in one pass,
// for lookup, the busiest function of an analysis (see readASCIIWord
// for what two passes cost).
func foldHashASCII(s string) (h uint32, ascii bool) {
	h = uint32(2166136261)
	var seen byte
	for i := 0; i < len(s); i++ {
		seen |= s[i]
		h ^= uint32(s[i] | 0x20)
		h *= 16777619
	}
	return h, seen < utf8.RuneSelf
}

// asciiLower maps each byte to itself with ASCII letters lowered.
var asciiLower = func() (t [256]byte) {
	for c := range t {
		t[c] = lowerASCII(byte(c))
	}
	return t
}()

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

// Prepare builds the Lexicon's index now rather than on the first lookup,
// which otherwise pays for it (a few milliseconds). A program may call it
// in a goroutine at start-up; it is safe for concurrent use.
func (lx *Lexicon) Prepare() { lx.once.Do(lx.buildIndex) }
