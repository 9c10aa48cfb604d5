package extract

import "testing"

// shortQuoteTests are short quotes that no speech pattern attributes:
// kept when they complement a verb of naming or describing (with its
// subject as speaker, or none for a passive), dropped when a participle
// names a thing ("a podcast called").
var shortQuoteTests = []struct {
	name    string
	text    string
	people  []string
	quote   string
	kept    bool
	speaker string
}{
	{"describe as", `Mayor Ana Ruiz saw the audit as "fiction" on Monday.`,
		[]string{"Ana Ruiz|Ruiz/f"}, "fiction", true, "Ana Ruiz"},
	{"describe as, object between", `Tomas Grell hailed the vote to close the mine as "overdue" in his column.`,
		[]string{"Tomas Grell|Grell/m"}, "overdue", true, "Tomas Grell"},
	{"what X called", `The deal is what Councillor Ben Ode has called "Highway Robbery" for years.`,
		[]string{"Ben Ode|Ode/m"}, "Highway Robbery", true, "Ben Ode"},
	{"naming verb with pronoun subject", `Ines Cole left early. She had called the budget "Fantasy Math" at every meeting.`,
		[]string{"Ines Cole|Cole/f"}, "Fantasy Math", true, "Ines Cole"},
	{"participle after a noun", `Ines Cole hosts a podcast called "Deep Cuts" on weekends.`,
		[]string{"Ines Cole|Cole/f"}, "Deep Cuts", false, ""},
	{"passive names no one", `Ana Ruiz runs a fund widely known as "kitty" in town.`,
		[]string{"Ana Ruiz|Ruiz/f"}, "kitty", true, ""},
	{"a phrase as describer", `The levy is what economists call "Dead Weight" on trade.`,
		nil, "Dead Weight", true, "economists"},
}

func TestShortQuotes(t *testing.T) {
	for _, tt := range shortQuoteTests {
		t.Run(tt.name, func(t *testing.T) {
			checkKept(t, tt.text, tt.people, tt.quote, tt.kept, tt.speaker)
		})
	}
}

// TestReadsAsSentence checks which capitalized quotes are sentences
// rather than titles.
func TestReadsAsSentence(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The Long Road Home", false},
		{"Rivers: A History Of The Delta And Its Eight Great Floods", false},
		{"You Are The Future", true},
		{"I Will Not Resign", true},
		{"Stop. Never Again.", true},
		{"Mayor Vows To Rebuild Every Bridge Before The Spring Thaw", true},
		{"Dr. Strange And The Lost Key", false},
	} {
		if got := readsAsSentence(tt.text); got != tt.want {
			t.Errorf("readsAsSentence(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestTitleCaseSentenceKept checks that a sentence quoted in title case
// is kept as speech, and a title is not.
func TestTitleCaseSentenceKept(t *testing.T) {
	for _, tt := range []struct {
		text, quote string
		kept        bool
	}{
		{`Ana Ruiz told the graduates, "You Are The Future."`, "You Are The Future.", true},
		{`Her flyer was headed "Mayor Vows To Rebuild Every Bridge Before The Spring Thaw."`,
			"Mayor Vows To Rebuild Every Bridge Before The Spring Thaw.", true},
		{`Ana Ruiz starred in "The Long Road Home" last year.`, "The Long Road Home", false},
	} {
		kept := judgedQuote(t, tt.text, []string{"Ana Ruiz|Ruiz/f"}, tt.quote) != nil
		if kept != tt.kept {
			t.Errorf("%q kept = %v, want %v", tt.quote, kept, tt.kept)
		}
	}
}

// checkKept judges the quotes of text, with people as the people found,
// and checks that quote is kept with speaker ("" for none) when kept is
// true, and dropped when it is false.
func checkKept(t *testing.T, text string, people []string, quote string, kept bool, speaker string) {
	t.Helper()
	got := judgedQuote(t, text, people, quote)
	switch {
	case got == nil && kept:
		t.Fatalf("%q dropped, want it kept", quote)
	case got != nil && !kept:
		t.Fatalf("%q kept (speaker %q), want it dropped", quote, got.Speaker)
	case got != nil && got.Speaker != speaker:
		t.Errorf("%q: speaker %q, want %q", quote, got.Speaker, speaker)
	}
}

// judgedQuote judges the quotes of text, with people as the people
// found, and returns the one whose text is quote, or nil when it was
// dropped.
func judgedQuote(t *testing.T, text string, people []string, quote string) *Quote {
	t.Helper()
	d := newDoc(text, embeddedLexicon(t))
	quotes := d.judge(attributeAll(t, d, testPeople(text, people...)))
	var got *Quote
	for i := range quotes {
		if quotes[i].Text == quote {
			got = &quotes[i]
		}
	}
	return got
}
