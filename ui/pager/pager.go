// Package pager is byline's body pane: it lays out an article's paragraphs
// at the pane's width, scrolls them, colours quotes by speaker and
// highlights spans (search hits, a person's mentions, a chosen quote).
//
// It is built to be instant at any size. The article is cut into blocks
// (the header, each paragraph, the credits); a layout per width and theme
// keeps each block's line count and, for the blocks on or near the screen,
// its lines. Plain text is wrapped by the pager itself, Markdown by Glamour.
// Only the blocks on screen are laid out in Update; the line counts of the
// rest are estimated, then measured (plain text) or rendered (Markdown near
// the view) by commands in the background. The scroll position is a block
// and a line within it, so counts that change elsewhere never move the
// view, and jumps go straight to a block without laying out what lies
// between.
package pager

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/lane"
)

// Look of the text column.
const (
	// maxTextWidth caps the wrap width for reading comfort.
	maxTextWidth = 90
	// jumpMargin is how many lines above a jump target stay in view.
	jumpMargin = 3
	// wheelLines is how far one notch of the mouse wheel scrolls.
	wheelLines = 3
)

// Model is the body pane.
type Model struct {
	// KeyMap are the scrolling keys; the root may change them.
	KeyMap KeyMap
	// Lane, when set, is where the pager's background work (counting
	// words, measuring plain text, rendering Markdown ahead) runs, one
	// piece at a time with the rest of the program's; when nil, each
	// command runs at once.
	Lane *lane.Lane

	d   *doc    // the article and its caches; nil when none
	lay *layout // d's layout at the current width and theme
	md  *mdRenderer
	// render scopes the background rendering of the article and layout
	// shown; nil when none is under way.
	render *renderScope

	width, height int
	dark          bool
	styles        Styles

	marks []Mark // sorted by start
	markX spanIndex
	hl    spanIndex    // highlights, sorted by start
	cur   extract.Span // the highlight in focus; valid when hasCur
	// hasCur says a highlight is in focus.
	hasCur bool
	// paintGen identifies the current marks, highlights and styles;
	// painted lines of another generation are stale.
	paintGen int

	// topBlock and topRow are the first line on screen: a block and a
	// line within it.
	topBlock, topRow int
	// typed is the number typed before a key that takes one (Percent);
	// -1 when none is.
	typed int
}

// New returns an empty pager with the default keys and looks.
func New() Model {
	return Model{KeyMap: DefaultKeyMap(), md: &mdRenderer{}, styles: DefaultStyles(true, false), dark: true, typed: -1}
}

// SetArticle shows a from its top; the returned command measures and
// renders the rest of it in the background.
func (m *Model) SetArticle(a *article.Article) tea.Cmd {
	m.setDoc(a)
	if a == nil {
		return nil
	}
	cmd := m.relayout()
	return tea.Batch(countWordsCmd(m.Lane, m.d), cmd)
}

// setDoc makes a the article shown, with no layout yet, at its top, with
// no marks or highlights.
func (m *Model) setDoc(a *article.Article) {
	m.marks, m.markX, m.hl, m.hasCur = nil, spanIndex{}, spanIndex{}, false
	m.topBlock, m.topRow = 0, 0
	m.d, m.lay = nil, nil
	m.stopRendering()
	if a != nil {
		m.d = newDoc(a)
		m.paintGen = m.d.nextPaintGen()
	}
}

// FocusHighlight puts the focus on sp, one of the highlighted spans, and
// scrolls it into view, as SetHighlights does, without indexing the
// highlights again (n and N step through thousands of them).
func (m *Model) FocusHighlight(sp extract.Span) {
	m.cur, m.hasCur = sp, true
	m.repaint()
	m.GotoOffset(sp.Start)
}

// Scrolled reports whether the view has left the top of the article.
func (m Model) Scrolled() bool { return m.topBlock > 0 || m.topRow > 0 }

// SetSize sets the pane's outer size in cells.
func (m *Model) SetSize(width, height int) tea.Cmd {
	m.width, m.height = max(width, 0), max(height, 0)
	return m.relayout()
}

// SetStyles sets the looks; dark tells Glamour which style to use.
func (m *Model) SetStyles(s Styles, dark bool) tea.Cmd {
	m.styles, m.dark = s, dark
	if m.d != nil {
		m.paintGen = m.d.nextPaintGen()
	}
	return m.relayout()
}

// SetMarks sets the coloured spans (quotes by speaker).
func (m *Model) SetMarks(marks []Mark) {
	spans := make([]extract.Span, len(marks))
	for i, mk := range marks {
		spans[i] = mk.Span
	}
	var perm []int
	m.markX, perm = newSpanIndex(spans)
	m.marks = make([]Mark, len(perm))
	for i, p := range perm {
		m.marks[i] = marks[p]
	}
	m.repaint()
}

