package extract

import (
	"errors"
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
func testFS() fstest.MapFS {
	fsys := fstest.MapFS{}
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

// embeddedLexicon loads the word lists byline ships with,
// once for all tests: the tests of attribution rules need the whole
// vocabulary they ask (speech verbs, titles).
func embeddedLexicon(t testing.TB) *Lexicon {
	t.Helper()
	embeddedOnce.Do(func() {
		embedded, embeddedErr = LoadLexicon(assets.FS)
	})
	if embeddedErr != nil {
		t.Fatal(embeddedErr)
	}
	return embedded
}

// TestLexiconEntries asks a Lexicon about entries of a generated list:
// whole entries match in any case, their values and parts do not.
func TestLexiconEntries(t *testing.T) {
	fsys := testFS()
	fsys[wordlistDir+"words.txt"] = &fstest.MapFile{Data: []byte("bob\nbobby\ngarcía\nnew york\nzed")}
	fsys[wordlistDir+"first_names.tsv"] = &fstest.MapFile{Data: []byte("rex\tM\nzoe\tF?\nzoe\tM\n")}
	lx, err := LoadLexicon(fsys)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		want bool
	}{
		{"bob", true},
		{"bobb", false}, // a prefix of the next entry
		{"bobby", true},
		{"ZeD", true}, // the last entry, without a newline
		{"New York", true},
		{"new", false}, // part of a phrase
		{"GARCÍA", true},
		{"garcia", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := lx.info(tt.key).has(factWord); got != tt.want {
			t.Errorf("isWord(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
	if _, ok := lx.firstName("M"); ok || lx.info("rex\tM").has(factWord) {
		t.Error("a value or a whole line of first_names.tsv is an entry")
	}
	if g, _ := lx.firstName("Rex"); g != GenderMale {
		t.Errorf("Rex: gender %v, want male", g)
	}
	_, strict := lx.firstName("Zoe") // a name listed twice: its first line counts
	if g, loose := lx.info("Zoe").firstName(factFirstLoose); strict || !loose || g != GenderFemale {
		t.Errorf("Zoe: first name %v, loose %v, gender %v; want false, true, female", strict, loose, g)
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
	lx := testLexicon(t)
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
		{"surname", lx.info("DWYER").has(factSurname)},
		{"name part", lx.info("Lavrov").has(factNamePart)},
		{"word", lx.info("receives").has(factWord)},
		{"proper", lx.info("Bill").has(factProper)},
		{"place phrase", lx.info("New York").has(factPlace)},
		{"city", lx.info("Boston").has(factCity)},
		{"demonym plural", lx.info("Russians").has(factDemonym)},
		{"company", lx.info("Exxon Mobil").has(factCompany)},
		{"non-person", lx.info("Kremlin").has(factNonPerson)},
		{"org word", lx.info("Agency").has(factOrg)},
		{"calendar", lx.info("Wednesday").has(factCalendar)},
		{"speech verb", lx.isSpeechVerb("said")},
		{"honorific", lx.title("Mr.").kind == honorific && lx.title("Mr.").gender == GenderMale},
		{"title head", lx.title("Secretary").kind == titleHead},
		{"not a title", lx.title("Tillerson").kind == notTitle},
		{"unknown word", !lx.info("tillerson").has(factWord) && !lx.info("zzyzx").has(factNamePart)},
	}
	for _, tt := range tests {
		if !tt.got {
			t.Errorf("%s: false", tt.name)
		}
	}
}

// TestLexiconConcurrent asks one Lexicon from several goroutines at
// once, as the reader does; run it with -race.
func TestLexiconConcurrent(t *testing.T) {
	lx := testLexicon(t)
	done := make(chan bool)
	for range 4 {
		go func() {
			_, ok := lx.firstName("Vladimir")
			done <- ok && lx.info("Syria").has(factPlace)
		}()
	}
	for range 4 {
		if !<-done {
			t.Error("a lookup failed")
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
	for _, l := range indexedLists {
		if strings.HasPrefix(l.file, "hand_") {
			continue
		}
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
	for _, w := range []string{"Vladimir", "Sergey", "Hillary"} {
		if _, ok := lx.firstName(w); !ok {
			t.Errorf("%s is no known first name", w)
		}
	}
	if !lx.info("Syria").has(factPlace) || !lx.info("Russian").has(factDemonym) ||
		!lx.info("strike").has(factWord) {
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

// newWordSet returns the set of the white-space separated words.
func newWordSet(words string) wordSet {
	s := wordSet{}
	for _, w := range strings.Fields(words) {
		s[w] = ""
	}
	return s
}
