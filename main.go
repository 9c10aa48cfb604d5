// Command byline is a terminal reader for news articles that shows who is in
// the story and who said what. (Bootstrap version: --json only.)
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
)

func main() {
	lx, err := extract.LoadLexicon(assets.FS)
	if err != nil {
		fmt.Fprintln(os.Stderr, "byline:", err)
		os.Exit(1)
	}
	data, err := article.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "byline:", err)
		os.Exit(1)
	}
	a, err := article.Parse("stdin", data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "byline:", err)
		os.Exit(1)
	}
	a.Analysis = article.Analyze(a, lx)
	out := map[string]any{"title": a.Title, "people": a.Analysis.People, "quotes": a.Analysis.Quotes}
	json.NewEncoder(os.Stdout).Encode(out)
}
