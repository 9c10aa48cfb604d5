package ui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"
)

// open shows source i: at once from the cache, or by loading it. The
// work for the article being left is cancelled and its late results are
// not shown (they are still cached).
func (m *Model) open(i int) tea.Cmd {
	switch {
	case len(m.sources) <= 1:
		m.note = "only one article"
		return nil
	case i < 0:
		m.note = "this is the first article"
		return nil
	case i >= len(m.sources):
		m.note = "this is the last article"
		return nil
	}
	m.cancel()
	m.loadCtx, m.cancel = context.WithCancel(m.ctx)
	m.cur, m.gen, m.err, m.note = i, m.gen+1, nil, ""
	m.hl = highlight{cur: -1}
	m.analysing = false
	m.side.Reset()
	if d := m.docs[i]; d.art != nil {
		return m.show()
	}
	if i == m.feed.idx { // it shows when its start is in
		if err := m.feed.failed; err != nil {
			m.state, m.err = stateError, err
			m.side.SetEmpty()
		} else {
			m.state = stateLoading
		}
		m.drawBodyNote()
		return nil
	}
	m.state = stateLoading
	m.drawBodyNote()
	return loadCmd(m.loadCtx, i, m.gen, m.sources[i])
}

// show puts the cached article of m.cur in the pager and fills the
// sidebar, or starts its analysis.
func (m *Model) show() tea.Cmd {
	d := m.docs[m.cur]
	m.state = stateReading
	if m.cur == m.feed.idx {
		m.feed.moved, m.feed.held = false, nil
	}
	cmd := m.pager.SetArticle(d.art)
	if d.analysis != nil {
		m.applyAnalysis()
		if d.anArt == d.art {
			return cmd
		}
	}
	m.analysing = true
	return tea.Batch(cmd, analyseCmd(m.loadCtx, m.cur, m.gen, d.art, m.opts.Lexicon))
}

// onArticle caches a loaded article and shows it if it is the one
// awaited. Results are matched by source index, so a load that finishes
// after the reader left and came back is used rather than wasted.
func (m *Model) onArticle(msg articleMsg) tea.Cmd {
	if msg.idx < 0 || msg.idx >= len(m.docs) {
		return nil
	}
	if m.docs[msg.idx].art == nil {
		m.docs[msg.idx].art = msg.art
	}
	if msg.idx != m.cur || m.state != stateLoading {
		return nil
	}
	return m.show()
}

// onAnalysis caches an analysis and shows it if it is the one awaited.
// For a source still streaming in, the analysis of an earlier snapshot is
// shown while it fits the current one, and the current one is analysed
// next.
func (m *Model) onAnalysis(msg analysisMsg) tea.Cmd {
	if msg.idx < 0 || msg.idx >= len(m.docs) {
		return nil
	}
	d := &m.docs[msg.idx]
	if !fits(d.art, msg.art) { // not made for the article cached for idx
		if msg.idx == m.cur && m.analysing && msg.gen == m.gen {
			m.analysing = false
			return m.analyseFeed()
		}
		return nil
	}
	if msg.err == nil && (d.analysis == nil || d.anArt != d.art) {
		an := msg.analysis
		d.analysis, d.anArt = &an, msg.art
	}
	if msg.idx != m.cur || !m.analysing {
		return nil
	}
	if msg.err != nil {
		if msg.gen == m.gen { // a failure of an older run may not repeat
			m.analysing = false
			m.side.SetFailed()
			m.note = msg.err.Error()
		}
		return nil
	}
	m.analysing = false
	m.applyAnalysis()
	return m.analyseFeed()
}

// applyAnalysis colours the current article's quotes and lists its people
// and quotes.
func (m *Model) applyAnalysis() {
	an := m.docs[m.cur].analysis
	if an == nil {
		return
	}
	m.ranks = rankPeople(an.People)
	m.pager.SetMarks(quoteMarks(an, m.ranks, m.styles))
	m.side.SetAnalysis(an, m.ranks)
}

// onLoadErr shows why the current article could not be opened; errors of
// older loads, and of cancelled ones, are dropped.
func (m *Model) onLoadErr(msg loadErrMsg) {
	if msg.gen != m.gen || errors.Is(msg.err, context.Canceled) {
		return
	}
	m.state, m.err = stateError, msg.err
	m.side.SetEmpty()
	m.drawBodyNote()
}
