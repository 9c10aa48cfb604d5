package pager

import (
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// ReplaceArticle shows a in place of the article shown, when a is a newer
// version of it that grew at its end: the rest of a file read in the
// background, or more of a pipe. The line at the top of the screen stays,
// and so do the marks and highlights when they all still lie inside a's
// body. The blocks the two versions share keep their layout (nothing on
// screen is wrapped or rendered again); the rest is measured and rendered
// in the background by the returned command.
func (m *Model) ReplaceArticle(a *article.Article) tea.Cmd {
	old := decorations{m.marks, m.markX, m.hl, m.cur, m.hasCur}
	if m.d == nil || a == nil || m.lay == nil || len(m.d.blocks) == 0 || m.width <= 0 {
		cmd := m.SetArticle(a)
		m.keep(old)
		return cmd
	}
	m.normalize()
	prev, prevLay := m.d, m.lay
	top, row := m.topBlock, m.topRow
	off := m.offsetAt(top, row)
	// Not SetArticle: its layout would lay out the top of a and mark
	// blocks as being rendered by a command nobody runs.
	m.setDoc(a)
	m.keep(old)
	same := sharedBlocks(prev, m.d)
	m.lay = m.d.layoutFor(prevLay.key)
	m.lay.carry(prevLay, prev, m.d, same)
	switch {
	case top < same:
		m.topBlock, m.topRow = top, row
	case off >= 0:
		if b := m.d.findBlock(off); b >= 0 {
			m.topBlock, m.topRow = b, m.rowFor(b, off)
		}
	}
	m.clampBottom()
	m.prepare()
	return tea.Batch(countWordsCmd(m.Lane, m.d), m.startMeasure(), m.prefetch())
}

// sharedBlocks returns how many leading blocks of d and e are the same:
// same kind, span and text.
func sharedBlocks(d, e *doc) int {
	n := 0
	for n < len(d.blocks) && n < len(e.blocks) {
		a, b := d.blocks[n], e.blocks[n]
		if a != b {
			break
		}
		switch a.kind {
		case kindHeader:
			if d.art.Title != e.art.Title || d.art.Byline != e.art.Byline || d.art.Dateline != e.art.Dateline {
				return n
			}
		case kindFooter:
			return n
		default:
			if d.art.Body[a.start:a.end] != e.art.Body[b.start:b.end] {
				return n
			}
		}
		n++
	}
	return n
}

// decorations are the marks and highlights of a Model.
type decorations struct {
	marks  []Mark
	markX  spanIndex
	hl     spanIndex
	cur    extract.Span
	hasCur bool
}

// keep puts back the marks and the highlights of old that lie inside the
// body of the article shown (each set whole or not at all).
func (m *Model) keep(old decorations) {
	if m.d == nil {
		return
	}
	n := len(m.d.art.Body)
	if len(old.marks) > 0 && old.markX.fits(n) {
		m.marks, m.markX = old.marks, old.markX
	}
	if len(old.hl.spans) > 0 && old.hl.fits(n) {
		m.hl, m.cur, m.hasCur = old.hl, old.cur, old.hasCur
	}
}
