package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/lane"
	"github.com/byline-reader/byline/source"
)

// loader is the part that reads, parses and analyses the sources. It
// owns the load generation: each article opened (a source, a feed's
// item, a refresh) begins a new one, which cancels the work of the one
// before and marks its late results as stale. Every command that reads,
// parses or analyses a text starts here, and first notes the text it
// will hold (holdText), so that the memory limit covers it. It also
// keeps the analysis of the article shown: whether one is under way
// (the status bar says so) and how far it has come.
//
// It reads the source that streams in, standard input when it is a
// pipe (incoming.go), as it arrives, and parses it in snapshots.
//
// Which article is shown, and the cache of what was read, are the
// root's (shelf.go): the loader is told the source and hands back
// commands.
type loader struct {
	program context.Context    // the program's: reading the stream outlives a load
	ctx     context.Context    // the current generation's
	cancel  context.CancelFunc // cancels ctx
	gen     int                // older results are not shown
	in      incoming           // the source still coming in, if any

	lexicon   func() (*extract.Lexicon, error)
	userAgent string
	// bg is the lane of the reader's background work (reading the rest
	// of a large file, analysing, and the pager's counting, measuring and
	// rendering ahead): one piece runs at a time, so that on two cores
	// the reader's keys and frames find the other one free.
	bg *lane.Lane

	// analysing says the analysis of the article shown is under way
	// (or waits for the rest of its text).
	analysing bool
	progress  *progress // how far the analysis is, for a large text
}

// inputHold is how long the background work stands still after each key
// or turn of the wheel (lane.Hold): longer than the pause between the
// presses of someone scrolling, short enough that the analysis goes on
// as soon as they read.
const inputHold = 200 * time.Millisecond

// newLoader returns the loader of sources for the program run in ctx,
// in its first generation.
func newLoader(ctx context.Context, sources []source.Source, opts Options) loader {
	l := loader{program: ctx, gen: 1, in: newIncoming(sources), lexicon: opts.lexicon(), userAgent: opts.UserAgent, bg: lane.New()}
	l.ctx, l.cancel = context.WithCancel(ctx)
	return l
}

// next begins a new load generation: the work of the one before is
// cancelled, its results dropped, and no analysis is under way.
func (l *loader) next() {
	l.cancel()
	l.ctx, l.cancel = context.WithCancel(l.program)
	l.gen++
	l.analysing = false
}

// stop cancels the work under way (the reader quits, or esc cancels a
// fetch).
func (l *loader) stop() { l.cancel() }

// read returns the command that opens source i: a fetch for a URL,
// readability for an HTML file, a plain read and parse for the rest.
func (l *loader) read(i int, src source.Source) tea.Cmd {
	switch {
	case src.URL != "":
		return sourceFetchCmd(l.ctx, i, l.gen, src.URL, l.userAgent)
	case src.IsHTML():
		return htmlCmd(i, l.gen, src)
	}
	holdText(i, textSize(src))
	return loadCmd(l.ctx, i, l.gen, src)
}

// rest returns the command that reads the whole of source i, whose
// start is shown.
func (l *loader) rest(i int, src source.Source) tea.Cmd {
	holdText(i, textSize(src))
	return restCmd(l.ctx, l.bg, i, l.gen, src)
}

// fetch returns the command that fetches url for source i (a feed's
// item, or the feed again): fetch makes it.
func (l *loader) fetch(i int, url string, fetch fetchFunc) tea.Cmd {
	return fetch(l.ctx, i, l.gen, url, l.userAgent)
}

// readStream starts reading the source that streams in, if any.
func (l *loader) readStream() tea.Cmd {
	if l.in.idx < 0 {
		return nil
	}
	return readCmd(l.program, l.in.stream, 0, 0)
}

// onStream stores what came in of the stream, asks for more and parses
// it.
func (l *loader) onStream(msg streamMsg) tea.Cmd {
	return tea.Batch(l.in.onStream(l.program, msg), l.parse())
}

// parse returns the command that parses what has come in of the
// stream, when a parse is due.
func (l *loader) parse() tea.Cmd {
	data, final, ok := l.in.nextParse()
	if !ok {
		return nil
	}
	holdText(l.in.idx, len(data))
	return parseCmd(data, final)
}

// analysis starts the analysis that d's article, source i's, shown,
// needs next, and returns the sidebar's progress line for it; ok is
// false when it needs none, and the sidebar stays as it is. It needs
// none when its own is done, nor, for a newer snapshot of a source
// streaming in, while the analysis of an earlier one runs: its end
// starts the next. When only the start of the article is in, the
// analysis waits for the rest.
func (l *loader) analysis(i int, d *doc, newer bool) (cmd tea.Cmd, note string, ok bool) {
	switch {
	case d.art == nil || d.anArt == d.art, newer && l.analysing:
		return nil, "", false
	case d.partial:
		l.analysing = true
		return nil, progressNote(d.art, true, -1), true
	}
	cmd, note = l.analyse(i, d.art)
	return cmd, note, true
}

// analyse starts the analysis of a, the article of source i shown, and
// returns the sidebar's progress line for it: when a is large enough for
// the line to show (progressNote), ticks keep it up to date (tick).
func (l *loader) analyse(i int, a *article.Article) (tea.Cmd, string) {
	holdText(i, len(a.Body))
	l.analysing = true
	l.progress = nil
	note := progressNote(a, false, -1)
	if note == "" {
		return analyseCmd(l.ctx, l.bg, i, l.gen, a, l.lexicon, nil), note
	}
	l.progress = new(progress)
	return tea.Batch(analyseCmd(l.ctx, l.bg, i, l.gen, a, l.lexicon, l.progress), progressTick(l.gen)), note
}

// tick takes a progress tick: it returns how far the analysis under way
// has come and the next tick, or ok false when the tick is stale.
func (l *loader) tick(msg progressTickMsg) (done float64, next tea.Cmd, ok bool) {
	if msg.gen != l.gen || !l.analysing || l.progress == nil {
		return 0, nil, false
	}
	return l.progress.get(), progressTick(msg.gen), true
}

// outgrown takes the end of an analysis of generation gen made for an
// older snapshot of the article shown: it reports whether it was the
// analysis under way, which is over.
func (l *loader) outgrown(gen int) bool {
	if !l.analysing || gen != l.gen {
		return false
	}
	l.analysing = false
	return true
}

// ended takes the end of the analysis under way, of generation gen,
// failed when err is set: a failure of an older run may not repeat, and
// leaves the one under way running. It reports whether gen is current.
func (l *loader) ended(gen int, err error) (current bool) {
	current = gen == l.gen
	if err == nil || current {
		l.analysing = false
	}
	return current
}

// textSize is how much text source src holds once read.
func textSize(src source.Source) int { return max(len(src.Data), int(src.Size)) }
