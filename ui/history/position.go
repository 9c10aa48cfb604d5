package history

import (
	"sort"

	"github.com/byline-reader/byline/article/extract"
)

// At returns the Position of byte offset off of a body whose paragraphs
// are paras (an Article's Paragraphs): the paragraph holding off, or the
// last one starting before it, and the offset within it. An offset before
// the first paragraph gives paragraph 0, offset 0.
func At(paras []extract.Span, off int) Position {
	i := sort.Search(len(paras), func(i int) bool { return paras[i].Start > off }) - 1
	if i < 0 {
		return Position{}
	}
	return Position{Paragraph: i, Offset: max(0, min(off, paras[i].End)-paras[i].Start)}
}

// In returns the byte offset in the body that p names, given the body's
// paragraphs: the start of paragraph p.Paragraph plus p.Offset, both
// clamped so the result always lies inside the body (a shorter article
// than the one remembered gives its last paragraph). It returns 0 when
// there are no paragraphs.
func (p Position) In(paras []extract.Span) int {
	if len(paras) == 0 {
		return 0
	}
	s := paras[min(max(p.Paragraph, 0), len(paras)-1)]
	return s.Start + min(max(p.Offset, 0), s.End-s.Start)
}
