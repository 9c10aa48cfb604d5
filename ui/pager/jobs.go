package pager

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/internal/lane"
)

// Background work. Commands capture values (the body, which is never
// changed, and copies of what they need), never the Model; their results
// carry the document id and layout key they were made for, and Update drops
// them when that document is gone or that layout was evicted.

// How much background work one message carries.
const (
	// measureChunk is how many bytes of plain text one measuring step
	// wraps (a few milliseconds), so results stream in and a step for a
	// layout no longer shown is soon over.
	measureChunk = 256 << 10
	// prefetchBytes caps the Markdown one render command takes on.
	prefetchBytes = 64 << 10
	// prefetchScreens is how many screens below the view are rendered
	// ahead (one screen above is too).
	prefetchScreens = 2
)

// wordsMsg carries the word count of each block.
type wordsMsg struct {
	doc   uint64
	words []int
}

// measuredMsg carries the exact line counts of plain-text blocks
// [from, from+len(counts)), separators not included.
type measuredMsg struct {
	doc    uint64
	key    layoutKey
	from   int
	counts []int
}

// renderedMsg carries Markdown blocks rendered ahead of the view: lines[k]
// and plain[k] are those of blocks[k]. dropped are blocks the command gave
// up on when its context ended.
type renderedMsg struct {
	doc     uint64
	key     layoutKey
	blocks  []int
	lines   [][]string
	plain   [][]string
	dropped []int
}

// countWordsCmd counts the words of every block, in the lane bg, which
// it hands on (lane.Yield) after each measureChunk of text.
func countWordsCmd(bg *lane.Lane, d *doc) tea.Cmd {
	id, body, blocks := d.id, d.art.Body, d.blocks
	header := d.art.Title + " " + d.art.Byline + " " + d.art.Dateline
	footer := strings.Join(d.art.Credits, " ")
	return func() tea.Msg {
		words := make([]int, len(blocks))
		bg.Do(func() {
			size := 0
			for i, b := range blocks {
				switch b.kind {
				case kindHeader:
					words[i] = countWords(header)
				case kindFooter:
					words[i] = countWords(footer)
				default:
					words[i] = countWords(body[b.start:b.end])
				}
				if size += int(b.end - b.start); size >= measureChunk {
					bg.Yield()
					size = 0
				}
			}
		})
		return wordsMsg{doc: id, words: words}
	}
}

// startMeasure returns the next step of measuring the current layout's
// plain text, unless one is under way or all is measured.
func (m *Model) startMeasure() tea.Cmd {
	lay := m.lay
	if lay == nil || m.d.art.Format != article.Text || lay.measuring || lay.measuredTo >= m.d.bodyTo {
		return nil
	}
	lay.measuring = true
	id, key, body, blocks, from, to := m.d.id, lay.key, m.d.art.Body, m.d.blocks, lay.measuredTo, m.d.bodyTo
	bg := m.Lane
	return func() tea.Msg {
		var (
			counts  []int
			scratch []lineSpan
			size    int
		)
		bg.Do(func() {
			for i := from; i < to && size < measureChunk; i++ {
				var n int
				n, scratch = countLines(body[blocks[i].start:blocks[i].end], key.width, scratch)
				counts = append(counts, n)
				size += int(blocks[i].end - blocks[i].start)
			}
		})
		return measuredMsg{doc: id, key: key, from: from, counts: counts}
	}
}

// onMeasured installs measured line counts and continues measuring while
// that layout is the one shown.
func (m *Model) onMeasured(msg measuredMsg) tea.Cmd {
	if m.d == nil || msg.doc != m.d.id {
		return nil
	}
	lay := m.d.layouts[msg.key]
	if lay == nil {
		return nil
	}
	for k, n := range msg.counts {
		if i := msg.from + k; lay.state[i] == estimated {
			lay.setCount(i, n+m.d.sep(i), measured)
		}
	}
	lay.measuredTo = max(lay.measuredTo, msg.from+len(msg.counts))
	lay.measuring = false
	if lay != m.lay {
		return nil
	}
	return m.startMeasure()
}

