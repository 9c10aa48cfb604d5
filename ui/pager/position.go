package pager

// TopOffset returns the body offset of the text at the top of the screen,
// to remember the reading position: 0 while the header is at the top, the
// body's length on the credits after it.
func (m Model) TopOffset() int {
	if m.d == nil || m.lay == nil || len(m.d.blocks) == 0 {
		return 0
	}
	b := min(max(m.topBlock, 0), len(m.d.blocks)-1)
	return max(m.offsetAt(b, m.topRow), 0)
}

// ScrollToOffset puts the line holding body offset off at the top of the
// screen, or as near as the end of the article allows. Unlike GotoOffset
// it leaves no lines above, so that a position read back with TopOffset
// shows the same text. It reports whether it could scroll: not before the
// pane has a size and an article.
func (m *Model) ScrollToOffset(off int) bool {
	if m.d == nil || m.lay == nil || m.height <= 0 {
		return false
	}
	b := m.d.findBlock(off)
	if b < 0 {
		return false
	}
	m.topBlock, m.topRow = b, m.rowFor(b, off)
	m.clampBottom()
	m.prepare()
	return true
}
