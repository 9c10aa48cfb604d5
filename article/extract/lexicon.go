package extract

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"
)

// Lexicon holds the word lists extraction relies on. Load it once with
// LoadLexicon and share it; it is read-only after loading, so it is safe for
// concurrent use.
//
// The big lists (names, places, dictionary words) stay as the sorted text
// they are embedded as and are searched in place by bisection, so loading
// costs almost nothing; the small hand-made lists become maps.
type Lexicon struct {
	firstNames *sortedList // "name\tM|F|U", "?" after a name that is also a word
	surnames   *sortedList
	nameParts  *sortedList // given or family names of many cultures
	words      *sortedList // lower-case English dictionary words
	proper     *sortedList // the dictionary's capitalized entries: names, places
	places     *sortedList // countries, capitals, US states
	cities     *sortedList // big cities
	demonyms   *sortedList
	companies  *sortedList

	titles      map[string]titleInfo // hand_titles.tsv
	orgWords    map[string]bool      // hand_org_words.txt
	nonPeople   map[string]bool      // hand_nonpeople.txt
	calendar    map[string]bool      // hand_calendar.txt
	speechVerbs map[string]bool      // hand_speech_verbs.txt
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

// The files LoadLexicon reads, relative to the root of its file system.
const (
	wordlistDir     = "wordlists/"
	fileFirstNames  = wordlistDir + "first_names.tsv"
	fileSurnames    = wordlistDir + "surnames.txt"
	fileNameParts   = wordlistDir + "name_parts.txt"
	fileWords       = wordlistDir + "words.txt"
	fileProper      = wordlistDir + "proper_nouns.txt"
	filePlaces      = wordlistDir + "places.txt"
	fileCities      = wordlistDir + "cities.txt"
	fileDemonyms    = wordlistDir + "demonyms.txt"
	fileCompanies   = wordlistDir + "companies.txt"
	fileTitles      = wordlistDir + "hand_titles.tsv"
	fileOrgWords    = wordlistDir + "hand_org_words.txt"
	fileNonPeople   = wordlistDir + "hand_nonpeople.txt"
	fileCalendar    = wordlistDir + "hand_calendar.txt"
	fileSpeechVerbs = wordlistDir + "hand_speech_verbs.txt"
)

// LoadLexicon reads the word lists from fsys, which holds a wordlists
// folder (assets.FS). A missing list is an error; the generated lists must
// be sorted, as assets/gen writes them.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{}
	read := func(name string) ([]byte, error) {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("extract: load lexicon: %w", err)
		}
		return b, nil
	}
	sorted := []struct {
		name string
		dst  **sortedList
	}{
		{fileFirstNames, &lx.firstNames},
		{fileSurnames, &lx.surnames},
		{fileNameParts, &lx.nameParts},
		{fileWords, &lx.words},
		{fileProper, &lx.proper},
		{filePlaces, &lx.places},
		{fileCities, &lx.cities},
		{fileDemonyms, &lx.demonyms},
		{fileCompanies, &lx.companies},
	}
	for _, s := range sorted {
		data, err := read(s.name)
		if err != nil {
			return nil, err
		}
		*s.dst = newSortedList(data)
	}
	sets := []struct {
		name string
		dst  *map[string]bool
	}{
		{fileOrgWords, &lx.orgWords},
		{fileNonPeople, &lx.nonPeople},
		{fileCalendar, &lx.calendar},
		{fileSpeechVerbs, &lx.speechVerbs},
	}
	for _, s := range sets {
		data, err := read(s.name)
		if err != nil {
			return nil, err
		}
		*s.dst = parseSet(string(data))
	}
	data, err := read(fileTitles)
	if err != nil {
		return nil, err
	}
	lx.titles = parseTitles(string(data))
	return lx, nil
}

// parseSet reads one lower-case entry a line; '#' starts a comment line.
func parseSet(data string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		m[strings.ToLower(line)] = true
	}
	return m
}