// prefetch returns a command that renders the Markdown blocks near the
// view that are not laid out yet, so that scrolling finds them ready.
func (m *Model) prefetch() tea.Cmd {
	lay := m.lay
	if lay == nil || m.height <= 0 || lay.key.style == "" {
		return nil
	}
	var (
		idx  []int
		srcs []string
		size int
	)
	// want takes block b into the command if it needs rendering, and
	// reports whether there is room for more.
	var jobs []*renderJob
	want := func(b int) bool {
		bl := m.d.blocks[b]
		if bl.kind != kindMarkdown || lay.state[b] == laid && !lay.laid[b].provisional || lay.pending[b] {
			return true
		}
		lay.pending[b] = true
		idx, srcs, jobs = append(idx, b), append(srcs, m.d.blockText(b)), append(jobs, lay.jobs[b])
		delete(lay.jobs, b)
		size += int(bl.end - bl.start)
		return size < prefetchBytes
	}
	below := (prefetchScreens + 1) * m.height
	for b := m.topBlock; b < len(m.d.blocks) && below > 0 && want(b); b++ {
		below -= lay.count[b]
	}
	above := m.height
	for b := m.topBlock - 1; b >= 0 && above > 0 && want(b); b-- {
		above -= lay.count[b]
	}
	// The last screen too: G and End are the jump a reader makes most
	// often, and find their blocks ready instead of waiting for Glamour.
	last := m.height
	for b := len(m.d.blocks) - 1; b >= m.topBlock && last > 0 && want(b); b-- {
		last -= lay.count[b]
	}
	if len(idx) == 0 {
		return nil
	}
	return renderCmd(m.renderContext(), m.Lane, m.d.id, lay.key, idx, srcs, jobs)
}

// renderCmd renders the Markdown blocks idx, whose sources are srcs, at
// key, in the lane bg; jobs[k], when not nil, is block idx[k] already
// being rendered. A block that takes longer than renderBudget is shown as
// plain text. When ctx ends (another article or layout is shown), the
// blocks left are dropped.
func renderCmd(ctx context.Context, bg *lane.Lane, doc uint64, key layoutKey, idx []int, srcs []string, jobs []*renderJob) tea.Cmd {
	return func() (msg tea.Msg) {
		bg.Do(func() { msg = renderBlocks(ctx, doc, key, idx, srcs, jobs) })
		return msg
	}
}

// renderBlocks is the work of renderCmd.
func renderBlocks(ctx context.Context, doc uint64, key layoutKey, idx []int, srcs []string, jobs []*renderJob) renderedMsg {
	msg := renderedMsg{doc: doc, key: key}
	for k, src := range srcs {
		if ctx.Err() != nil {
			msg.dropped = append(msg.dropped, idx[k:]...)
			break
		}
		job := jobs[k]
		if job == nil {
			job = startRender(nil, src, key)
		}
		lines, ok := job.wait(ctx, renderBudget)
		switch {
		case ok:
		case ctx.Err() != nil:
			msg.dropped = append(msg.dropped, idx[k:]...)
			return msg
		default:
			lines = plainLines(src, key.width)
		}
		msg.blocks = append(msg.blocks, idx[k])
		msg.lines = append(msg.lines, lines)
		msg.plain = append(msg.plain, stripAll(lines))
	}
	return msg
}

// renderContext is the context of the background rendering of the article
// and layout shown, made on first use; showing another ends it.
func (m *Model) renderContext() context.Context {
	if m.render == nil || m.render.ctx.Err() != nil {
		ctx, cancel := context.WithCancel(context.Background())
		m.render = &renderScope{ctx: ctx, cancel: cancel}
	}
	return m.render.ctx
}

// renderScope is a cancellable context shared by the render commands of
// one article at one layout.
type renderScope struct {
	ctx    context.Context
	cancel context.CancelFunc
}

// stopRendering ends the background rendering under way: its commands
// drop the blocks they have not started.
func (m *Model) stopRendering() {
	if m.render != nil {
		m.render.cancel()
		m.render = nil
	}
}

// onRendered installs Markdown blocks rendered in the background, in place
// of those not laid out or shown as plain text for now.
func (m *Model) onRendered(msg renderedMsg) {
	if m.d == nil || msg.doc != m.d.id {
		return
	}
	lay := m.d.layouts[msg.key]
	if lay == nil {
		return
	}
	for _, b := range msg.dropped {
		delete(lay.pending, b)
	}
	for k, b := range msg.blocks {
		delete(lay.pending, b)
		if old := lay.laid[b]; old == nil || old.provisional {
			m.d.install(lay, b, &blockLines{lines: msg.lines[k], plain: msg.plain[k]})
		}
	}
}