// SetHighlights highlights spans; current (or -1) is the one in focus,
// which is scrolled into view a few lines below the top.
func (m *Model) SetHighlights(spans []extract.Span, current int) {
	m.hl, _ = newSpanIndex(spans)
	m.hasCur = current >= 0 && current < len(spans)
	if m.hasCur {
		m.cur = spans[current]
	}
	m.repaint()
	if m.hasCur {
		m.GotoOffset(m.cur.Start)
	}
}

// GotoOffset scrolls so the line holding body offset off is in view: it
// stays put if that line is already well inside the screen, else the line
// is put a few lines below the top.
func (m *Model) GotoOffset(off int) {
	if m.lay == nil || m.height <= 0 {
		return
	}
	b := m.d.findBlock(off)
	if b < 0 {
		return
	}
	row := m.rowFor(b, off)
	m.lay.reindex()
	dist := m.lay.first[b] + row - (m.lay.first[m.topBlock] + m.topRow)
	margin := min(jumpMargin, (m.height-1)/2)
	if dist >= min(margin, m.lay.first[m.topBlock]+m.topRow) && dist < m.height-margin {
		return
	}
	m.topBlock, m.topRow = b, row
	m.scrollUp(margin)
	m.clampBottom()
	m.prepare()
}

// Search returns the spans of the body that match query, ignoring case
// (Unicode simple folding); whitespace in query matches any one
// whitespace character.
func (m Model) Search(query string) []extract.Span {
	if m.d == nil {
		return nil
	}
	return search(m.d.art.Body, query)
}

// Update handles scrolling keys, the mouse wheel and the results of the
// pager's background work.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !m.handleKey(msg) {
			return m, nil
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			m.scrollDown(wheelLines)
		case tea.MouseWheelUp:
			m.scrollUp(wheelLines)
		default:
			return m, nil
		}
	case wordsMsg:
		if m.d != nil && msg.doc == m.d.id {
			m.d.setWords(msg.words)
		}
		return m, nil
	case measuredMsg:
		cmd = m.onMeasured(msg)
	case renderedMsg:
		m.onRendered(msg)
	default:
		return m, nil
	}
	m.prepare()
	return m, tea.Batch(cmd, m.prefetch())
}

// handleKey scrolls for a key of the KeyMap and reports whether it was
// one.
func (m *Model) handleKey(msg tea.KeyPressMsg) bool {
	k := m.KeyMap
	if key.Matches(msg, k.Count) {
		m.typed = min(max(m.typed, 0)*10+int(msg.String()[0]-'0'), 1000)
		return true
	}
	typed := m.typed
	m.typed = -1
	switch {
	case key.Matches(msg, k.Percent):
		m.gotoPercent(max(typed, 0))
	case key.Matches(msg, k.Down):
		m.scrollDown(1)
	case key.Matches(msg, k.Up):
		m.scrollUp(1)
	case key.Matches(msg, k.PageDown):
		m.scrollDown(max(m.height, 1))
	case key.Matches(msg, k.PageUp):
		m.scrollUp(max(m.height, 1))
	case key.Matches(msg, k.HalfPageDown):
		m.scrollDown(max(m.height/2, 1))
	case key.Matches(msg, k.HalfPageUp):
		m.scrollUp(max(m.height/2, 1))
	case key.Matches(msg, k.Top):
		m.topBlock, m.topRow = 0, 0
	case key.Matches(msg, k.Bottom):
		m.gotoBottom()
	default:
		return false
	}
	return true
}

// View draws the visible lines: exactly the pane's height, none wider
// than its width. It only joins lines painted in Update.
func (m Model) View() string {
	if m.height <= 0 {
		return ""
	}
	var out strings.Builder
	rows := 0
	newline := func() {
		if rows > 0 {
			out.WriteByte('\n')
		}
		rows++
	}
	if m.lay != nil {
		pad := m.leftPad()
		b, r := m.topBlock, m.topRow
		for rows < m.height && b < len(m.lay.count) {
			bl := m.lay.laid[b]
			for ; r < m.lay.count[b] && rows < m.height; r++ {
				newline()
				if bl != nil && r < len(bl.painted) && bl.painted[r] != "" {
					for range pad {
						out.WriteByte(' ')
					}
					out.WriteString(bl.painted[r])
				}
			}
			b, r = b+1, 0
		}
	}
	for rows < m.height {
		newline()
	}
	return out.String()
}

