package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/lane"
	"github.com/byline-reader/byline/source"
)

// errNoText is shown when a source holds nothing to read.
var errNoText = errors.New("nothing to read")

// loadCmd reads (unless src.Data is set) and parses the source at idx.
// A source read only from its start (src.Head) is loaded in two steps:
// the start is parsed and shown at once, in an articleMsg marked partial;
// the reader then reads the rest with restCmd. Neither step panics: a
// panic in the parser becomes an error in the UI.
func loadCmd(ctx context.Context, idx, gen int, src source.Source) tea.Cmd {
	head := headCut(src.Head)
	if src.Data != nil || len(head) == 0 {
		return loadWholeCmd(ctx, idx, gen, src)
	}
	return func() tea.Msg {
		if msg := parseHead(idx, gen, src, head); msg != nil {
			return msg
		}
		return loadWhole(ctx, idx, gen, src) // the start alone does not parse
	}
}

// settleDelay is how long background work that follows a new screen
// (reading the rest of a large file, the analysis) waits before it
// starts: a frame or two, so that the screen is drawn before that work
// (and the garbage collection that follows it) competes with it for the
// processor.
const settleDelay = 20 * time.Millisecond

// afterSettle waits for settleDelay and reports whether ctx is still live.
func afterSettle(ctx context.Context) bool {
	t := time.NewTimer(settleDelay)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// restCmd reads and parses the whole of a source whose start is shown,
// after settleDelay, in the lane bg.
func restCmd(ctx context.Context, bg *lane.Lane, idx, gen int, src source.Source) tea.Cmd {
	return func() (msg tea.Msg) {
		if !afterSettle(ctx) {
			return nil
		}
		bg.Do(func() { msg = loadWhole(ctx, idx, gen, src) })
		return msg
	}
}

// loadWholeCmd reads and parses the whole source.
func loadWholeCmd(ctx context.Context, idx, gen int, src source.Source) tea.Cmd {
	return func() tea.Msg { return loadWhole(ctx, idx, gen, src) }
}

// loadWhole reads and parses the whole source.
func loadWhole(ctx context.Context, idx, gen int, src source.Source) (msg tea.Msg) {
	defer func() {
		if r := recover(); r != nil {
			msg = loadErrMsg{idx, gen, fmt.Errorf("internal error while reading: %v", r)}
		}
	}()
	if err := ctx.Err(); err != nil {
		return loadErrMsg{idx, gen, err}
	}
	var a *article.Article
	var err error
	switch {
	case src.Data != nil:
		a, err = parse(src, src.Data)
	case src.Path == "":
		err = errNoText
	default:
		a, err = parseFile(ctx, src)
	}
	if err != nil {
		return loadErrMsg{idx, gen, err}
	}
	return articleMsg{idx: idx, gen: gen, art: a, key: bodyKey(a.Body)}
}

// parseFile reads and parses the file of src. It reads the file straight
// into text (source.ReadFileText): at no time are there three copies of
// it, the bytes read, the text and the cleaned body.
func parseFile(ctx context.Context, src source.Source) (*article.Article, error) {
	text, err := source.ReadFileText(src.Path)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	a, err := article.ParseText(src.Path, text)
	if err != nil {
		return nil, err
	}
	detach(a)
	return a, nil
}

// parseHead parses head, the start of the source, for the first screen;
// nil when it does not parse (only blank lines, say).
func parseHead(idx, gen int, src source.Source, head []byte) (msg tea.Msg) {
	defer func() {
		if r := recover(); r != nil {
			msg = nil
		}
	}()
	a, err := parse(src, head)
	if err != nil {
		return nil
	}
	return articleMsg{idx: idx, gen: gen, art: a, partial: true}
}

// parse parses data of src and lets go of what the article does not need.
func parse(src source.Source, data []byte) (*article.Article, error) {
	name := src.Path
	if name == "" {
		name = src.Name
	}
	a, err := article.Parse(name, data)
	if err != nil {
		return nil, err
	}
	detach(a)
	return a, nil
}

// detach copies the article's short strings (title, byline, dateline,
// credits) out of the text they were cut from: held as substrings they
// would keep the whole decoded input alive beside the body, another copy
// of the file's size.
func detach(a *article.Article) {
	a.Title, a.Byline, a.Dateline = strings.Clone(a.Title), strings.Clone(a.Byline), strings.Clone(a.Dateline)
	credits := make([]string, len(a.Credits))
	for i, c := range a.Credits {
		credits[i] = strings.Clone(c)
	}
	a.Credits = credits
}

// headCut cuts the start of a file after its last blank line, else after
// its last whole line (see wholeLines), so that the first screen shows no
// cut paragraph, word or character.
func headCut(head []byte) []byte {
	if len(head) == 0 {
		return nil
	}
	if i := bytes.LastIndex(head, []byte("\n\n")); i > 0 {
		return head[:i+2]
	}
	return wholeLines(head)
}

// analyseCmd finds the people and quotes of a and prepares the sidebar's
// rows, after settleDelay, with one worker, in the lane bg: the reader's
// goroutines keep the other processor, and between chunks of paragraphs
// (extract.Options.Yield) the analysis lets the work waiting for the lane
// (the pager's measuring, say) have a turn, so keys are answered while it
// runs. A cancelled ctx (the reader opened another article or quit) stops
// the analysis, and nothing is returned. prog, when not nil, is kept up to
// date with the share of the work done.
func analyseCmd(ctx context.Context, bg *lane.Lane, idx, gen int, a *article.Article, lexicon func() (*extract.Lexicon, error), prog *progress) tea.Cmd {
	opt := extract.Options{Workers: 1, Yield: bg.Yield}
	if prog != nil {
		opt.Progress = prog.set
	}
	return func() (msg tea.Msg) {
		if !afterSettle(ctx) {
			return nil
		}
		bg.Do(func() { msg = analyse(ctx, idx, gen, a, lexicon, opt) })
		return msg
	}
}

// analyse is the work of analyseCmd; a panic in it becomes an error.
func analyse(ctx context.Context, idx, gen int, a *article.Article, lexicon func() (*extract.Lexicon, error), opt extract.Options) (msg tea.Msg) {
	defer func() {
		if r := recover(); r != nil {
			msg = analysisMsg{idx: idx, gen: gen, art: a, err: fmt.Errorf("analysis failed: %v", r)}
		}
	}()
	lx, err := lexicon()
	if err != nil {
		return analysisMsg{idx: idx, gen: gen, art: a, err: fmt.Errorf("word lists: %w", err)}
	}
	an, err := article.AnalyzeContext(ctx, a, lx, opt)
	if err != nil {
		return nil // cancelled
	}
	return analysisMsg{idx: idx, gen: gen, art: a, analysis: an, rows: newSideRows(&an)}
}
