package extract

import (
	"slices"
	"strings"
	"testing"
)

// quoteSpanTests are the typographic cases of scanQuotes: each input with
// the quoted passages it holds, nested ones included, in order.
var quoteSpanTests = []struct {
	name string
	in   string
	want []string
}{
	{"empty", "", nil},
	{"no quotes", "Nothing was said.", nil},
	{"straight", `He said "hello there" today.`, []string{"hello there"}},
	{"curly", "“Hello,” she said.", []string{"Hello,"}},
	{"trailing period kept", `Tillerson said the meeting had been "productive."`, []string{"productive."}},
	{"NYT two apostrophes", "''We won,'' he said.", []string{"We won,"}},
	{"TeX backticks", "``We won,'' he said.", []string{"We won,"}},
	{"guillemets", "«Bonjour», dit-il.", []string{"Bonjour"}},
	{"two quotes in a sentence", `"A," he said, "and B."`, []string{"A,", "and B."}},
	{"nested single", "“Russia showed ‘incompetence’ in Syria,” she said.",
		[]string{"Russia showed ‘incompetence’ in Syria,", "incompetence"}},
	{"nested straight single", `"They said 'never' to us," he said.`, []string{"They said 'never' to us,", "never"}},
	{"nested at the end", "“As Nadia said, ‘Why not?’” Berg asked.", []string{"As Nadia said, ‘Why not?’", "Why not?"}},
	{"apostrophes are no quotes", "“Don't stop Russia's rock 'n' roll of the '90s,” he said.",
		[]string{"Don't stop Russia's rock 'n' roll of the '90s,"}},
	{"plural possessive", "“The players' union won,” he said.", []string{"The players' union won,"}},
	{"curly apostrophes", "“Russia’s leadership doesn’t care,” he said.", []string{"Russia’s leadership doesn’t care,"}},
	{"unclosed runs to paragraph end", "He said “no way\n\nNext paragraph.", []string{"no way"}},
	{"continued over paragraphs", "“It was long.\n\n“And it went on,” she said.", []string{"It was long.", "And it went on,"}},
	{"continued with straight marks", "\"First part.\n\n\"Second part,\" he said.", []string{"First part.", "Second part,"}},
	{"stray closing mark", "foo” bar", nil},
	{"right mark used as left", "”Hello” he said.", []string{"Hello"}},
	{"left mark used as right", "“It is odd,“ said Ada Voss. “Very.”", []string{"It is odd,", "Very."}},
	{"left mark used as right mid-sentence", "He called it “absurd“ on Monday.", []string{"absurd"}},
	{"single quotes when no double marks", "'We will act,' she said.", []string{"We will act,"}},
	{"top-level single ignored beside doubles", "A 'scare' word and \"a quote\".", []string{"a quote"}},
	{"empty quote", `He said "" and left.`, nil},
	{"punctuation only", `He said "..." and left.`, nil},
	{"one line a paragraph", "“Open\nClosed” later", []string{"Open"}},
}

