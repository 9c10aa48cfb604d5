package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/byline-reader/byline/assets"
)

// testLists are small word lists for tests, in the layout of assets/.
// Names, places and words are made up or common enough to need no source.
var testLists = map[string][]string{
	wordlistDir + "first_names.tsv": {"alexander\tM", "andrew\tM", "bill\tM", "charles\tM", "colin\tM", "donald\tM",
		"douglas\tM", "bernie\tM", "ed\tM", "grant\tM", "hillary\tF", "jane\tF", "john\tM", "lily\tF",
		"lucian\tM", "mark\tM", "mary\tF", "pat\tU", "rex\tM", "sarah\tF", "sergey\tM",
		"timothy\tM", "vladimir\tM", "will\tM?", "elon\tM", "elena\tF", "lloyd\tM", "arizona\tF"},
	wordlistDir + "surnames.txt": {"austin", "clinton", "doe", "dwyer", "garcia", "grant", "kagan", "kim", "maynes",
		"miller", "rogers", "sanders", "smith", "trump"},
	wordlistDir + "name_parts.txt": {"assad", "eakin", "eskelsen", "holtz", "kasich", "lavrov", "putin", "sanders"},
	wordlistDir + "words.txt": {"musk", "new", "again", "agency", "born", "earlier", "grant", "images", "later", "mark", "news", "not",
		"receives", "says", "strike", "things", "trump", "warns", "will"},
	wordlistDir + "proper_nouns.txt": {"bill", "grant", "mark", "trump", "will"},
	wordlistDir + "places.txt":       {"arizona", "moscow", "new york", "ohio", "russia", "syria"},
	wordlistDir + "cities.txt":       {"austin", "boston", "moscow"},
	wordlistDir + "demonyms.txt":     {"american", "russian", "syrian"},
	wordlistDir + "companies.txt":    {"exxon", "exxon mobil"},
	wordlistDir + "hand_titles.tsv": {"# hand-made", "mr.\tH M", "mrs.\tH F", "gov.\tT =governor", "secretary\tT",
		"president\tT", "minister\tT", "foreign\tm", "state\tm", "of\tm", "spokeswoman\tT F",
		"adviser\tT", "national\tm", "security\tm", "son\tT M", "former\tm", "chief\tT",
		"executive\tT", "justice\tT", "mayor\tT", "leader\tT", "defense\tm", "the\tm", "and\tm"},
	wordlistDir + "hand_org_words.txt":    {"agency", "images", "party", "university"},
	wordlistDir + "hand_nonpeople.txt":    {"# hand-made", "interfax", "kremlin", "npr", "tass"},
	wordlistDir + "hand_calendar.txt":     {"january", "monday", "wednesday"},
	wordlistDir + "hand_speech_verbs.tsv": {"said\tP", "says\tP", "told\tP", "replied\tP", "reports\tP"},
}

// testFS returns testLists as a file system; sorted lists are sorted.
// The lists of wordLists, which rules ask as sets, are the embedded
// ones.
func testFS() fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, l := range wordLists {
		name := string(l)
		data, err := fs.ReadFile(assets.FS, wordlistDir+name)
		if err != nil {
			panic(err)
		}
		fsys[wordlistDir+name] = &fstest.MapFile{Data: data}
	}
	for name, lines := range testLists {
		l := append([]string(nil), lines...)
		if !strings.HasPrefix(name, wordlistDir+"hand_") {
			sort.Strings(l)
		}
		fsys[name] = &fstest.MapFile{Data: []byte(strings.Join(l, "\n") + "\n")}
	}
	return fsys
}

