package ui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"
)

// routeLoad handles the results of loading and analysing the sources:
// articles, analyses and their progress, the input coming in, errors. It
// reports whether msg was one of them.
func (m *Model) routeLoad(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case articleMsg:
		return m.onArticle(msg), true
	case analysisMsg:
		return m.onAnalysis(msg), true
	case progressTickMsg:
		done, next, ok := m.load.tick(msg)
		if !ok || m.state != stateReading {
			return nil, true
		}
		m.side.SetProgress(progressNote(m.docs[m.cur].art, false, done))
		return next, true
	case streamMsg:
		return m.load.onStream(msg), true
	case snapshotMsg:
		return m.onSnapshot(msg), true
	case loadErrMsg:
		return m.onLoadErr(msg), true
	}
	return nil, false
}

// firstLoad is the command that opens the first source when the reader
// starts, or lists the directories first when there are any.
func (m *Model) firstLoad() tea.Cmd {
	if m.lib.listing {
		return listDirsCmd(m.sources)
	}
	return m.loadSource(0)
}

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
	return m.switchTo(i)
}

// switchTo shows source i, which exists, in place of the one on screen.
func (m *Model) switchTo(i int) tea.Cmd {
	// The place in the article left is kept, and esc comes back to it if
	// the next one is cancelled.
	m.places.record(m.placed(), m.pager.TopOffset())
	m.lib.left(m.cur, m.state == stateReading || m.state == stateFeed)
	m.cur, m.note = i, ""
	m.newLoad()
	if d := m.docs[i]; d.art != nil {
		cmd := m.show()
		if d.partial { // the rest is read while the article is shown
			cmd = tea.Batch(cmd, m.load.rest(i, m.sources[i]))
		}
		return cmd
	}
	if i == m.load.in.idx { // it shows when its start is in
		if err := m.load.in.failed; err != nil {
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
	return m.loadSource(i)
}

// newLoad starts a new load generation for the source shown: the work
// of the one before is cancelled and its results dropped.
func (m *Model) newLoad() {
	m.load.next()
	m.err = nil
	m.articleView.reset()
}

// show puts the cached article of m.cur in the pager and fills the
// sidebar, or starts its analysis.
func (m *Model) show() tea.Cmd {
	d := m.docs[m.cur]
	m.state = stateReading
	cmd := m.pager.SetArticle(d.art)
	if m.load.in.arriving(m.cur) { // no key to find its place by yet
		m.places.pending = false
	} else {
		m.places.restore(&m.docs[m.cur], &m.pager)
	}
	return tea.Batch(cmd, m.analyse(false))
}

// analyse shows the current article's analysis when it is cached and
// has the loader start the one it needs next, showing in the sidebar
// how far that is; newer says the article is a newer snapshot of a
// source streaming in, analysed after the one under way
// (loader.analysis).
func (m *Model) analyse(newer bool) tea.Cmd {
	d := &m.docs[m.cur]
	if !newer && d.anArt != nil {
		m.articleView.apply(d, m.styles)
	}
	cmd, note, ok := m.load.analysis(m.cur, d, newer)
	if ok {
		m.side.SetProgress(note)
	}
	return cmd
}

// onArticle caches a loaded article and shows it if it is the one
// awaited. Results are matched by source index, so a load that finishes
// after the reader left and came back is used rather than wasted.
func (m *Model) onArticle(msg articleMsg) tea.Cmd {
	if msg.idx < 0 || msg.idx >= len(m.docs) {
		return nil
	}
	d := &m.docs[msg.idx]
	switch {
	case d.art == nil:
		d.art, d.partial, d.key = msg.art, msg.partial, artKey{msg.art, msg.key}
	case d.partial && !msg.partial:
		d.art, d.partial, d.key = msg.art, false, artKey{msg.art, msg.key}
		if msg.idx == m.cur && m.state == stateReading {
			m.shelf.release(msg.idx)
			return tea.Batch(m.articleView.whole(d.art), m.analyse(false))
		}
	}
	if !msg.partial {
		m.shelf.release(msg.idx)
	}
	if msg.idx != m.cur || m.state != stateLoading {
		return nil
	}
	cmd := m.show()
	if msg.partial {
		cmd = tea.Batch(cmd, m.load.rest(msg.idx, m.sources[msg.idx]))
	}
	return cmd
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
		if msg.idx == m.cur && m.load.outgrown(msg.gen) {
			return m.analyse(true)
		}
		return nil
	}
	if msg.err == nil && d.anArt != d.art {
		msg.art.Analysis = msg.analysis
		d.anArt, d.rows = msg.art, msg.rows
	}
	if msg.idx != m.cur || !m.load.analysing {
		return nil
	}
	m.setNote(m.articleView.analysed(d, msg.err, m.load.ended(msg.gen, msg.err), m.styles))
	if msg.err != nil {
		return nil
	}
	return m.analyse(true)
}

// onLoadErr shows why the current article could not be opened; errors of
// older loads, and of cancelled ones, are dropped.
//
// When the start of the article is shown and reading the rest fails, the
// start stays, with the error in the status bar, and is analysed.
func (m *Model) onLoadErr(msg loadErrMsg) tea.Cmd {
	if msg.gen != m.load.gen || errors.Is(msg.err, context.Canceled) {
		return nil
	}
	if m.cur < len(m.docs) { // a refresh of the feed shown fails: its list stays
		if st, ok := m.feeds.failed(msg.err, &m.docs[m.cur], m.sources[m.cur].URL); ok {
			return m.toFeed(st)
		}
	}
	if d := &m.docs[m.cur]; d.partial && m.state == stateReading {
		d.partial = false
		m.note = msg.err.Error() + "; showing its start"
		return m.analyse(false)
	}
	m.state, m.err = stateError, msg.err
	m.side.SetEmpty()
	m.drawBodyNote()
	return nil
}
