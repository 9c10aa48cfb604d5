package extract_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/bench/newstext"
)

// sharedCorpus is the development corpus, read by tests that use it when
// it is present next to the repository.
var sharedCorpus = filepath.Join("..", "..", "..", "shared", "corpus", "dev.jsonl")

var (
	lexOnce sync.Once
	lex     *extract.Lexicon
	lexErr  error
)

// lexicon loads the embedded word lists once for all tests.
func lexicon(tb testing.TB) *extract.Lexicon {
	tb.Helper()
	lexOnce.Do(func() { lex, lexErr = extract.LoadLexicon(assets.FS) })
	if lexErr != nil {
		tb.Fatalf("LoadLexicon: %v", lexErr)
	}
	return lex
}

// newsText returns news text of at least size bytes made of real
// paragraphs, as the benchmark inputs of bench/gen are (package newstext).
func newsText(tb testing.TB, size int) string {
	tb.Helper()
	paras, err := newstext.Paragraphs(sharedCorpus)
	if err != nil {
		tb.Fatal(err)
	}
	return newstext.Text(paras, size)
}

// BenchmarkAnalyze measures the whole analysis (people, quotes,
// attribution) on news text of growing size, as Analyze runs it (the work
// shared by up to GOMAXPROCS goroutines) and with one worker, as the
// reader runs it in the background; b.SetBytes makes the MB/s column the
// throughput. The word lists are loaded before the clock starts:
// BenchmarkLoadLexicon measures that once-per-process cost.
func BenchmarkAnalyze(b *testing.B) {
	lx := lexicon(b)
	for _, size := range []int{10 << 10, 1 << 20, 10 << 20} {
		text := newsText(b, size)
		for _, workers := range []int{0, 1} {
			name := fmt.Sprintf("%dKB", size>>10)
			if workers == 1 {
				name += "/1worker"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := extract.AnalyzeContext(context.Background(), text, lx, extract.Options{Workers: workers}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// checkAnalysis reports every way a reaches outside text or breaks the
// offset contract.
func checkAnalysis(t *testing.T, text string, a extract.Analysis) {
	t.Helper()
	// Rune boundaries as Go decodes the text: an invalid byte is a rune
	// (utf8.RuneError) of its own.
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	onRune := func(off int) bool { return off >= 0 && off <= len(text) && boundary[off] }
	for _, q := range a.Quotes {
		s := q.Span
		if s.Start < 0 || s.End > len(text) || s.Start > s.End || !onRune(s.Start) || !onRune(s.End) {
			t.Fatalf("quote %q: span %v outside text or off a rune boundary (len %d)", q.Text, s, len(text))
		}
		if text[s.Start:s.End] != q.Text {
			t.Fatalf("quote %q: text at span %v is %q", q.Text, s, text[s.Start:s.End])
		}
		if q.Person >= len(a.People) {
			t.Fatalf("quote %q: person %d of %d", q.Text, q.Person, len(a.People))
		}
		if q.Person >= 0 && a.People[q.Person].Name != q.Speaker {
			t.Fatalf("quote %q: speaker %q but person %q", q.Text, q.Speaker, a.People[q.Person].Name)
		}
	}
	for _, p := range a.People {
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || !onRune(m.Start) || !onRune(m.End) {
				t.Fatalf("person %q: mention %v outside text or off a rune boundary (len %d)", p.Name, m, len(text))
			}
		}
	}
}

// FuzzAnalyze checks that no input panics Analyze and that every offset it
// returns lies inside the text, on a rune boundary, with the quote's text
// equal to the text at its span.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"\"",
		"“",
		"''",
		"“Hello,” said Ada Lovelace.",
		"\"We will win,\" Tillerson said. \"The rest is noise.\"",
		"Lavrov said, “It was ‘slanderous’ and wrong.”",
		"“Unclosed quote runs on\n\n“and continues here,” she said.",
		"rock 'n' roll in the '90s, don't",
		"''NYT style,'' he said.",
		"« Bonjour », a-t-il dit.",
		"\xff\xfe“broken\xffutf8” said X",
		"Mr. Smith, the secretary, told reporters: \"No.\" He added, \"Never.\"",
		"\"\"\"\"“”‘’'`` ''",
		"A \"title\" and a 'scare' quote\r\n\r\nNext “para",
		// a paragraph that never ends a sentence, and quotes nested deep
		strings.Repeat(`and then said "we go on" Ann Lee added, `, 80),
		strings.Repeat("and said and added ", 150) + `"at last"`,
		strings.Repeat("Ann said “Bob said ‘", 60) + "hi" + strings.Repeat("’”", 60),
		strings.Repeat("“", 300) + "deep" + strings.Repeat("”", 300),
	} {
		f.Add(s)
	}
	lx := lexicon(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkAnalysis(t, text, extract.Analyze(text, lx))
		checkAnalysis(t, text, extract.Analyze(text, nil))
	})
}

// TestAnalyzeSample checks the sample article end to end: its twelve
// quotes found, each with a speaker, and as many quotes for each speaker
// as the sample gives them (counted by hand; the sample's own sentences
// stay in the sample).
func TestAnalyzeSample(t *testing.T) {
	sample, err := assets.FS.ReadFile(assets.SampleName)
	if err != nil {
		t.Fatal(err)
	}
	text := string(sample)
	a := extract.Analyze(text, lexicon(t))
	checkAnalysis(t, text, a)
	if len(a.Quotes) != 12 {
		t.Errorf("found %d quotes, want 12", len(a.Quotes))
	}
	got := map[string]int{}
	for _, q := range a.Quotes {
		if q.Speaker == "" {
			t.Errorf("quote at %v has no speaker", q.Span)
			continue
		}
		got[lastWord(q.Speaker)]++
	}
	want := map[string]int{"Tillerson": 7, "Lavrov": 3, "Kim": 1, "Maynes": 1}
	for speaker, n := range want {
		if got[speaker] != n {
			t.Errorf("%s speaks %d quotes, want %d (all: %v)", speaker, got[speaker], n, got)
		}
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

// TestConcurrentAnalysesAgree runs analyses of different texts at once,
// as a program with several articles open may: each must come out as it
// does alone.
func TestConcurrentAnalysesAgree(t *testing.T) {
	lx := lexicon(t)
	texts := []string{newsText(t, 3000), newsText(t, 20000)}
	paras, err := newstext.Paragraphs(sharedCorpus)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(paras) && len(texts) < 8; i += 7 {
		texts = append(texts, strings.Join(paras[i:min(i+5, len(paras))], "\n\n"))
	}
	alone := make([]extract.Analysis, len(texts))
	printed := make([]string, len(texts)) // as they were when made
	for i, text := range texts {
		alone[i] = extract.Analyze(text, lx)
		printed[i] = fmt.Sprintf("%+v", alone[i])
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 5 {
				i := (g + round) % len(texts)
				an, err := extract.AnalyzeContext(context.Background(), texts[i], lx, extract.Options{Workers: 1})
				if err != nil {
					t.Error(err)
					return
				}
				if !reflect.DeepEqual(an, alone[i]) {
					t.Errorf("text %d analysed beside others differs from its analysis alone", i)
				}
			}
		})
	}
	wg.Wait()
	for i := range texts { // what the others did left the first results as they were
		if now := fmt.Sprintf("%+v", alone[i]); now != printed[i] {
			t.Errorf("text %d: its analysis changed while later ones ran", i)
		}
	}
}
