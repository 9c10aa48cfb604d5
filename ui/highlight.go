package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/safetext"
)

// analysis is the current article's analysis, or nil while it runs.
func (m *Model) analysis() *extract.Analysis {
	if m.cur < 0 || m.cur >= len(m.docs) {
		return nil
	}
	return m.docs[m.cur].analysis()
}

// showQuote scrolls the body to quote i and highlights it.
func (m *Model) showQuote(i int) {
	an := m.analysis()
	if an == nil || i < 0 || i >= len(an.Quotes) {
		return
	}
	label := fmt.Sprintf("quote %d/%d", i+1, len(an.Quotes))
	m.setHighlight(highlight{label: label, spans: []extract.Span{an.Quotes[i].Span}, cur: 0})
	m.leaveOverlay()
}

// showPerson highlights every mention of person i and scrolls to the
// first; n and N step through the rest.
func (m *Model) showPerson(i int) {
	an := m.analysis()
	if an == nil || i < 0 || i >= len(an.People) {
		return
	}
	p := an.People[i]
	m.side.FilterQuotes(i, safetext.Line(p.Name))
	if len(p.Mentions) == 0 {
		m.setHighlight(highlight{cur: -1})
		m.note = safetext.Line(p.Name) + ": no mentions"
		return
	}
	m.setHighlight(highlight{label: safetext.Line(p.Name), spans: p.Mentions, cur: 0})
	m.leaveOverlay()
}

// searchDoneMsg carries the matches of a search of article idx.
type searchDoneMsg struct {
	idx, gen int
	query    string
	spans    []extract.Span
}

// runSearch searches the current article for query in a command: the
// body of a long article takes milliseconds to scan, which a key must not
// wait for.
func (m *Model) runSearch(query string) tea.Cmd {
	if query == "" || m.state != stateReading {
		return nil
	}
	pg, idx, gen := m.pager, m.cur, m.gen // the body searched never changes
	return func() tea.Msg {
		return searchDoneMsg{idx: idx, gen: gen, query: query, spans: pg.Search(query)}
	}
}

// onSearch highlights the matches of a search and scrolls to the first.
func (m *Model) onSearch(msg searchDoneMsg) {
	if msg.idx != m.cur || msg.gen != m.gen || m.state != stateReading {
		return
	}
	label := "“" + safetext.Line(msg.query) + "”"
	if len(msg.spans) == 0 {
		m.setHighlight(highlight{cur: -1})
		m.note = "no matches for " + label
		return
	}
	m.setHighlight(highlight{label: label, spans: msg.spans, cur: 0})
}

// stepHighlight moves the focus to the next (1) or previous (-1) lit span.
func (m *Model) stepHighlight(delta int) {
	n := len(m.hl.spans)
	if n == 0 {
		return
	}
	m.hl.cur = ((m.hl.cur+delta)%n + n) % n
	m.note = ""
	m.pager.FocusHighlight(m.hl.spans[m.hl.cur])
}

// clear puts out the highlights and closes the sidebar overlay.
func (m *Model) clear() {
	m.setHighlight(highlight{cur: -1})
	m.side.FilterQuotes(-1, "")
	m.leaveOverlay()
}

func (m *Model) setHighlight(h highlight) {
	m.hl, m.note = h, ""
	m.pager.SetHighlights(h.spans, h.cur)
}

// highlightNote is the status bar's "label 3/17".
func (h highlight) note() string {
	if len(h.spans) == 0 {
		return ""
	}
	if len(h.spans) == 1 {
		return h.label
	}
	return fmt.Sprintf("%s %d/%d", h.label, h.cur+1, len(h.spans))
}
