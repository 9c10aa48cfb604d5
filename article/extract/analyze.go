package extract

import (
	"context"
	"runtime"
)

// Analyze finds the people and quotations in text, which is an article body:
// paragraphs separated by blank lines, no headline. lx supplies the word
// lists; a nil lx analyses with empty lists. It uses up to GOMAXPROCS
// goroutines.
func Analyze(text string, lx *Lexicon) Analysis {
	an, _ := AnalyzeContext(context.Background(), text, lx, Options{})
	return an
}

// Options tune AnalyzeContext.
type Options struct {
	// Workers is the most goroutines the analysis may keep busy at once;
	// 0 means runtime.GOMAXPROCS(0). A program that must stay responsive
	// while it analyses in the background, such as the reader, asks for 1.
	Workers int
	// Progress, when set, is called from the analysing goroutine with the
	// share of the work done, from 0 to 1, a few times a second at most
	// on large texts.
	Progress func(done float64)
	// Yield, when set and the analysis has one worker, is called between
	// chunks of work in place of runtime.Gosched, for a program that runs
	// its background work one piece at a time (the reader measures the
	// text shown between two pieces).
	Yield func()
}

// AnalyzeContext is Analyze that stops early, with ctx's error, when ctx
// is done, and reports its progress. Between chunks of paragraphs it
// yields the processor, so that a program analysing in the background
// stays responsive without tuning the runtime.
func AnalyzeContext(ctx context.Context, text string, lx *Lexicon, opt Options) (Analysis, error) {
	if lx == nil {
		lx = &Lexicon{}
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if len(text) < 2*minRun {
		workers = 1 // too short to be worth sharing
	}
	progress := opt.Progress
	if progress == nil {
		progress = func(float64) {}
	}
	progress(0)
	if opt.Yield != nil && workers == 1 {
		ctx = context.WithValue(ctx, yieldKey{}, opt.Yield)
	}
	doc := startDoc(ctx, text, lx, workers > 1)
	// Finding the people takes about three fifths of the time, attributing
	// the quotes the rest.
	people, unconfirmed, err := findPeople(ctx, text, lx, workers, func(done float64) { progress(0.6 * done) })
	if err != nil {
		return Analysis{}, err
	}
	progress(0.6)
	d := doc()
	spk, err := d.attribute(ctx, people, unconfirmed, func(done float64) { progress(0.6 + 0.4*done) })
	if err != nil {
		return Analysis{}, err
	}
	quotes := d.judge(spk)
	progress(1)
	return Analysis{People: people, Quotes: quotes}, nil
}

// startDoc returns the quotations' document of text, made by a goroutine
// of its own when parallel (it does not need the people, so it can be
// made while they are found), else when asked for, with checkpoints.
func startDoc(ctx context.Context, text string, lx *Lexicon, parallel bool) func() *quoteDoc {
	if !parallel {
		return func() *quoteDoc { return buildDoc(text, lx, func() { _ = checkpoint(ctx) }) }
	}
	docc := make(chan *quoteDoc, 1)
	go func() { docc <- newDoc(text, lx) }()
	return func() *quoteDoc { return <-docc }
}

// chunk is how many paragraphs (when finding people) or quotes (when
// attributing them) the analysis works through between two checkpoints:
// a few tenths of a millisecond of work on news text.
const chunk = 32

// checkpoint, between chunks of work, yields the processor to any
// goroutine that waits for it (a reader's key press during a 10 MB
// analysis), or the program's turn (Options.Yield), and returns ctx's
// error once ctx is done.
func checkpoint(ctx context.Context) error {
	if yield, ok := ctx.Value(yieldKey{}).(func()); ok {
		yield()
	} else {
		runtime.Gosched()
	}
	return ctx.Err()
}

// pacer calls pause after every pace steps of work, so that a long pass
// lets go of its processor every few tenths of a millisecond however its
// steps differ in size (one person is named once, another ten thousand
// times). A nil pause never pauses.
type pacer struct {
	pause func()
	steps int // since the last pause
}

// pace is how many steps (a name, a mention, a paragraph) a pacer lets
// pass between two pauses.
const pace = 1024

// step counts n steps of work, and pauses once pace have passed.
func (p *pacer) step(n int) {
	if p.steps += n; p.steps >= pace && p.pause != nil {
		p.steps = 0
		p.pause()
	}
}

// yieldKey is the key of Options.Yield in the context of an analysis,
// where checkpoint finds it.
type yieldKey struct{}