// testLexicon loads testFS.
func testLexicon(t testing.TB) *Lexicon {
	t.Helper()
	lx, err := LoadLexicon(testFS())
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

var (
	embeddedOnce sync.Once
	embedded     *Lexicon
	embeddedErr  error
)

// embeddedLexicon loads and prepares the word lists byline ships with,
// once for all tests: the tests of attribution rules need the whole
// vocabulary they ask (speech verbs, titles).
func embeddedLexicon(t testing.TB) *Lexicon {
	t.Helper()
	embeddedOnce.Do(func() {
		embedded, embeddedErr = LoadLexicon(assets.FS)
		if embeddedErr == nil {
			embedded.Prepare()
		}
	})
	if embeddedErr != nil {
		t.Fatal(embeddedErr)
	}
	return embedded
}

// indexOf returns an index of the lines of text, each with factWord and,
// when it has a value, factFirstLoose.
func indexOf(text string) *factIndex {
	x := newFactIndex(1) // grows as it fills
	src := x.addSource(text)
	lines(text, func(off int, key, value string) {
		s := x.slot(src, off, key)
		setFacts(s, factWord)
		if value != "" {
			setFacts(s, factFirstLoose)
		}
	})
	return x
}

func TestFactIndexLookup(t *testing.T) {
	x := indexOf("abe\tM\nann\tF\nbob\tM\nbobby\tM\ncarl\t\nnew york\ngarcía\nzed\tU?\nzoe\tX\nzoe\n")
	tests := []struct {
		name, key string
		ok, value bool
	}{
		{"first", "abe", true, true},
		{"middle", "bob", true, true},
		{"prefix of the next", "bobb", false, false},
		{"longer", "bobby", true, true},
		{"empty value", "carl", true, false},
		{"any case", "ZeD", true, true},
		{"a phrase", "New York", true, false},
		{"part of a phrase", "new", false, false},
		{"accented, any case", "GARCÍA", true, false},
		{"accent missing", "garcia", false, false},
		{"value is no key", "M", false, false},
		{"tab in key", "bob\tM", false, false},
		{"listed twice", "zoe", true, true},
		{"before all", "aaa", false, false},
		{"after all", "zzz", false, false},
		{"empty key", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wi := x.lookup(tt.key)
			if wi.has(factWord) != tt.ok || wi.has(factFirstLoose) != tt.value {
				t.Errorf("lookup(%q): word %v, value %v; want %v, %v", tt.key,
					wi.has(factWord), wi.has(factFirstLoose), tt.ok, tt.value)
			}
		})
	}
	if x.n != 9 {
		t.Errorf("%d entries, want 9 (zoe once)", x.n)
	}
	if newFactIndex(0).lookup("a") != 0 {
		t.Error("empty index has an entry")
	}
	if indexOf("solo").lookup("solo") == 0 {
		t.Error("one entry without newline not found")
	}
	if indexOf("a\nb").lookup("b") == 0 {
		t.Error("last entry without newline not found")
	}
}

// TestFactIndexGrows fills an index far past its first size.
func TestFactIndexGrows(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "w%d\n", i)
	}
	x := indexOf(b.String())
	for i := 0; i < 5000; i++ {
		if x.lookup(fmt.Sprintf("W%d", i)) == 0 {
			t.Fatalf("w%d lost", i)
		}
	}
	if x.lookup("w5000") != 0 {
		t.Error("w5000 found")
	}
}

func TestLoadLexiconMissingList(t *testing.T) {
	fsys := testFS()
	delete(fsys, wordlistDir+"surnames.txt")
	_, err := LoadLexicon(fsys)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("err = %v, want a wrapped fs.ErrNotExist", err)
	}
}

