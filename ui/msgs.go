package ui

import (
	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// articleMsg carries a loaded, parsed (not yet analysed) article.
type articleMsg struct {
	idx int // index into Model.sources
	gen int // load generation; results of older loads are not shown
	art *article.Article
	// partial says art is parsed from the start of the source only; the
	// whole article follows.
	partial bool
	// key is art's history key (see bodyKey), computed with the load,
	// off the reader's goroutine, or "" to compute it when needed.
	key string
}

// analysisMsg carries the people and quotes of art.
type analysisMsg struct {
	idx      int
	gen      int
	art      *article.Article // the article analysed, to match the cache
	analysis extract.Analysis
	rows     *sideRows // the sidebar's rows for analysis
	err      error     // the analysis failed (it panicked)
}

// loadErrMsg reports that the source at idx could not be opened.
type loadErrMsg struct {
	idx int
	gen int
	err error
}
