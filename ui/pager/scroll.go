package pager

import "sort"

// Scrolling moves the anchor (topBlock, topRow) by walking blocks. Every
// block it walks over is on screen before or after the move, so it lays out
// only those, and their line counts are exact.

// count returns the exact line count of block b, laying it out.
func (m *Model) count(b int) int {
	m.layBlock(b)
	return m.lay.count[b]
}

// normalize moves an anchor that points past its block's end onto the
// next line, and keeps it inside the document.
func (m *Model) normalize() {
	nb := len(m.d.blocks)
	if nb == 0 {
		m.topBlock, m.topRow = 0, 0
		return
	}
	if m.topBlock >= nb {
		m.topBlock, m.topRow = nb-1, 0
	}
	m.topBlock, m.topRow = max(m.topBlock, 0), max(m.topRow, 0)
	for m.topRow >= m.count(m.topBlock) {
		if m.topBlock == nb-1 {
			m.topRow = max(m.count(m.topBlock)-1, 0)
			return
		}
		m.topRow -= m.count(m.topBlock)
		m.topBlock++
	}
}

// scrollDown moves the view n lines down, not past the end.
func (m *Model) scrollDown(n int) {
	if m.lay == nil || n <= 0 || len(m.d.blocks) == 0 {
		return
	}
	m.topRow += n
	m.normalize()
	m.clampBottom()
}

// scrollUp moves the view n lines up, not past the top.
func (m *Model) scrollUp(n int) {
	if m.lay == nil || n <= 0 || len(m.d.blocks) == 0 {
		return
	}
	m.topRow -= n
	for m.topRow < 0 && m.topBlock > 0 {
		m.topBlock--
		m.topRow += m.count(m.topBlock)
	}
	m.topRow = max(m.topRow, 0)
}

// clampBottom scrolls up if fewer than a screen of lines are left below
// the top, so the last line stays at the bottom of the screen.
func (m *Model) clampBottom() {
	if m.lay == nil || len(m.d.blocks) == 0 {
		return
	}
	left := -m.topRow
	for b := m.topBlock; b < len(m.d.blocks); b++ {
		if left += m.count(b); left >= m.height {
			return
		}
	}
	m.gotoBottom()
}

// gotoPercent scrolls to p percent of the way down, as ScrollPercent
// counts it: 0 is the top, 100 (or more) the bottom.
func (m *Model) gotoPercent(p int) {
	if m.lay == nil || len(m.d.blocks) == 0 {
		return
	}
	if p >= 100 {
		m.gotoBottom()
		return
	}
	m.lay.reindex()
	total := m.lay.first[len(m.lay.count)]
	target := max(total-m.height, 0) * p / 100
	b := sort.Search(len(m.lay.count), func(i int) bool { return m.lay.first[i+1] > target })
	m.topBlock, m.topRow = min(b, len(m.lay.count)-1), 0
	if b < len(m.lay.count) {
		m.topRow = target - m.lay.first[b]
	}
	m.normalize()
	m.clampBottom()
}

// gotoBottom puts the last line at the bottom of the screen, laying out
// only the blocks that are then on screen.
func (m *Model) gotoBottom() {
	if m.lay == nil {
		return
	}
	need := m.height
	for b := len(m.d.blocks) - 1; b >= 0; b-- {
		n := m.count(b)
		if n >= need {
			m.topBlock, m.topRow = b, n-need
			return
		}
		need -= n
	}
	m.topBlock, m.topRow = 0, 0
}

// offsetAt returns the body offset shown at line row of block b, to find
// the same text again at another width.
func (m *Model) offsetAt(b, row int) int {
	bl := m.d.blocks[b]
	start, end := bl.span()
	switch bl.kind {
	case kindHeader:
		return -1
	case kindFooter:
		return len(m.d.art.Body)
	}
	lines := m.lay.laid[b]
	switch {
	case lines == nil:
		return start
	case lines.spans != nil:
		if row < len(lines.spans) {
			return lines.spans[row].start
		}
		return end
	case row >= lines.n():
		return end // the blank line after the block
	}
	if r := m.tokens(b, lines).offsetOf(row); r >= 0 {
		return start + r
	}
	return start + (end-start)*row/max(lines.n(), 1)
}

// rowFor returns the line of block b that shows body offset off, laying
// the block out; the block's end offset is the blank line after it.
func (m *Model) rowFor(b, off int) int {
	bl := m.d.blocks[b]
	start, end := bl.span()
	lines := m.layBlock(b)
	switch {
	case bl.kind != kindText && bl.kind != kindMarkdown:
		return 0
	case off >= end && end > start && m.d.sep(b) > 0:
		// The block's end is the blank line after it: offsetAt gives it
		// for that line, as no line of text starts there.
		return lines.n()
	case lines.spans != nil:
		// the last line starting at or before off
		i := sort.Search(len(lines.spans), func(i int) bool { return lines.spans[i].start > off })
		return max(i-1, 0)
	}
	if r := m.tokens(b, lines).lineOf(off - start); r >= 0 {
		return r
	}
	off = min(max(off, start), end)
	return min((off-start)*lines.n()/max(end-start, 1), max(lines.n()-1, 0))
}

// tokens returns the word map of Markdown block b, building it once.
func (m *Model) tokens(b int, lines *blockLines) *tokenMap {
	if lines.toks == nil {
		lines.toks = newTokenMap(m.d.blockText(b), lines.plain)
	}
	return lines.toks
}