// parseTitles reads hand_titles.tsv: word<TAB>kind [gender].
func parseTitles(data string) map[string]titleInfo {
	m := map[string]titleInfo{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		word, rest, _ := strings.Cut(line, "\t")
		f := strings.Fields(rest)
		if len(f) == 0 {
			continue
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
			continue
		}
		if len(f) > 1 {
			ti.gender = parseGender(f[1])
		}
		word = strings.ToLower(word)
		if old, ok := m[word]; ok && titleRank[old.kind] > titleRank[ti.kind] {
			continue // a word listed twice keeps its strongest kind
		}
		m[word] = ti
	}
	return m
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

// The lookups below take a word or phrase in any case.

// firstName reports whether w is a known given name that is not also a
// common word, with the gender the name usually has (GenderUnknown when it
// is given to both).
func (lx *Lexicon) firstName(w string) (Gender, bool) {
	v, ok := lx.firstNames.get(w)
	if !ok || strings.HasSuffix(v, "?") {
		return GenderUnknown, false
	}
	return parseGender(v), true
}

// firstNameLoose is firstName that also accepts given names that are
// common words ("Will", "Mitt").
func (lx *Lexicon) firstNameLoose(w string) (Gender, bool) {
	v, ok := lx.firstNames.get(w)
	if !ok {
		return GenderUnknown, false
	}
	return parseGender(strings.TrimSuffix(v, "?")), true
}

// isSurname reports whether w is a common (US census) surname.
func (lx *Lexicon) isSurname(w string) bool { return lx.surnames.has(w) }

// isNamePart reports whether w is a known given or family name.
func (lx *Lexicon) isNamePart(w string) bool {
	if lx.nameParts.has(w) || lx.surnames.has(w) {
		return true
	}
	_, ok := lx.firstName(w)
	return ok
}

// isWord reports whether w, lower-cased, is an English dictionary word.
func (lx *Lexicon) isWord(w string) bool { return lx.words.has(w) }

// isProper reports whether the dictionary lists w with a capital (Bill,
// Hope, Moscow), as a proper noun.
func (lx *Lexicon) isProper(w string) bool { return lx.proper.has(w) }

// isPlace reports whether the phrase names a country, a capital or a US
// state.
func (lx *Lexicon) isPlace(p string) bool { return lx.places.has(p) }

// isCity reports whether the phrase names a big city. Many are surnames
// too (Carson, Lincoln), so context may overrule it.
func (lx *Lexicon) isCity(p string) bool { return lx.cities.has(p) }

// isDemonym reports whether w is a nationality adjective ("Russian").
func (lx *Lexicon) isDemonym(w string) bool {
	if lx.demonyms.has(w) {
		return true
	}
	// Plurals: "Russians", "Syrians".
	if n := len(w); n > 3 && (w[n-1] == 's' || w[n-1] == 'S') {
		return lx.demonyms.has(w[:n-1])
	}
	return false
}

// isCompany reports whether the phrase is a known company name.
func (lx *Lexicon) isCompany(p string) bool { return lx.companies.has(p) }

// isNonPerson reports whether the phrase is a known institution, outlet,
// group or thing that is no person.
func (lx *Lexicon) isNonPerson(p string) bool { return lx.nonPeople[lowerKey(p)] }

// isOrgWord reports whether w marks an organisation or place ("Party").
func (lx *Lexicon) isOrgWord(w string) bool { return lx.orgWords[lowerKey(w)] }

// isCalendar reports whether w is a month, a day or its abbreviation.
func (lx *Lexicon) isCalendar(w string) bool { return lx.calendar[lowerKey(w)] }

// isSpeechVerb reports whether w is a verb of saying ("said", "told").
func (lx *Lexicon) isSpeechVerb(w string) bool { return lx.speechVerbs[lowerKey(w)] }

// title returns what the title list says of w.
func (lx *Lexicon) title(w string) titleInfo { return lx.titles[lowerKey(w)] }

// lowerKey lower-cases s, without allocating when it is already lower case.
func lowerKey(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// sortedList is a word list as embedded: lower-case entries, one a line,
// sorted in byte order; an entry may carry a value after a tab. It is
// searched in place by bisection over the bytes, so it needs neither
// parsing nor an index: the binary starts fast, and an article that asks
// about a few hundred words pays only for those.
type sortedList struct {
	data   []byte // never modified
	tabs   bool   // whether entries carry values
	spaces bool   // whether some entries are phrases ("new york")
}

// newSortedList returns the list of the lines of data, which it keeps.
func newSortedList(data []byte) *sortedList {
	return &sortedList{
		data:   data,
		tabs:   bytes.IndexByte(data, '\t') >= 0,
		spaces: bytes.IndexByte(data, ' ') >= 0,
	}
}

// has reports whether key is an entry.
func (l *sortedList) has(key string) bool {
	_, ok := l.get(key)
	return ok
}

// get returns the value stored with key ("" when the entry has none).
func (l *sortedList) get(key string) (string, bool) {
	if l == nil || key == "" || len(l.data) == 0 || (!l.spaces && strings.IndexByte(key, ' ') >= 0) {
		return "", false
	}
	key = lowerKey(key)
	s := l.data
	lo, hi := 0, len(s) // search the lines that start in [lo, hi)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		// Back up to the start of mid's line.
		start := mid
		for start > lo && s[start-1] != '\n' {
			start--
		}
		end := start + bytes.IndexByte(s[start:], '\n')
		if end < start {
			end = len(s)
		}
		entry, val := s[start:end], []byte(nil)
		if l.tabs {
			if t := bytes.IndexByte(entry, '\t'); t >= 0 {
				entry, val = entry[:t], entry[t+1:]
			}
		}
		switch {
		case string(entry) == key: // comparisons of converted bytes do not allocate
			return listValue(val), true
		case string(entry) < key:
			lo = end + 1
		default:
			hi = start
		}
	}
	return "", false
}

// listValue returns v as a string, without allocating for the values the
// lists use.
func listValue(v []byte) string {
	switch string(v) {
	case "":
		return ""
	case "M":
		return "M"
	case "F":
		return "F"
	case "U":
		return "U"
	case "M?":
		return "M?"
	case "F?":
		return "F?"
	case "U?":
		return "U?"
	}
	return string(v)
}