func TestLexiconLookups(t *testing.T) {
	lx := prepared(testLexicon(t))
	tests := []struct {
		name string
		got  bool
	}{
		{"first name", func() bool { g, ok := lx.firstName("Rex"); return ok && g == GenderMale }()},
		{"first name that is a word is loose only", func() bool {
			_, strict := lx.firstName("Will")
			g, loose := lx.info("Will").firstName(factFirstLoose)
			return !strict && loose && g == GenderMale
		}()},
		{"surname", lx.isSurname("DWYER")},
		{"name part", lx.isNamePart("Lavrov")},
		{"word", lx.isWord("receives")},
		{"proper", lx.info("Bill").has(factProper)},
		{"place phrase", lx.isPlace("New York")},
		{"city", lx.isCity("Boston")},
		{"demonym plural", lx.isDemonym("Russians")},
		{"company", lx.isCompany("Exxon Mobil")},
		{"non-person", lx.isNonPerson("Kremlin")},
		{"org word", lx.isOrgWord("Agency")},
		{"calendar", lx.isCalendar("Wednesday")},
		{"speech verb", lx.isSpeechVerb("said")},
		{"honorific", lx.title("Mr.").kind == honorific && lx.title("Mr.").gender == GenderMale},
		{"title head", lx.title("Secretary").kind == titleHead},
		{"not a title", lx.title("Tillerson").kind == notTitle},
		{"unknown word", !lx.isWord("tillerson") && !lx.isNamePart("zzyzx")},
	}
	for _, tt := range tests {
		if !tt.got {
			t.Errorf("%s: false", tt.name)
		}
	}
}

// TestLexiconConcurrent asks one fresh Lexicon from several goroutines at
// once, as the reader does while the lists are indexed on first use; run
// it with -race.
func TestLexiconConcurrent(t *testing.T) {
	lx := testLexicon(t)
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			if i%2 == 0 {
				lx.Prepare()
			}
			m := prepared(lx) // as every analysis does
			_, ok := m.firstName("Vladimir")
			done <- ok && m.isPlace("Syria")
		}()
	}
	for i := 0; i < 4; i++ {
		if !<-done {
			t.Error("a lookup failed while the lists were being indexed")
		}
	}
}

// TestEmbeddedLists checks the real lists: every one loads, the generated
// ones are sorted lower-case entries without repeats (as assets/gen writes
// them), and loading is cheap.
func TestEmbeddedLists(t *testing.T) {
	fsys := os.DirFS("../../assets")
	if _, err := fs.Stat(fsys, wordlistDir+"words.txt"); err != nil {
		t.Skip("assets not found:", err)
	}
	start := time.Now()
	lx, err := LoadLexicon(fsys)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("LoadLexicon took %v", time.Since(start))
	for _, l := range generatedLists {
		name := wordlistDir + l.file
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		prev := ""
		for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
			key, _, _ := strings.Cut(line, "\t")
			if key == "" || key != strings.ToLower(key) || (i > 0 && key <= prev) {
				t.Fatalf("%s line %d: %q is not a lower-case entry in order after %q", name, i+1, key, prev)
			}
			prev = key
		}
	}
	m := prepared(lx)
	for _, w := range []string{"Vladimir", "Sergey", "Hillary"} {
		if _, ok := m.firstName(w); !ok {
			t.Errorf("%s is no known first name", w)
		}
	}
	if !m.isPlace("Syria") || !m.isDemonym("Russian") || !m.isWord("strike") {
		t.Error("common entries missing from the embedded lists")
	}
}

func BenchmarkLoadLexicon(b *testing.B) {
	fsys := os.DirFS("../../assets")
	for b.Loop() {
		if _, err := LoadLexicon(fsys); err != nil {
			b.Skip(err)
		}
	}
}

// BenchmarkPrepareLexicon measures loading the lists and indexing them,
// which the first analysis of a process pays unless Prepare ran before.
func BenchmarkPrepareLexicon(b *testing.B) {
	fsys := os.DirFS("../../assets")
	for b.Loop() {
		lx, err := LoadLexicon(fsys)
		if err != nil {
			b.Skip(err)
		}
		lx.Prepare()
	}
}

// newWordSet returns the set of the white-space separated words.
func newWordSet(words string) wordSet {
	s := wordSet{}
	for _, w := range strings.Fields(words) {
		s[w] = ""
	}
	return s
}
