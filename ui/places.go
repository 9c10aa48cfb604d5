package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/ui/history"
	"github.com/byline-reader/byline/ui/pager"
)

// places is the part that keeps the reader's place in each article in
// the reading history (History): it records the place in the article
// left, restores it when an article is shown (now, or once the pager
// has a size, the whole article is in and the history file is read), and
// saves the history in a command when it changed. With no history (h
// nil) it does nothing.
type places struct {
	h *History
	// pending says the place of the article shown waits to be restored.
	pending bool
	// dirty says a place (or a feed item read) was recorded and the
	// history should be saved.
	dirty bool
}

// record records the place in d's article, whose top line is at byte
// top of its body; not for an article only the start of which is in
// (its key is not known), nor for none (a nil d).
func (p *places) record(d *doc, top int) {
	if p.h == nil || d == nil || d.art == nil || d.partial {
		return
	}
	p.h.set(d.historyKey(), history.At(d.art.Paragraphs, top))
	p.dirty = true
}

// markRead marks the feed item with link read in w's list and in the
// history.
func (p *places) markRead(w *feedDoc, link string) {
	if w.markRead(link, p.h) {
		p.dirty = true
	}
}

// restore scrolls pg, which has just been given d's article, to where
// it was left, now or as soon as it can (see settle).
func (p *places) restore(d *doc, pg *pager.Model) {
	p.pending = false
	if p.h == nil || d.art == nil {
		return
	}
	if d.partial { // wait for the whole article, if the reader stays put
		p.pending = true
		return
	}
	pos, ok, ready := p.h.get(d.historyKey())
	if !ready { // the history is still being read: restore when it is in
		p.pending = true
		return
	}
	if !ok || pos == (history.Position{}) {
		return
	}
	if !pg.ScrollToOffset(pos.In(d.art.Paragraphs)) {
		p.pending = true
	}
}

// settle finishes an update: it restores a place that had to wait, when
// d (the article read, or nil) can take it now, unless the reader moved
// on meanwhile, and saves the history when anything was recorded.
func (p *places) settle(d *doc, pg *pager.Model) tea.Cmd {
	if p.pending && d != nil && !d.partial {
		if pg.Scrolled() {
			p.pending = false
		} else {
			p.restore(d, pg)
		}
	}
	if p.dirty && p.h != nil {
		p.dirty = false
		return saveHistoryCmd(p.h)
	}
	return nil
}

// Update takes the news of the history: its file read (the items of the
// feeds in docs are marked again by it; settle restores a place waiting
// for it) or not saved. It returns what the status bar should say ("" to
// leave it be), and ok whether msg was one of them.
func (p *places) Update(msg tea.Msg, docs []doc) (cmd tea.Cmd, note string, ok bool) {
	switch msg := msg.(type) {
	case historyErrMsg:
		return nil, historyNote(msg.err), true
	case historyLoadedMsg:
		if msg.warn != nil {
			note = historyNote(msg.warn)
		}
		return remarkFeeds(docs, p.h), note, true
	}
	return nil, "", false
}

// remarkFeeds marks again the items of every feed in docs by h, once h
// is read.
func remarkFeeds(docs []doc, h *History) tea.Cmd {
	var cmds []tea.Cmd
	for i := range docs {
		if w := docs[i].feed; w != nil {
			cmds = append(cmds, w.remark(h))
		}
	}
	return tea.Batch(cmds...)
}

// historyNote is the status bar's line for a problem with the reading
// history. The history package names itself in its errors, as Go
// packages do ("history: …"); the note says "reading history:" once.
func historyNote(err error) string {
	return "reading history: " + strings.TrimPrefix(safetext.Line(err.Error()), "history: ")
}
