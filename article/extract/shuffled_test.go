package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/bench/newstext"
)

// TestShuffledWideCorpus analyses 10 MB of the wide development corpus's
// paragraphs in a shuffled order (bench/gen's deal): every paragraph sits
// among strangers, as in news no rule was tuned on. The analysis must
// finish, and every quote and mention must lie inside the text. An entity
// that attribution makes late, with no mentions indexed, once panicked
// here. Skipped where the corpus is absent, as in a user's clone.
func TestShuffledWideCorpus(t *testing.T) {
	wide := filepath.Join(filepath.Dir(sharedCorpus), "wide-dev.jsonl")
	if _, err := os.Stat(wide); err != nil {
		t.Skip("no wide development corpus beside the repository")
	}
	paras, err := newstext.Paragraphs(wide)
	if err != nil {
		t.Fatal(err)
	}
	text := newstext.Text(paras, 10<<20)
	an := extract.Analyze(text, lexicon(t))
	if len(an.Quotes) == 0 || len(an.People) == 0 {
		t.Fatalf("found %d quotes and %d people in 10 MB of news", len(an.Quotes), len(an.People))
	}
	for _, q := range an.Quotes {
		if q.Span.Start < 0 || q.Span.End > len(text) || text[q.Span.Start:q.Span.End] != q.Text {
			t.Fatalf("quote %q at %d..%d is not that text", q.Text, q.Span.Start, q.Span.End)
		}
		if q.Person >= len(an.People) {
			t.Fatalf("quote %q: person %d of %d", q.Text, q.Person, len(an.People))
		}
	}
	for _, p := range an.People {
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("%s: mention at %d..%d, outside the text", p.Name, m.Start, m.End)
			}
		}
	}
}
