package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/source/web"
	"github.com/charmbracelet/x/term"
)

// writeJSON prints the export.Document of each source, one a line, or
// for a feed the list of its items (feedjson.go). A source that does not
// parse, or whose analysis fails, is reported and left out.
func writeJSON(w io.Writer, srcs []source.Source, lx *extract.Lexicon, report func(error)) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range srcs {
		a, page, err := load(s)
		if err != nil {
			report(err)
			continue
		}
		if page != nil && page.Kind == web.KindFeed {
			if err := enc.Encode(newJSONFeed(page, s.Name)); err != nil {
				return err
			}
			continue
		}
		if err := analyze(a, s.Name, lx); err != nil {
			report(err)
			continue
		}
		if err := enc.Encode(export.NewDocument(a, s.Name, "")); err != nil {
			return err
		}
	}
	return nil
}

// analyzeArticle is the analysis the printing modes run (a test makes
// it panic).
var analyzeArticle = article.Analyze

// analyze sets a.Analysis for the printing modes. A panic in the analysis
// is a bug in byline, but the input that met it is reported like a bad
// one, on one line that names it ("story.txt: internal error while
// analysing: index out of range"), and the other inputs still print:
// no stack trace, and a non-zero exit.
func analyze(a *article.Article, name string, lx *extract.Lexicon) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error while analysing: %s", name, panicLine(r))
		}
	}()
	a.Analysis = analyzeArticle(a, lx)
	return nil
}

// writePlain prints each cleaned article, separated by a form feed on a
// line of its own. A source that does not parse is reported and left out.
func writePlain(w io.Writer, srcs []source.Source, width int, report func(error)) error {
	bw := bufio.NewWriter(w)
	n := 0
	for _, s := range srcs {
		a, _, err := load(s)
		if err != nil {
			report(err)
			continue
		}
		if n++; n > 1 {
			bw.WriteString("\n\f\n")
		}
		bw.WriteString(article.Plain(a, width))
	}
	return bw.Flush()
}

// plainWidth is the wrap width for plain output: the terminal's width
// (capped for reading) when stdout is one, else 0 (no wrapping).
func plainWidth(f *os.File) int {
	if !isTerminal(f) {
		return 0
	}
	w, _, err := term.GetSize(f.Fd())
	if err != nil || w <= 0 {
		return 80
	}
	return min(w, 90)
}

// load reads a source whole for the printing modes (source.Load), the
// web's with byline's User-Agent.
func load(s source.Source) (*article.Article, *web.Page, error) {
	return source.Load(context.Background(), s, web.UserAgent(version()))
}
