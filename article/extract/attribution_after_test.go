package extract_test

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// afterTests are quotes whose speaker is named after the quote, past
// other words, or in a sentence of their own; each text is invented, one
// shape of news writing each. want maps a quote's text to its speaker.
var afterTests = []struct {
	name string
	text string
	want map[string]string
}{
	{"sentence-final quote keeps its own verb's subject",
		`The budget was printed on Friday. On Monday, Senator Marta Quell called Treasurer Abel Dunne's budget "a raid on the pension fund." Deputy Hugo Brandt said he would vote for it.`,
		map[string]string{"a raid on the pension fund.": "Marta Quell"}},
	{"sentence-final quote after a comma keeps the speaker before it",
		`"We are ready," Marta Quell said, "and we will not wait." Hugo Brandt said the vote was set for June.`,
		map[string]string{"and we will not wait.": "Marta Quell"}},
	{"quote opening its sentence takes the next sentence's speaker",
		`The hall was full by noon. "We will not wait for the council." Marta Quell said the union had voted.`,
		map[string]string{"We will not wait for the council.": "Marta Quell"}},
}

func TestAttributionAfterQuote(t *testing.T) {
	lx := lexicon(t)
	for _, tt := range afterTests {
		t.Run(tt.name, func(t *testing.T) {
			a := extract.Analyze(tt.text, lx)
			got := map[string]string{}
			for _, q := range a.Quotes {
				got[q.Text] = q.Speaker
			}
			for text, want := range tt.want {
				s, ok := got[text]
				if !ok {
					t.Errorf("quote %q not found among %q", text, got)
				} else if s != want {
					t.Errorf("quote %q: speaker %q, want %q", text, s, want)
				}
			}
		})
	}
}
