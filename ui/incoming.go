package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/ui/pager"
)

// A source with a Stream is shown as it arrives: the first screen as soon
// as anything is in (main waits a moment for a first chunk before it
// starts the reader, see Stream.Peek); then, while the
// input grows, the article is parsed again from everything read so far
// (parsing is linear and far faster than a pipe of news text fills) at
// most every reparseEvery, and no more often than reparseFactor times the
// last parse took, so re-parsing stays a small share of the work however
// large the input grows. The analysis runs on each new snapshot once the
// previous analysis is done, and once more at the end.
const (
	reparseEvery  = 200 * time.Millisecond
	reparseFactor = 4
)

// incoming is the state of the one source still coming in: standard
// input when it is a pipe. (A feed, RSS or Atom, is a feedDoc.)
type incoming struct {
	idx    int // index of the source; -1 when none streams
	stream *source.Stream
	data   []byte // what has arrived so far
	ended  bool   // the input ended, or reading it failed
	err    error  // why reading stopped before the end (too large, I/O), or nil
	failed error  // why the input cannot be shown (binary, empty), or nil

	parsing     bool          // a parse is under way
	parsed      int           // len(data) when the last parse started
	finalParsed bool          // the parse of the complete input has started
	took        time.Duration // how long the last parse took
}

// streamMsg carries everything read so far from the streaming source.
type streamMsg struct {
	data []byte
	end  error // set when the input ended: io.EOF, or why reading failed
}

// snapshotMsg carries the article parsed from what had arrived.
type snapshotMsg struct {
	art   *article.Article
	err   error
	final bool // parsed from the complete input
	took  time.Duration
}

// newIncoming finds the source that streams, if any.
func newIncoming(sources []source.Source) incoming {
	for i, s := range sources {
		if s.Stream != nil {
			return incoming{idx: i, stream: s.Stream}
		}
	}
	return incoming{idx: -1}
}

// arriving reports whether source i is still coming in.
func (f *incoming) arriving(i int) bool { return i == f.idx && !f.ended }

// readCmd waits for the input beyond its first have bytes: for at least
// wait, and until something new has come or the input ended.
func readCmd(ctx context.Context, s *source.Stream, have int, wait time.Duration) tea.Cmd {
	return func() tea.Msg {
		data, end := s.Next(ctx, have, wait)
		if ctx.Err() != nil {
			return nil
		}
		return streamMsg{data: data, end: end}
	}
}

// parseCmd parses what has arrived. Before the end only whole lines are
// parsed, so that a word or a character cut by the chunk's edge does not
// show, and each snapshot's body is most often the start of the next
// one's (which lets the older analysis stand until the new one is done).
// It never panics: a panic becomes an error.
func parseCmd(data []byte, final bool) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = snapshotMsg{err: fmt.Errorf("internal error while reading: %v", r), final: final}
			}
		}()
		if !final {
			data = wholeLines(data)
			if len(data) == 0 {
				return snapshotMsg{}
			}
		}
		start := time.Now()
		a, err := article.ParseText("stdin", snapshotText(data))
		if err == nil {
			detach(a) // else the title holds the whole decoded snapshot
		}
		return snapshotMsg{art: a, err: err, final: final, took: time.Since(start)}
	}
}

// snapshotText is the text of data, a snapshot of a stream (Stream.next),
// without a copy: a snapshot's bytes never change (the stream only ever
// appends beyond them), so they can be read as a string for as long as
// anything holds it. At 10 MB the copy Parse makes of its bytes was the
// largest thing alive while the whole input was parsed.
func snapshotText(data []byte) string { return unsafe.String(unsafe.SliceData(data), len(data)) }

// wholeLines cuts data after its last newline. Input in UTF-16 (which
// begins with its byte order mark) is cut to an even length instead, and
// a first line with no newline yet before a character cut in two.
func wholeLines(data []byte) []byte {
	if len(data) >= 2 && (data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
		return data[:len(data)&^1]
	}
	if i := bytes.LastIndexByte(data, '\n'); i >= 0 {
		return data[:i+1]
	}
	for j := len(data) - 1; j >= 0 && j >= len(data)-utf8.UTFMax; j-- {
		if utf8.RuneStart(data[j]) {
			if !utf8.FullRune(data[j:]) {
				return data[:j]
			}
			break
		}
	}
	return data
}

