package ui

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// errNoText is shown when a source holds nothing to read.
var errNoText = errors.New("nothing to read")

// loadCmd reads (unless src.Data is set) and parses the source at idx.
// It never panics: a panic in the parser becomes an error in the UI.
func loadCmd(ctx context.Context, idx, gen int, src Source) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = loadErrMsg{idx, gen, fmt.Errorf("internal error while reading: %v", r)}
			}
		}()
		data := src.Data
		if data == nil {
			if src.Path == "" {
				return loadErrMsg{idx, gen, errNoText}
			}
			var err error
			if data, err = article.ReadFile(src.Path); err != nil {
				return loadErrMsg{idx, gen, err}
			}
		}
		if err := ctx.Err(); err != nil {
			return loadErrMsg{idx, gen, err}
		}
		name := src.Path
		if name == "" {
			name = src.Name
		}
		a, err := article.Parse(name, data)
		if err != nil {
			return loadErrMsg{idx, gen, err}
		}
		return articleMsg{idx, gen, a}
	}
}

// analyseCmd finds the people and quotes of a. The analysis is not
// interruptible, so a cancelled ctx only stops it from starting; a result
// that arrives after its article was left is still cached.
func analyseCmd(ctx context.Context, idx, gen int, a *article.Article, lx *extract.Lexicon) tea.Cmd {
	return func() (msg tea.Msg) {
		if ctx.Err() != nil {
			return nil
		}
		defer func() {
			if r := recover(); r != nil {
				msg = analysisMsg{idx: idx, gen: gen, art: a, err: fmt.Errorf("analysis failed: %v", r)}
			}
		}()
		return analysisMsg{idx: idx, gen: gen, art: a, analysis: article.Analyze(a, lx)}
	}
}
