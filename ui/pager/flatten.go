package pager

import "github.com/byline-reader/byline/article"

// Glamour indents each level of quote and list by a few cells and wraps
// the text in what is left; its cost grows exponentially once the levels
// use up the width (a hundred nested quotes at 96 columns exhaust memory),
// and goldmark's grows fast with lists nested by indentation (2,000 lines
// each indented more than the one before: about a minute). So before a
// block reaches Glamour, each line's container prefix is cut to what the
// width can hold, by article.FlattenNesting: the text stays, at the
// deepest level kept.

// maxNesting is how many levels of quote and list a line keeps at width:
// one per eight cells, at least 2 and at most 12, so that the text keeps
// most of the column.
func maxNesting(width int) int { return min(max(width/8, 2), 12) }

// nestLimit is the limit at width: maxNesting markers, and four columns
// of indentation for each.
func nestLimit(width int) article.NestLimit {
	n := maxNesting(width)
	return article.NestLimit{Markers: n, Columns: 4 * n}
}
