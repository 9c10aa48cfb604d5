package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// TestAnalysisPanicIsReported checks that a panic in the analysis of one
// input, in --json and --export, becomes one line naming that input, and
// that the other inputs still print.
func TestAnalysisPanicIsReported(t *testing.T) {
	analysis := analyzeArticle
	defer func() { analyzeArticle = analysis }()
	analyzeArticle = func(a *article.Article, lx *extract.Lexicon) extract.Analysis {
		if strings.Contains(a.Body, "boom") {
			panic("index out of range [3] with length 3\ngoroutine 1 [running]:")
		}
		return extract.Analysis{}
	}
	srcs := []source.Source{
		{Name: "bad.txt", Data: []byte("This story goes boom.\n")},
		{Name: "good.txt", Data: []byte("This story is fine.\n")},
	}
	write := map[string]func(*bytes.Buffer, func(error)) error{
		"json": func(w *bytes.Buffer, report func(error)) error { return writeJSON(w, srcs, nil, report) },
		"export": func(w *bytes.Buffer, report func(error)) error {
			return writeExport(w, srcs, nil, export.FormatJSONL, report)
		},
	}
	for name, run := range write {
		var out bytes.Buffer
		var reported []string
		if err := run(&out, func(err error) { reported = append(reported, err.Error()) }); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := "bad.txt: internal error while analysing: index out of range [3] with length 3"
		if len(reported) != 1 || reported[0] != want {
			t.Errorf("%s: reported %q, want [%q]", name, reported, want)
		}
		if n := strings.Count(out.String(), "\n"); n != 1 || !strings.Contains(out.String(), "good.txt") {
			t.Errorf("%s: printed %q, want the good input's line only", name, out.String())
		}
	}
}
