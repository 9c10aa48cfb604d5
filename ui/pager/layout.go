package pager

import (
	"strings"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/charmbracelet/x/ansi"
)

// layoutKey names what a layout depends on: the width text is wrapped at
// and, for Markdown, Glamour's style.
type layoutKey struct {
	width int
	style string // Glamour style; "" for plain text
}

// How well a layout knows a block.
const (
	estimated uint8 = iota // line count guessed from the block's length
	measured               // line count exact, lines not kept
	laid                   // lines kept in layout.laid
)

// layout is a document laid out at one key. Only blocks on or near the
// screen are laid out; the others have a line count that is measured (plain
// text, in the background) or estimated (Markdown, until rendered).
type layout struct {
	key   layoutKey
	count []int   // lines of each block, its separator included
	state []uint8 // estimated, measured or laid
	// guess is each block's line count as first estimated; guessed and
	// found sum the guesses and the exact counts of the blocks known so
	// far, to scale the estimates of the others (Glamour's indents and
	// margins make Markdown longer than its length says).
	guess          []int
	guessed, found int
	scaled         bool // whether the estimates are scaled by the latest sums
	laid           map[int]*blockLines
	// first[i] is the first line of block i; first[len(count)] is the
	// total. Valid unless dirty.
	first []int
	dirty bool

	// measuredTo is how far the background measuring of plain text has
	// come; measuring says a step of it is under way.
	measuredTo int
	measuring  bool
	// pending are Markdown blocks being rendered in the background.
	pending map[int]bool
	// jobs are Glamour's renderings of provisional blocks that Update
	// stopped waiting for; the background takes them over.
	jobs map[int]*renderJob
}

// blockLines is a laid-out block.
type blockLines struct {
	// lines are the block's lines as shown without marks: sanitized
	// text for header and footer, Glamour's output for Markdown; nil for
	// plain text, which is cut from the body by spans.
	lines []string
	// spans are the body offsets of each line of plain text.
	spans []lineSpan
	// titleLines is how many of a header's lines are the title.
	titleLines int
	// plain are Markdown lines without ANSI codes; toks maps the block's
	// source words onto them (built on first use).
	plain []string
	toks  *tokenMap
	// painted are the lines as drawn, valid for paint generation gen.
	painted []string
	gen     int
	// provisional says a Markdown block shows as plain text until
	// Glamour's lines come from the background.
	provisional bool
}

// n is the number of lines the block draws (without the separator).
func (bl *blockLines) n() int {
	if bl.spans != nil {
		return len(bl.spans)
	}
	return len(bl.lines)
}

// newLayout returns a layout of d at key with estimated line counts.
func newLayout(d *doc, key layoutKey) *layout {
	lay := &layout{
		key:     key,
		count:   make([]int, len(d.blocks)),
		state:   make([]uint8, len(d.blocks)),
		guess:   make([]int, len(d.blocks)),
		laid:    map[int]*blockLines{},
		pending: map[int]bool{},
		jobs:    map[int]*renderJob{},
		dirty:   true,
	}
	for i, bl := range d.blocks {
		n := 1
		switch bl.kind {
		case kindText, kindMarkdown:
			n = estimateLines(d.art.Body[bl.start:bl.end], key.width)
		case kindHeader:
			n = 2
		case kindFooter:
			n = len(d.art.Credits)
		}
		lay.count[i] = n + d.sep(i)
		lay.guess[i] = lay.count[i]
	}
	lay.measuredTo = d.bodyFrom
	return lay
}

// sep is the number of blank lines after block i: one between paragraphs,
// none after the last block or inside a long paragraph cut in pieces.
func (d *doc) sep(i int) int {
	if i == len(d.blocks)-1 || d.blocks[i].joined {
		return 0
	}
	return 1
}

// estimateLines guesses how many lines s wraps to at width, from its
// length: wrapping wastes about one cell in twenty.
func estimateLines(s string, width int) int {
	width = max(width, 1)
	n := 0
	for {
		nl := strings.IndexByte(s, '\n')
		line := s
		if nl >= 0 {
			line = s[:nl]
		}
		l := len(line) + len(line)/20
		n += max(1, (l+width-1)/width)
		if nl < 0 {
			return n
		}
		s = s[nl+1:]
	}
}

// carry takes over from prev, the layout at the same key of doc from,
// what it knows of the first n blocks of doc to, which are the same
// blocks: their exact line counts and laid-out lines. Their separators
// are counted again (the last block of from has none).
func (lay *layout) carry(prev *layout, from, to *doc, n int) {
	for i := range n {
		if prev.state[i] == estimated || prev.laid[i] != nil && prev.laid[i].provisional {
			continue
		}
		lines := prev.count[i] - from.sep(i)
		if bl := prev.laid[i]; bl != nil {
			lay.laid[i] = &blockLines{lines: bl.lines, spans: bl.spans, titleLines: bl.titleLines, plain: bl.plain, toks: bl.toks}
		}
		st := prev.state[i]
		if st == laid && lay.laid[i] == nil {
			st = measured
		}
		lay.setCount(i, lines+to.sep(i), st)
	}
	if prev.measuredTo <= n {
		lay.measuredTo = max(lay.measuredTo, prev.measuredTo)
	} else {
		lay.measuredTo = max(lay.measuredTo, n)
	}
}

