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
