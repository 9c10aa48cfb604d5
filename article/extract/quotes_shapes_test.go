package extract

import "testing"

// TestScanQuotesMistypedMarks covers quotation marks typed as the wrong
// curly mark: a left mark glued to the end of a quote closes it, whatever
// follows, while one after a space still opens a quote.
func TestScanQuotesMistypedMarks(t *testing.T) {
	checkQuoteSpans(t, []quoteSpanCase{
		{"a left mark after a period closes the quote before a bracket",
			"The notice ended: “Doors open at noon.“[Metro desk.]",
			[]string{"Doors open at noon."}},
		{"a left mark after a word closes the quote before a letter",
			"Crews called it “a mess“until Friday.",
			[]string{"a mess"}},
		{"a left mark after a space opens a new quote",
			"“We wait, “Then we build.”",
			[]string{"We wait,", "Then we build."}},
	})
}

// TestWorkOfRoleHolderIsNoQuote checks that a quoted title that a role
// noun and a name follow is the name of a work, not speech, however the
// sentence goes on; a quote that ends in its own punctuation before the
// role and name is still that person's words.
func TestWorkOfRoleHolderIsNoQuote(t *testing.T) {
	people := []string{"Nora Vance|Vance/f", "Lee Falk|Falk/m"}
	for _, tt := range []struct {
		text, quote string
		kept        bool
		speaker     string
	}{
		{`“Ice is forever” star Nora Vance told reporters the series would return.`, "Ice is forever", false, ""},
		{`“Nobody sleeps here” host Lee Falk said on Monday that the show had ended.`, "Nobody sleeps here", false, ""},
		{`“We will be back,” host Lee Falk said on Monday.`, "We will be back,", true, "Lee Falk"},
	} {
		t.Run(tt.quote, func(t *testing.T) {
			checkKept(t, tt.text, people, tt.quote, tt.kept, tt.speaker)
		})
	}
}

// TestGlossIsNoQuote checks that a quote translating the foreign words
// before it, after a language and "for" or after a hashtag and a dash or
// bracket, is the writer's gloss, not speech; "for" after another word
// leaves a quote someone's words.
func TestGlossIsNoQuote(t *testing.T) {
	people := []string{"Nora Vance|Vance/f"}
	for _, tt := range []struct {
		text, quote string
		kept        bool
		speaker     string
	}{
		{`Nora Vance signed each card “Salve,” Latin for “greetings to you.”`, "greetings to you.", false, ""},
		{`The sailors waved and shouted “Do widzenia!” – Polish for “see you soon.”`, "see you soon.", false, ""},
		{`Nora Vance tweeted the hashtag #NochesAbiertas – “open nights for all” – to offer rooms.`, "open nights for all", false, ""},
		{`Nora Vance wrote that #CasaLibre (“a free house for travelers”) was trending.`, "a free house for travelers", false, ""},
		{`Nora Vance voted for “a budget that pays the bills,” she said.`, "a budget that pays the bills,", true, "Nora Vance"},
		{`Nora Vance thanked the Americans for “a warm welcome,” she said.`, "a warm welcome,", true, "Nora Vance"},
	} {
		t.Run(tt.quote, func(t *testing.T) {
			checkKept(t, tt.text, people, tt.quote, tt.kept, tt.speaker)
		})
	}
}

// TestCoordinatedQuotes checks that a quote joined by "and" or "or" to a
// listed quote is listed with its partner's speaker, while an "or" after
// a comma gives another name and leaves the second quote out.
func TestCoordinatedQuotes(t *testing.T) {
	people := []string{"Nora Vance|Vance/f"}
	for _, tt := range []struct {
		text, quote string
		kept        bool
		speaker     string
	}{
		{`Nora Vance, who wants a "leaner" and "kinder" city, spoke first.`, "kinder", true, "Nora Vance"},
		{`Nora Vance was greeted with chants of "Four more years" and "Nora, Nora" at the hall.`, "Nora, Nora", true, ""},
		{`The two lots, widely known as "the pits" or "dust bowls," sit empty.`, "dust bowls,", true, ""},
		{`The café was long known as "la casa," or "the house," to miners.`, "the house,", false, ""},
		{`Nora Vance said, "We will fight this plan in every court we can find," and "Harbor Lights" aired it.`, "Harbor Lights", false, ""},
		{`Nora Vance called the finale "dull" and "Harbor Lights" was cancelled in May.`, "Harbor Lights", false, ""},
	} {
		t.Run(tt.quote, func(t *testing.T) {
			checkKept(t, tt.text, people, tt.quote, tt.kept, tt.speaker)
		})
	}
}

// TestTitleCaseLineQuote checks that in a sentence written in title
// case, as a subhead, a quote that a speech pattern attributes is speech
// whatever its capitals; one that no pattern attributes stays a title.
func TestTitleCaseLineQuote(t *testing.T) {
	people := []string{"Ines Cole|Cole/f"}
	for _, tt := range []struct {
		text, quote string
		kept        bool
		speaker     string
	}{
		{"Ines Cole Urged Voters To “Reject The Harbor Levy.”", "Reject The Harbor Levy.", true, "Ines Cole"},
		{"Ines Cole Praised “Steady Progress On The Piers” In Her Speech", "Steady Progress On The Piers", true, "Ines Cole"},
		{"Why “Harbor Lights” Still Matters To The Town", "Harbor Lights", false, ""},
		{"In Her Speech, Ines Cole Praised “Harbor Lights” As A Show For Everyone", "Harbor Lights", false, ""},
	} {
		t.Run(tt.quote, func(t *testing.T) {
			checkKept(t, tt.text, people, tt.quote, tt.kept, tt.speaker)
		})
	}
}
