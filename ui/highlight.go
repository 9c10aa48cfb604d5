package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/ui/pager"
)

// highlight is the part that lights spans of the body — a search's
// matches, a quote, a person's mentions — and steps the focus through
// them (n and N). It owns what is lit, its keys, and the searches of the
// body and their matches; the pager it is handed draws it.
type highlight struct {
	keys  lightKeys
	label string // what is lit: a search query or a person's name
	spans []extract.Span
	cur   int // the span in focus, or -1
}

// lightKeys are the highlight's own keys.
type lightKeys struct {
	Next, Prev key.Binding // step the focus through what is lit
}

// newHighlight returns the highlight part with nothing lit.
func newHighlight(k lightKeys) highlight { return highlight{keys: k, cur: -1} }

// lightsOut is what the highlight part's Update hands back to the root:
// its command, and when noted the status bar's message (a "" note clears
// it, as matches found do a "no matches" left from before).
type lightsOut struct {
	cmd   tea.Cmd
	note  string
	noted bool
}

// Update handles n and N, a search asked for (searchMsg) and its matches
// (searchDoneMsg) for the article read (its index and load generation
// name the searches of it). It reports whether msg was one of them.
func (h *highlight) Update(msg tea.Msg, pg *pager.Model, at reading) (lightsOut, bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, h.keys.Next):
			h.Step(pg, 1)
		case key.Matches(msg, h.keys.Prev):
			h.Step(pg, -1)
		default:
			return lightsOut{}, false
		}
	case searchMsg:
		if msg.query != "" && at.shown {
			return lightsOut{cmd: searchCmd(*pg, at.idx, at.gen, msg.query)}, true
		}
	case searchDoneMsg:
		if msg.idx != at.idx || msg.gen != at.gen || !at.shown {
			break
		}
		out := lightsOut{note: "no matches for " + searchLabel(msg.query), noted: true}
		if h.Light(pg, searchLabel(msg.query), msg.spans) {
			out.note = ""
		}
		return out, true
	default:
		return lightsOut{}, false
	}
	return lightsOut{}, true
}

// forget puts the lights out without drawing: the pager is being given
// another article.
func (h *highlight) forget() { h.label, h.spans, h.cur = "", nil, -1 }

// Light lights spans under label, the first in focus, and scrolls pg to
// it; with no spans it puts the lights out. It reports whether any span
// is lit.
func (h *highlight) Light(pg *pager.Model, label string, spans []extract.Span) bool {
	h.forget()
	if len(spans) > 0 {
		h.label, h.spans, h.cur = label, spans, 0
	}
	pg.SetHighlights(h.spans, h.cur)
	return h.Lit()
}

// Off puts the lights out.
func (h *highlight) Off(pg *pager.Model) { h.Light(pg, "", nil) }

// Quote lights quote i of an, when there is one, and reports whether
// there was.
func (h *highlight) Quote(pg *pager.Model, an *extract.Analysis, i int) bool {
	if an == nil || i < 0 || i >= len(an.Quotes) {
		return false
	}
	label := fmt.Sprintf("quote %d/%d", i+1, len(an.Quotes))
	return h.Light(pg, label, []extract.Span{an.Quotes[i].Span})
}

// Step moves the focus to the next (1) or previous (-1) lit span and
// scrolls pg to it. It reports whether anything is lit.
func (h *highlight) Step(pg *pager.Model, delta int) bool {
	n := len(h.spans)
	if n == 0 {
		return false
	}
	h.cur = ((h.cur+delta)%n + n) % n
	pg.FocusHighlight(h.spans[h.cur])
	return true
}

// Lit reports whether any span is lit.
func (h highlight) Lit() bool { return len(h.spans) > 0 }

// note is the status bar's "label 3/17".
func (h highlight) note() string {
	if len(h.spans) == 0 {
		return ""
	}
	if len(h.spans) == 1 {
		return h.label
	}
	return fmt.Sprintf("%s %d/%d", h.label, h.cur+1, len(h.spans))
}

// searchDoneMsg carries the matches of a search of article idx.
type searchDoneMsg struct {
	idx, gen int
	query    string
	spans    []extract.Span
}

// searchCmd searches the body in pg for query in a command: the body of a
// long article takes milliseconds to scan, which a key must not wait for.
// idx and gen name the article searched, so that late matches are known.
func searchCmd(pg pager.Model, idx, gen int, query string) tea.Cmd {
	return func() tea.Msg { // the body searched never changes
		return searchDoneMsg{idx: idx, gen: gen, query: query, spans: pg.Search(query)}
	}
}

// searchLabel is how a query is named in the status bar: “query”.
func searchLabel(query string) string { return "“" + safetext.Line(query) + "”" }

// analysisOf is the analysis of article i, or nil while it runs.
func analysisOf(docs []doc, i int) *extract.Analysis {
	if i < 0 || i >= len(docs) {
		return nil
	}
	return docs[i].analysis()
}