// setCount records block i's exact line count.
func (lay *layout) setCount(i, n int, st uint8) {
	if lay.state[i] == estimated {
		lay.guessed += lay.guess[i]
		lay.found += n
		lay.scaled = false
	}
	if lay.count[i] != n {
		lay.count[i] = n
		lay.dirty = true
	}
	lay.state[i] = st
}

// reindex recomputes first when a count changed, scaling the estimates by
// what the known blocks showed.
func (lay *layout) reindex() {
	if !lay.dirty && lay.scaled && len(lay.first) == len(lay.count)+1 {
		return
	}
	if len(lay.first) != len(lay.count)+1 {
		lay.first = make([]int, len(lay.count)+1)
	}
	if !lay.scaled && lay.guessed > 0 {
		for i, st := range lay.state {
			if st == estimated {
				lay.count[i] = max(1, (lay.guess[i]*lay.found+lay.guessed/2)/lay.guessed)
			}
		}
	}
	lay.scaled = true
	sum := 0
	for i, n := range lay.count {
		lay.first[i] = sum
		sum += n
	}
	lay.first[len(lay.count)] = sum
	lay.dirty = false
}

// layoutFor returns d's layout at key, making it if needed and evicting
// the oldest beyond maxLayouts.
func (d *doc) layoutFor(key layoutKey) *layout {
	if lay, ok := d.layouts[key]; ok {
		for i, k := range d.order {
			if k == key {
				d.order = append(append(d.order[:i:i], d.order[i+1:]...), key)
				break
			}
		}
		return lay
	}
	lay := newLayout(d, key)
	d.layouts[key] = lay
	d.order = append(d.order, key)
	if len(d.order) > maxLayouts {
		delete(d.layouts, d.order[0])
		d.order = d.order[1:]
	}
	return lay
}

// layBlock lays out block i of d in lay now, if it is not already.
func (d *doc) layBlock(lay *layout, r *mdRenderer, i int) *blockLines {
	if bl := lay.laid[i]; bl != nil {
		return bl
	}
	var bl *blockLines
	width := lay.key.width
	switch b := d.blocks[i]; b.kind {
	case kindHeader:
		bl = d.headerLines(width)
	case kindFooter:
		bl = &blockLines{}
		for _, c := range d.art.Credits {
			bl.lines = appendWrapped(bl.lines, c, width)
		}
	case kindText:
		bl = &blockLines{spans: wrapText(d.art.Body[b.start:b.end], int(b.start), width, nil)}
	case kindMarkdown:
		lines, job := r.render(d.art.Body[b.start:b.end], lay.key)
		bl = &blockLines{lines: lines, plain: stripAll(lines), provisional: job != nil}
		if job != nil {
			lay.jobs[i] = job
		}
	}
	d.install(lay, i, bl)
	return bl
}

// maxLaid is how many blocks a layout keeps laid out; beyond it, the
// blocks farthest from the view drop their lines (keeping their exact
// counts) so memory stays bounded however far one scrolls.
const maxLaid = 2048

// trim drops the lines of the laid-out blocks farthest from block near.
func (lay *layout) trim(near int) {
	if len(lay.laid) <= maxLaid {
		return
	}
	keep := maxLaid / 4
	for b := range lay.laid {
		if b < near-keep || b > near+keep {
			delete(lay.laid, b)
			lay.state[b] = measured
		}
	}
}

// install stores a laid-out block.
func (d *doc) install(lay *layout, i int, bl *blockLines) {
	lay.laid[i] = bl
	lay.setCount(i, bl.n()+d.sep(i), laid)
	delete(lay.pending, i)
}

// headerLines wraps the title and the byline and dateline.
func (d *doc) headerLines(width int) *blockLines {
	bl := &blockLines{}
	bl.lines = appendWrapped(bl.lines, d.art.Title, width)
	bl.titleLines = len(bl.lines)
	var meta []string
	for _, s := range []string{d.art.Byline, d.art.Dateline} {
		if s = strings.TrimSpace(s); s != "" {
			meta = append(meta, s)
		}
	}
	if len(meta) > 0 {
		bl.lines = appendWrapped(bl.lines, strings.Join(meta, " · "), width)
	}
	return bl
}

// appendWrapped appends s wrapped at width as sanitized lines; nothing
// when s is blank.
func appendWrapped(out []string, s string, width int) []string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
	if s == "" {
		return out
	}
	for _, sp := range wrapText(s, 0, width, nil) {
		out = append(out, safetext.Cells(s[sp.start:sp.end], 1))
	}
	return out
}

// stripAll returns lines without ANSI codes.
func stripAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = ansi.Strip(l)
	}
	return out
}