func TestScanQuotes(t *testing.T) {
	for _, tt := range quoteSpanTests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.in, nil)
			var got []string
			for _, q := range d.quotes {
				if tt.in[q.Start:q.End] == "" {
					t.Fatalf("empty span %v", q.Span)
				}
				got = append(got, tt.in[q.Start:q.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestScanQuotesNesting(t *testing.T) {
	d := newDoc("“He showed ‘incompetence’ there,” she said. “Next.”", nil)
	if len(d.quotes) != 3 {
		t.Fatalf("got %d quotes, want 3", len(d.quotes))
	}
	if d.quotes[0].parent != -1 || d.quotes[1].parent != 0 || d.quotes[2].parent != -1 {
		t.Errorf("parents %d %d %d, want -1 0 -1", d.quotes[0].parent, d.quotes[1].parent, d.quotes[2].parent)
	}
	if d.quotes[2].unclosed() {
		t.Errorf("closed quote reported unclosed")
	}
}

func TestFindQuotesSpans(t *testing.T) {
	text := "Intro.\n\n“Café, naïve — résumé,” said José.\n\n''Done,'' he said."
	qs := findQuotes(text, nil)
	if len(qs) != 2 {
		t.Fatalf("got %d quotes, want 2", len(qs))
	}
	for _, q := range qs {
		if text[q.Span.Start:q.Span.End] != q.Text {
			t.Errorf("span %v holds %q, not %q", q.Span, text[q.Span.Start:q.Span.End], q.Text)
		}
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank lines", "A.\n\nB.\n\n\nC.", []string{"A.", "B.", "C."}},
		{"a line each", "A.\nB.", []string{"A.", "B."}},
		{"crlf", "A.\r\n\r\nB.\r\n", []string{"A.", "B."}},
		{"hard wrapped", "This is a long line of text that wraps at a fixed width\n" +
			"and goes on with more of the same paragraph text here\n" +
			"until it ends.", []string{"This is a long line of text that wraps at a fixed width\n" +
			"and goes on with more of the same paragraph text here\n" +
			"until it ends."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range splitParagraphSpans(tt.in) {
				got = append(got, tt.in[p.Start:p.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSentenceEnds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"abbreviations", "Mr. Smith met Gen. Jones in the U.S. capital. Then he left.",
			[]string{"Mr. Smith met Gen. Jones in the U.S. capital.", "Then he left."}},
		{"a delegate's title", "The bill stalled, said Del. Ana Ruiz of Guam. It died.",
			[]string{"The bill stalled, said Del. Ana Ruiz of Guam.", "It died."}},
		{"a state ends a sentence", "She grew up in Dover, Ark. Her father farmed.",
			[]string{"She grew up in Dover, Ark.", "Her father farmed."}},
		{"initial", "Donald J. Trump spoke. It ended.", []string{"Donald J. Trump spoke.", "It ended."}},
		{"quote ends a sentence", "He said “no.” Then he left.", []string{"He said “no.”", "Then he left."}},
		{"lower case goes on", "“No!” he said.", []string{"“No!” he said."}},
		{"no-break space", "He left.\u00a0She stayed.", []string{"He left.", "She stayed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Span{0, len(tt.in)}
			var got []string
			start := 0
			for _, e := range sentenceEnds(tt.in, p, nil) {
				s, e2 := trimSpaceSpan(tt.in, start, e)
				got = append(got, tt.in[s:e2])
				start = e
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNextMarkLead checks that nextMarkLead visits the offsets of the
// bytes that can start a quotation mark in order, inside the span it is
// given, as a byte-by-byte scan does.
func TestNextMarkLead(t *testing.T) {
	tests := []struct {
		name, text string
		start, end int
	}{
		{"empty", "", 0, 0},
		{"none", "no marks here", 0, 13},
		{"quote leads", "“A” 'b' \"c\" ``d'' «e»", 0, 27},
		{"inside a span", "'a' 'b' 'c'", 2, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got []int
			for i := tt.start; i < tt.end; i++ {
				if strings.IndexByte(markLeads, tt.text[i]) >= 0 {
					want = append(want, i)
				}
			}
			for i := nextMarkLead(tt.text, tt.start, tt.end); i < tt.end; i = nextMarkLead(tt.text, i+1, tt.end) {
				got = append(got, i)
			}
			if !slices.Equal(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// TestHasDoubleMarks checks which texts count as using double marks.
func TestHasDoubleMarks(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"", false}, {"'single' only", false}, {"it’s ‘curly’ singles", false}, {"\xe2\x80 broken", false},
		{`a "straight" one`, true}, {"a “curly” one", true}, {"„low”", true}, {"«guillemets»", true},
		{"''NYT''", true}, {"``TeX''", true}, {"\xe2“", true},
	} {
		if got := hasDoubleMarks(tt.text); got != tt.want {
			t.Errorf("hasDoubleMarks(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestCountWords checks countWords and trimToWord against the fields of
// strings.Fields, ASCII and beyond.
func TestCountWords(t *testing.T) {
	for _, text := range []string{"", " ", "We will win.", "  — a -- b  ", "2016, in\u00a0Iowa", "“Make America great”",
		"é è", "one two three four five six", "x\u2003y\tz\n", "— … —", "U.S.-based", "\xff\xfe ab"} {
		want := 0
		for _, f := range strings.Fields(text) {
			if strings.IndexFunc(f, isWordChar) >= 0 {
				want++
			}
		}
		for _, limit := range []int{1, 3, 100} {
			if got := countWords(text, limit); got != min(want, limit) {
				t.Errorf("countWords(%q, %d) = %d, want %d", text, limit, got, min(want, limit))
			}
		}
		for _, f := range strings.Fields(text) {
			if got, want := trimToWord(f), strings.TrimFunc(f, func(r rune) bool { return !isWordChar(r) }); got != want {
				t.Errorf("trimToWord(%q) = %q, want %q", f, got, want)
			}
		}
	}
}

// FuzzQuoteNesting checks linkNested, which climbs through parents, against
// the definition of a quote's parent: the nearest quote before it in its
// paragraph whose text holds both its marks.
func FuzzQuoteNesting(f *testing.F) {
	for _, tt := range quoteSpanTests {
		f.Add(tt.in)
	}
	f.Add("“He showed ‘incompetence’ there,” she said. “Next ‘one’ and ‘two’.”")
	f.Add(strings.Repeat("Ann said “Bob said ‘", 40) + "hi" + strings.Repeat("’”", 40))
	f.Add("'a' 'b' ‘c ‘d’ e’ 'f\n\n‘g’ “h ‘i’ j” ‘k’")
	f.Fuzz(func(t *testing.T, text string) {
		d := newDoc(text, nil)
		for i, q := range d.quotes {
			want := -1
			for j := i - 1; j >= 0 && d.quotes[j].para == q.para; j-- {
				if d.quotes[j].Start <= q.open.Start && q.close.End <= d.quotes[j].End {
					want = j
					break
				}
			}
			if q.parent != want {
				t.Fatalf("quote %d %q: parent %d, want %d", i, text[q.Start:q.End], q.parent, want)
			}
		}
	})
}

// findQuotes returns the direct quotations in text, in order, unattributed.
func findQuotes(text string, lx *Lexicon) []Quote {
	d := newDoc(text, lx)
	out := make([]Quote, len(d.quotes))
	for i, q := range d.quotes {
		out[i] = Quote{Text: text[q.Start:q.End], Span: q.Span, Person: -1}
	}
	return out
}
