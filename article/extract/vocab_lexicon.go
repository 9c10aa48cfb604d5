package extract

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

// Lexicon holds the word lists extraction relies on. Load it once with
// LoadLexicon and share it; it is read-only after loading, so it is safe for
// concurrent use.
//
// The generated lists stay as the text they are embedded as. The first
// time the Lexicon is asked about a word (or when Prepare is called), one
// hash table over the entries of all lists is built (factIndex), so that
// every question about a word costs one lookup.
type Lexicon struct {
	generated  [len(generatedLists)]string // the text of generatedLists, in order
	titles     map[string]titleInfo        // hand_titles.tsv
	titleLongs map[string]string           // its abbreviations: "sen." → "senator"
	lists      map[wordList]wordSet        // the hand-made lists of vocab_lists.go

	once  sync.Once
	index *factIndex
}

// generatedLists are the lists assets/gen makes, relative to wordlistDir,
// with the facts the index records of their entries. The first names
// ("name\tM|F|U", "?" after a name that is also a word) are read with
// their gender by buildIndex, and the demonyms give their plurals too.
var generatedLists = [...]struct {
	file  string
	facts uint32
}{
	{"first_names.tsv", factFirstLoose},
	{"surnames.txt", factSurname | factNamePart},
	{"name_parts.txt", factNamePart}, // given or family names of many cultures
	{"words.txt", factWord},          // lower-case English dictionary words
	{"proper_nouns.txt", factProper}, // the dictionary's capitalized entries: names, places
	{"places.txt", factPlace},        // countries, capitals, US states
	{"cities.txt", factCity},         // big cities
	{"demonyms.txt", factDemonym},    // nationality adjectives
	{"companies.txt", factCompany},   // company and brand names
}

// titleKind says how a title word relates to a name it stands before.
type titleKind uint8

const (
	notTitle  titleKind = iota
	honorific           // Mr., Dr.: a title that is no role
	titleHead           // president, senator, spokeswoman: a role
	titleMod            // former, foreign, vice: part of a role phrase
)

// titleRank orders the kinds when a word is listed twice: a head is
// stronger than an honorific, which is stronger than a modifier.
var titleRank = [...]int{notTitle: 0, titleMod: 1, honorific: 2, titleHead: 3}

// titleInfo is one entry of the title list.
type titleInfo struct {
	kind   titleKind
	gender Gender
}

// wordlistDir is the folder of the lists in LoadLexicon's file system.
const wordlistDir = "wordlists/"

// StringFS is a file system that can hand out a file's contents as a
// string without copying them, as assets.FS does for the embedded word
// lists. LoadLexicon uses it when its file system has the method.
type StringFS interface {
	ReadFileString(name string) (string, error)
}

// LoadLexicon reads the word lists from fsys, which holds a wordlists
// folder (assets.FS). A missing list is an error.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{}
	var err error
	for i, l := range generatedLists {
		if lx.generated[i], err = readList(fsys, l.file); err != nil {
			return nil, err
		}
	}
	text, err := readList(fsys, "hand_titles.tsv")
	if err != nil {
		return nil, err
	}
	lx.titles, lx.titleLongs = parseTitles(text)
	lx.lists = make(map[wordList]wordSet, len(wordLists))
	for _, l := range wordLists {
		if text, err = readList(fsys, string(l)); err != nil {
			return nil, err
		}
		lx.lists[l] = parseList(text)
	}
	return lx, nil
}

// readList returns the text of the list wordlistDir+name of fsys, without
// a copy when fsys is a StringFS.
func readList(fsys fs.FS, name string) (string, error) {
	name = wordlistDir + name
	var text string
	var err error
	if sfs, ok := fsys.(StringFS); ok {
		text, err = sfs.ReadFileString(name)
	} else {
		var b []byte
		b, err = fs.ReadFile(fsys, name)
		text = string(b)
	}
	if err != nil {
		return "", fmt.Errorf("extract: load lexicon: %w", err)
	}
	if len(text) > infoMaxOffset {
		return "", fmt.Errorf("extract: load lexicon: %s is larger than %d bytes", name, infoMaxOffset)
	}
	return text, nil
}

// parseTitles reads hand_titles.tsv: word<TAB>kind [gender] [=long],
// and returns the entries and the long forms of the abbreviations.
func parseTitles(data string) (map[string]titleInfo, map[string]string) {
	m := map[string]titleInfo{}
	longs := map[string]string{}
	listLines(data, func(word, rest string) {
		f := strings.Fields(rest)
		if len(f) == 0 {
			return
		}
		var ti titleInfo
		switch f[0] {
		case "H":
			ti.kind = honorific
		case "T":
			ti.kind = titleHead
		case "m":
			ti.kind = titleMod
		default:
			return
		}
		word = strings.ToLower(word)
		for _, x := range f[1:] {
			if long, ok := strings.CutPrefix(x, "="); ok {
				longs[word] = long
			} else {
				ti.gender = parseGender(x)
			}
		}
		if old, ok := m[word]; ok && titleRank[old.kind] > titleRank[ti.kind] {
			return // a word listed twice keeps its strongest kind
		}
		m[word] = ti
	})
	return m, longs
}

func parseGender(s string) Gender {
	switch s {
	case "M":
		return GenderMale
	case "F":
		return GenderFemale
	}
	return GenderUnknown
}

// isLowerASCII reports whether s is ASCII without upper-case letters.
func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// lookupLower returns m[strings.ToLower(w)]. A short ASCII word is
// lowered into a buffer rather than a new string: the word sets are asked
// about capitalized words all the time. BenchmarkAnalyze/10KB/1worker,
// three alternating runs of 2,000: 13.2-14.5 MB/s and 1,345 allocations
// with it, 11.8-13.6 MB/s and 2,528 allocations with strings.ToLower.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	if isLowerASCII(w) {
		v, ok := m[w]
		return v, ok
	}
	var buf [32]byte
	if len(w) <= len(buf) && isASCII(w) {
		b := buf[:len(w)]
		for i := 0; i < len(w); i++ {
			b[i] = lowerASCII(w[i])
		}
		v, ok := m[string(b)]
		return v, ok
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
}
