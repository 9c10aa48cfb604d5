package extract

import (
	"fmt"
	"io/fs"
	"strings"
	"unicode/utf8"
)

// Lexicon holds the word lists extraction asks about a word, with what
// each says of it. Load it once with LoadLexicon and share it; it is
// read-only after loading, so it is safe for concurrent use.
type Lexicon struct {
	words      map[string]wordInfo // every entry of indexedLists, the titles and the function words
	titleLongs map[string]string   // the long forms of title abbreviations: "sen." → "senator"
}

// indexedLists are the lists, relative to wordlistDir, whose entries
// the Lexicon records with their facts: those assets/gen makes, then
// hand-made ones.
var indexedLists = [...]struct {
	file  string
	facts uint32
}{
	{"first_names.tsv", factFirstLoose}, // "name\tM|F|U", "?" after a name that is also a word
	{"surnames.txt", factSurname | factNamePart},
	{"name_parts.txt", factNamePart},      // given or family names of many cultures
	{"words.txt", factWord},               // lower-case English dictionary words
	{"proper_nouns.txt", factProper},      // the dictionary's capitalized entries: names, places
	{"places.txt", factPlace},             // countries, capitals, US states
	{"cities.txt", factCity},              // big cities
	{"demonyms.txt", factDemonym},         // nationality adjectives
	{"companies.txt", factCompany},        // company and brand names
	{"hand_nonpeople.txt", factNonPerson}, // institutions, outlets, groups, things
	{"hand_org_words.txt", factOrg},       // words that make a phrase an organisation ("Party")
	{"hand_calendar.txt", factCalendar},   // months, days
	{"hand_speech_verbs.tsv", factSpeech}, // verbs of saying, "P" after those that mark a person
}

// titleKind says how a title word relates to a name it stands before.
// The kinds rise in strength, which decides when a word is listed twice:
// a head is stronger than an honorific, which is stronger than a modifier.
type titleKind uint8

const (
	notTitle  titleKind = iota
	titleMod            // former, foreign, vice: part of a role phrase
	honorific           // Mr., Dr.: a title that is no role
	titleHead           // president, senator, spokeswoman: a role
)

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
	lx := &Lexicon{words: make(map[string]wordInfo, 180_000)} // the generated lists hold 160,000 entries
	for _, l := range indexedLists {
		text, err := readList(fsys, l.file)
		if err != nil {
			return nil, err
		}
		lx.addList(text, l.facts)
	}
	text, err := readList(fsys, "hand_titles.tsv")
	if err != nil {
		return nil, err
	}
	lx.addTitles(text)
	for w := range functionWords {
		lx.addFacts(w, factFunction)
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
	return text, nil
}

// addTitles records the entries of hand_titles.tsv, word<TAB>kind
// [gender] [=long], and the long forms of the abbreviations.
func (lx *Lexicon) addTitles(data string) {
	lx.titleLongs = map[string]string{}
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
				lx.titleLongs[word] = long
			} else {
				ti.gender = parseGender(x)
			}
		}
		wi := lx.words[word]
		if wi.ti.kind > ti.kind {
			return // a word listed twice keeps its strongest kind
		}
		wi.ti = ti
		lx.words[word] = wi
	})
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
