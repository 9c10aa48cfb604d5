// Command analyze runs byline's whole analysis (people, quotes,
// attribution) of news text made by bench/newstext, a number of times, on
// one worker. bench/instructions.sh runs it under callgrind to count the
// instructions of one analysis: a figure that, unlike time, does not move
// with the load of the machine.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/bench/newstext"
)

func main() {
	size := flag.Int("size", 10<<10, "bytes of text, at least")
	reps := flag.Int("reps", 20, "analyses to run")
	corpus := flag.String("corpus", "../shared/corpus/dev.jsonl", "the corpus the paragraphs come from")
	flag.Parse()
	lx, err := extract.LoadLexicon(assets.FS)
	if err != nil {
		fail(err)
	}
	paras, err := newstext.Paragraphs(*corpus)
	if err != nil {
		fail(err)
	}
	text := newstext.Text(paras, *size)
	found := 0
	for range *reps {
		found += run(text, lx)
	}
	fmt.Println(len(text), found)
}

// run analyses text once; callgrind counts the instructions inside it.
//
//go:noinline
func run(text string, lx *extract.Lexicon) int {
	an, err := extract.AnalyzeContext(context.Background(), text, lx, extract.Options{Workers: 1})
	if err != nil {
		fail(err)
	}
	return len(an.People) + len(an.Quotes)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "analyze:", err)
	os.Exit(1)
}
