package extract

import (
	"slices"
	"testing"
)

// TestScanQuotesMarkShapes covers mark shapes that pair beyond the plain
// alternation of opening and closing marks: a right mark that opens a
// paragraph, and double quotes nested in a curly double quote.
func TestScanQuotesMarkShapes(t *testing.T) {
	checkQuoteSpans(t, []quoteSpanCase{
		{"right mark opens a paragraph before an ellipsis",
			"The paper was blunt.\n\n” … the bridge should have closed in May,” the editors wrote.",
			[]string{"… the bridge should have closed in May,"}},
		{"curly quote nested in a curly quote",
			"“Locals call it “the ghost tax” and never pay it,” Ines Cole said.",
			[]string{"Locals call it “the ghost tax” and never pay it,", "the ghost tax"}},
		{"straight quote nested in a curly quote",
			`“Her memo was titled "Why We Wait," but it argued for speed,” Ben Ode said.`,
			[]string{`Her memo was titled "Why We Wait," but it argued for speed,`, "Why We Wait,"}},
		{"a left mark after a closed quote opens a new one",
			"“We wait,” she said. “Then we build.”",
			[]string{"We wait,", "Then we build."}},
		{"all straight marks pair in turn",
			`"He said "never" to us," Ode said.`,
			[]string{"He said", "never"}},
		{"a right mark mid-paragraph before a space closes nothing",
			"The vote ” passed.",
			nil},
	})
}

// quoteSpanCase is a text and the quotations the scan finds in it.
type quoteSpanCase struct {
	name string
	in   string
	want []string
}

// checkQuoteSpans checks the quotations newDoc finds in each case's text.
func checkQuoteSpans(t *testing.T, cases []quoteSpanCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc(tt.in, nil)
			var got []string
			for _, q := range d.quotes {
				got = append(got, tt.in[q.Start:q.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNestedDoubleQuoteListed checks that a double-marked quote inside
// listed speech is listed with the outer quote's speaker, while a
// single-marked one stays inside its quote.
func TestNestedDoubleQuoteListed(t *testing.T) {
	const text = "Ines Cole runs the council.\n\n" +
		"“Locals call it “the ghost tax” and never pay it,” Cole said.\n\n" +
		"“They said ‘never’ to us,” Cole said."
	d := newDoc(text, embeddedLexicon(t))
	quotes := d.judge(attributeAll(t, d, testPeople(text, "Ines Cole|Cole/f")))
	got := map[string]string{}
	for _, q := range quotes {
		got[q.Text] = q.Speaker
	}
	if sp, ok := got["the ghost tax"]; !ok || sp != "Ines Cole" {
		t.Errorf("nested double quote: listed %v, speaker %q; want listed, Ines Cole", ok, sp)
	}
	if _, ok := got["never"]; ok {
		t.Errorf("nested single quote listed, want it left inside its quote")
	}
}
