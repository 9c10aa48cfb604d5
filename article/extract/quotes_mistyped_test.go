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
