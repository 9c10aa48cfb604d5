package article

import "github.com/byline-reader/byline/article/extract"

// Analyze finds the people and quotes of a; offsets index a.Body.
func Analyze(a *Article, lx *extract.Lexicon) extract.Analysis {
	return extract.Analyze(a.Body, lx)
}
