// Package pager is byline's body pane: it lays out an article's paragraphs
// at the pane's width, scrolls them, colours quotes by speaker and
// highlights spans (search hits, a person's mentions, a chosen quote).
//
// STUB: the API below is the contract the root ui package codes against;
// the pager owner replaces the implementation.
package pager

import (
	"image/color"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// Mark colours a span of the body, such as a quote in its speaker's colour.
type Mark struct {
	Span  extract.Span
	Color color.Color
}

// Styles are the pager's looks; the root ui builds them from the theme.
type Styles struct {
	Title     lipgloss.Style
	Meta      lipgloss.Style
	Text      lipgloss.Style
	Highlight lipgloss.Style // every highlighted span
	Current   lipgloss.Style // the highlighted span in focus
}

// Model is the body pane.
type Model struct {
	art    *article.Article
	width  int
	height int
	dark   bool
	styles Styles
	marks  []Mark
	hl     []extract.Span
	cur    int
	lines  []string
	top    int
}

// New returns an empty pager.
func New() Model { return Model{cur: -1} }

// SetArticle shows a; the returned command renders it in the background.
func (m *Model) SetArticle(a *article.Article) tea.Cmd {
	m.art, m.top, m.hl, m.marks, m.cur = a, 0, nil, nil, -1
	m.layout()
	return nil
}

// SetSize sets the pane's outer size in cells.
func (m *Model) SetSize(width, height int) tea.Cmd {
	m.width, m.height = width, height
	m.layout()
	return nil
}

// SetStyles sets the looks; dark tells Glamour which style to use.
func (m *Model) SetStyles(s Styles, dark bool) tea.Cmd {
	m.styles, m.dark = s, dark
	m.layout()
	return nil
}

// SetMarks sets the coloured spans (quotes by speaker).
func (m *Model) SetMarks(marks []Mark) { m.marks = marks }

// SetHighlights highlights spans; current (or -1) is the one in focus,
// which is scrolled into view.
func (m *Model) SetHighlights(spans []extract.Span, current int) {
	m.hl, m.cur = spans, current
	if current >= 0 && current < len(spans) {
		m.GotoOffset(spans[current].Start)
	}
}

// GotoOffset scrolls so the line holding body offset off is in view.
func (m *Model) GotoOffset(off int) {}

// Search returns the spans of the body that match query, case-insensitively.
func (m Model) Search(query string) []extract.Span {
	if m.art == nil || query == "" {
		return nil
	}
	var out []extract.Span
	lb, lq := strings.ToLower(m.art.Body), strings.ToLower(query)
	for i := 0; ; {
		j := strings.Index(lb[i:], lq)
		if j < 0 {
			break
		}
		out = append(out, extract.Span{Start: i + j, End: i + j + len(lq)})
		i += j + len(lq)
	}
	return out
}

// Update handles scrolling keys, the mouse wheel and render results.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) { return m, nil }

// View draws the visible lines.
func (m Model) View() string {
	end := min(m.top+m.height, len(m.lines))
	return strings.Join(m.lines[min(m.top, end):end], "\n")
}

// ScrollPercent is how far down the article the view is, 0 to 1.
func (m Model) ScrollPercent() float64 {
	if len(m.lines) <= m.height {
		return 1
	}
	return float64(m.top) / float64(len(m.lines)-m.height)
}

// WordsLeft is the number of words below the top of the view, for the
// reading-time estimate.
func (m Model) WordsLeft() int {
	if m.art == nil {
		return 0
	}
	return len(strings.Fields(m.art.Body)) * (100 - int(100*m.ScrollPercent())) / 100
}

func (m *Model) layout() {
	if m.art == nil || m.width <= 0 {
		return
	}
	m.lines = strings.Split(lipgloss.NewStyle().Width(m.width).Render(m.art.Title+"\n\n"+m.art.Body), "\n")
}
