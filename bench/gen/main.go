// Command gen writes the benchmark inputs: news-like plain text and Markdown
// articles of 5 KB, 100 KB, 1 MB and 10 MB, built from real paragraphs.
//
//	go run ./bench/gen -out bench/out [-corpus ../shared/corpus/dev.jsonl]
//
// The articles come from package newstext: real paragraphs of the sample
// and, when present, of the development corpus, in a fixed shuffled order.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/byline-reader/byline/bench/newstext"
)

var sizes = []struct {
	name  string
	bytes int
}{{"5k", 5 << 10}, {"100k", 100 << 10}, {"1m", 1 << 20}, {"10m", 10 << 20}}

func main() {
	out := flag.String("out", filepath.Join("bench", "out"), "folder to write the inputs to")
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus", "dev.jsonl"), "JSONL corpus of extra paragraphs (optional)")
	flag.Parse()
	if err := run(*out, *corpus); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out, corpus string) error {
	paras, err := newstext.Paragraphs(corpus)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, s := range sizes {
		if err := write(filepath.Join(out, s.name+".txt"), newstext.Text(paras, s.bytes)); err != nil {
			return err
		}
		if err := write(filepath.Join(out, s.name+".md"), newstext.Markdown(paras, s.bytes)); err != nil {
			return err
		}
	}
	return nil
}

func write(path, s string) error {
	fmt.Printf("%-22s %9d bytes\n", path, len(s))
	return os.WriteFile(path, []byte(s), 0o644)
}