// ScrollPercent is how far down the article the view is, 0 to 1.
func (m Model) ScrollPercent() float64 {
	if m.lay == nil || len(m.lay.first) != len(m.lay.count)+1 {
		return 1
	}
	total := m.lay.first[len(m.lay.count)]
	if total <= m.height {
		return 1
	}
	p := float64(m.lay.first[m.topBlock]+m.topRow) / float64(total-m.height)
	return min(max(p, 0), 1)
}

// WordsLeft is the number of words below the view, for the reading-time
// estimate: what is on screen is being read, so at the bottom (or in an
// article that fits on one screen) none are left.
func (m Model) WordsLeft() int {
	if m.d == nil || m.lay == nil || len(m.d.blocks) == 0 {
		return 0
	}
	b, row, ok := m.below()
	if !ok {
		return 0
	}
	n := max(m.lay.count[b], 1)
	if m.d.wordsAfter == nil { // not counted yet: about six bytes a word
		left := 0
		if b < m.d.bodyTo {
			left = len(m.d.art.Body)
		}
		if b >= m.d.bodyFrom && b < m.d.bodyTo {
			bl := m.d.blocks[b]
			left -= int(bl.start) + int(bl.end-bl.start)*row/n
		}
		return left / 6
	}
	words := m.d.wordsAfter[b] - m.d.wordsAfter[b+1] // in block b
	return m.d.wordsAfter[b+1] + words*(n-row)/n
}

// below is the first line under the view, as a block and a line in it;
// ok is false when the view reaches the end of the article.
func (m Model) below() (b, row int, ok bool) {
	b, row = m.topBlock, m.topRow+m.height
	for b < len(m.lay.count) && row >= m.lay.count[b] {
		row -= m.lay.count[b]
		b++
	}
	return b, row, b < len(m.lay.count)
}

// textWidth is the width text is wrapped at.
func (m Model) textWidth() int {
	return max(min(m.width-2*m.margin(), maxTextWidth), 1)
}

// margin is the least space left and right of the text.
func (m Model) margin() int {
	switch {
	case m.width >= 30:
		return 2
	case m.width >= 10:
		return 1
	}
	return 0
}

// leftPad centres the text column in the pane.
func (m Model) leftPad() int {
	return m.margin() + max(m.width-2*m.margin()-m.textWidth(), 0)/2
}

// key is the layout key for the current width and theme.
func (m Model) key() layoutKey {
	k := layoutKey{width: m.textWidth()}
	if m.d != nil && m.d.art.Format == article.Markdown {
		k.style = glamourStyle(m.dark, m.styles.NoColor)
	}
	return k
}

// relayout switches to the layout for the current size and theme, keeping
// the same text at the top, lays out the screen and returns the command
// that measures or renders the rest.
func (m *Model) relayout() tea.Cmd {
	if m.d == nil || m.width <= 0 {
		return nil
	}
	if m.md == nil {
		m.md = &mdRenderer{}
	}
	key := m.key()
	if m.lay != nil && m.lay.key == key {
		m.prepare()
		return m.prefetch()
	}
	off := -1
	if m.lay != nil {
		off = m.offsetAt(m.topBlock, m.topRow)
	}
	return m.useLayout(key, off)
}

// useLayout switches to the layout at key with the line that shows body
// offset off at the top (the top of the article when off < 0), lays out
// the screen and returns the command that measures or renders the rest.
func (m *Model) useLayout(key layoutKey, off int) tea.Cmd {
	m.stopRendering()
	m.lay = m.d.layoutFor(key)
	m.topBlock, m.topRow = 0, 0
	if off >= 0 {
		if b := m.d.findBlock(off); b >= 0 {
			m.topBlock, m.topRow = b, m.rowFor(b, off)
		}
	}
	m.clampBottom()
	m.prepare()
	return tea.Batch(m.startMeasure(), m.prefetch())
}

// repaint makes every painted line stale.
func (m *Model) repaint() {
	if m.d == nil {
		return
	}
	m.paintGen = m.d.nextPaintGen()
	m.prepare()
}

// prepare lays out and paints the blocks on screen and refreshes the line
// index, so that View has only to join lines.
func (m *Model) prepare() {
	if m.lay == nil || m.height <= 0 || len(m.d.blocks) == 0 {
		return
	}
	m.normalize()
	b, need := m.topBlock, m.height+m.topRow
	for need > 0 && b < len(m.d.blocks) {
		bl := m.layBlock(b)
		m.paint(b, bl)
		need -= m.lay.count[b]
		b++
	}
	m.lay.reindex()
	m.lay.trim(m.topBlock)
}

// layBlock lays out block b of the current layout.
func (m *Model) layBlock(b int) *blockLines {
	return m.d.layBlock(m.lay, m.md, b)
}