// readInterval is how long the next read waits for input to pile up.
func (f *incoming) readInterval() time.Duration {
	return max(reparseEvery, reparseFactor*f.took)
}

// onStream stores what arrived and asks for more (in ctx, the
// program's); the loader parses it (nextParse).
func (f *incoming) onStream(ctx context.Context, msg streamMsg) tea.Cmd {
	f.data = msg.data
	var read tea.Cmd
	if msg.end != nil {
		f.ended = true
		if !endOfInput(msg.end) {
			f.err = fmt.Errorf("stdin: %w", msg.end)
			var ae *article.Error
			if errors.As(msg.end, &ae) {
				f.err = ae
			}
		}
	} else {
		read = readCmd(ctx, f.stream, len(f.data), f.readInterval())
	}
	return read
}

// nextParse returns what has arrived, to be parsed, and whether it is
// all of the input; ok is false while a parse is under way or when
// nothing changed.
func (f *incoming) nextParse() (data []byte, final, ok bool) {
	if f.parsing || f.failed != nil || f.finalParsed || (len(f.data) == f.parsed && !f.ended) {
		return nil, false, false
	}
	f.parsing, f.parsed, f.finalParsed = true, len(f.data), f.ended
	return f.data, f.ended, true
}

// parseDone records the end of the parse that gave msg. After the parse of
// the complete input the article holds all of it: the bytes read are let
// go of.
func (f *incoming) parseDone(msg snapshotMsg) {
	f.parsing = false
	f.took = max(f.took, msg.took)
	if msg.final {
		f.data = nil
		f.stream.Release()
	}
}

// onSnapshot shows a newly parsed snapshot of the streaming source.
func (m *Model) onSnapshot(msg snapshotMsg) tea.Cmd {
	f := &m.load.in
	f.parseDone(msg)
	var cmd tea.Cmd
	switch {
	case msg.err != nil && (msg.final || errors.Is(msg.err, article.ErrBinary)):
		// Anything else may still become readable: only blank lines so far.
		if m.docs[f.idx].art == nil {
			f.failed = msg.err
			if m.cur == f.idx {
				m.state, m.err = stateError, msg.err
				m.side.SetEmpty()
				m.drawBodyNote()
			}
		} else if m.cur == f.idx {
			m.note = msg.err.Error()
		}
	case msg.art != nil:
		cmd = m.install(msg.art)
	}
	if msg.final && f.err != nil && m.cur == f.idx {
		m.note = f.err.Error() + "; showing what came before"
	}
	return tea.Batch(cmd, m.load.parse())
}

// install makes art the streaming source's article. On screen, the body is
// replaced in place (see pager.ReplaceArticle): the line at the top stays,
// so the text never moves under the reader's eyes, except at the bottom,
// where the view follows the growing text, like tail -f.
func (m *Model) install(art *article.Article) tea.Cmd {
	f := &m.load.in
	d := &m.docs[f.idx]
	if f.idx != m.cur || m.state == stateError {
		if d.anArt != nil && !fits(art, d.anArt) {
			d.anArt, d.rows = nil, nil
		}
		d.art = art
		return nil
	}
	if m.state == stateLoading {
		d.art = art
		return m.show()
	}
	return tea.Batch(m.articleView.grow(d, art), m.analyse(true))
}

// toBottom scrolls pg to its end, as G does.
func toBottom(pg *pager.Model) {
	*pg, _ = pg.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
}

// fits reports whether an analysis (or highlights) made for article old
// are good for article a: its body begins with old's.
func fits(a, old *article.Article) bool {
	return a != nil && old != nil && (a == old || strings.HasPrefix(a.Body, old.Body))
}

// endOfInput reports whether err marks a normal end of input.
func endOfInput(err error) bool { return errors.Is(err, io.EOF) }
