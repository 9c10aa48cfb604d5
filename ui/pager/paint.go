package pager

import (
	"image/color"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/safetext"
)

// spanIndex holds spans sorted by start, with the running maximum of
// their ends, to find the spans that overlap a range quickly even when
// some of them nest.
type spanIndex struct {
	spans  []extract.Span
	maxEnd []int
}

// newSpanIndex sorts a copy of spans (empty ones dropped) and returns it
// with perm, the index in spans of each sorted span.
func newSpanIndex(spans []extract.Span) (spanIndex, []int) {
	perm := make([]int, 0, len(spans))
	sorted := true
	for i, sp := range spans {
		if sp.End > sp.Start {
			sorted = sorted && (len(perm) == 0 || spans[perm[len(perm)-1]].Start <= sp.Start)
			perm = append(perm, i)
		}
	}
	if !sorted { // search hits and mentions come sorted
		sort.SliceStable(perm, func(a, b int) bool { return spans[perm[a]].Start < spans[perm[b]].Start })
	}
	x := spanIndex{spans: make([]extract.Span, len(perm)), maxEnd: make([]int, len(perm))}
	end := 0
	for i, p := range perm {
		x.spans[i] = spans[p]
		end = max(end, spans[p].End)
		x.maxEnd[i] = end
	}
	return x, perm
}

// fits reports whether every span ends within n bytes.
func (x spanIndex) fits(n int) bool {
	return len(x.maxEnd) == 0 || x.maxEnd[len(x.maxEnd)-1] <= n
}

// overlapping appends to out the indexes of the spans that overlap
// [start, end), in order of their starts.
func (x spanIndex) overlapping(start, end int, out []int) []int {
	hi := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].Start >= end })
	from := len(out)
	for k := hi - 1; k >= 0 && x.maxEnd[k] > start; k-- {
		if x.spans[k].End > start {
			out = append(out, k)
		}
	}
	for i, j := from, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// decor is a run of cells on a line drawn in a mark's colour and/or as a
// highlight.
type decor struct {
	c0, c1 int
	color  color.Color // a mark's colour, or nil
	hl     bool        // a highlight
	cur    bool        // the highlight in focus
}

// paint draws block b's lines with the current styles, marks and
// highlights, unless they are already drawn for this generation.
func (m *Model) paint(b int, bl *blockLines) {
	if bl.painted != nil && bl.gen == m.paintGen {
		return
	}
	n := bl.n()
	painted := make([]string, n)
	blk := m.d.blocks[b]
	switch blk.kind {
	case kindHeader:
		for i, l := range bl.lines {
			st := m.styles.Meta
			if i < bl.titleLines {
				st = m.styles.Title
			}
			painted[i] = render(st, l)
		}
	case kindFooter:
		for i, l := range bl.lines {
			painted[i] = render(m.styles.Meta, l)
		}
	case kindText:
		m.paintText(blk, bl, painted)
	case kindMarkdown:
		m.paintMarkdown(b, blk, bl, painted)
	}
	if w := m.lay.key.width; w < 2 {
		for i, l := range painted {
			painted[i] = ansi.Truncate(l, w, "")
		}
	}
	bl.painted, bl.gen = painted, m.paintGen
}

// render is st.Render that leaves an empty string empty.
func render(st lipgloss.Style, s string) string {
	if s == "" {
		return ""
	}
	return st.Render(s)
}

// paintText draws a plain-text block: the body cut at its spans, with
// marks and highlights found by offset.
func (m *Model) paintText(blk block, bl *blockLines, painted []string) {
	body := m.d.art.Body
	marks := m.markX.overlapping(int(blk.start), int(blk.end), nil)
	hls := m.hl.overlapping(int(blk.start), int(blk.end), nil)
	var ds []decor
	for i, sp := range bl.spans {
		raw := safetext.Cells(body[sp.start:sp.end], 1)
		ds = ds[:0]
		cell := func(off int) int {
			return cellWidth(body[sp.start:min(max(off, sp.start), sp.end)])
		}
		for _, k := range marks {
			if s := m.markX.spans[k]; s.Start < sp.end && s.End > sp.start {
				ds = append(ds, decor{c0: cell(s.Start), c1: cell(s.End), color: m.marks[k].Color})
			}
		}
		for _, k := range hls {
			if s := m.hl.spans[k]; s.Start < sp.end && s.End > sp.start {
				ds = append(ds, decor{c0: cell(s.Start), c1: cell(s.End), hl: true, cur: m.hasCur && s == m.cur})
			}
		}
		painted[i] = m.decorate(raw, ds, true)
	}
}

// paintMarkdown draws a Markdown block: Glamour's lines, with marks and
// highlights placed by finding their words on the rendered lines.
func (m *Model) paintMarkdown(b int, blk block, bl *blockLines, painted []string) {
	marks := m.markX.overlapping(int(blk.start), int(blk.end), nil)
	hls := m.hl.overlapping(int(blk.start), int(blk.end), nil)
	if len(marks) == 0 && len(hls) == 0 {
		copy(painted, bl.lines)
		return
	}
	src := m.d.blockText(b)
	t := m.tokens(b, bl)
	perLine := make([][]decor, len(bl.lines))
	add := func(s extract.Span, d decor) {
		for _, r := range t.locate(src, bl.plain, s.Start-int(blk.start), s.End-int(blk.start)) {
			d.c0, d.c1 = r.c0, r.c1
			perLine[r.line] = append(perLine[r.line], d)
		}
	}
	for _, k := range marks {
		add(m.markX.spans[k], decor{color: m.marks[k].Color})
	}
	for _, k := range hls {
		s := m.hl.spans[k]
		add(s, decor{hl: true, cur: m.hasCur && s == m.cur})
	}
	for i, l := range bl.lines {
		painted[i] = m.decorate(l, perLine[i], false)
	}
}

// decorate draws line with its decors. Cells outside every decor keep
// their look: Styles.Text for plain text, Glamour's for Markdown. Inside,
// a highlight's style is laid over the innermost mark's colour.
func (m *Model) decorate(line string, ds []decor, text bool) string {
	if len(ds) == 0 {
		if text {
			return render(m.styles.Text, line)
		}
		return line
	}
	width := ansi.StringWidth(line)
	cuts := []int{0, width}
	for _, d := range ds {
		cuts = append(cuts, min(max(d.c0, 0), width), min(max(d.c1, 0), width))
	}
	sort.Ints(cuts)
	var out strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		if a == z {
			continue
		}
		seg := ansi.Cut(line, a, z)
		var (
			c       color.Color
			hl, cur bool
			styled  bool
		)
		for _, d := range ds {
			if d.c0 <= a && d.c1 >= z {
				if d.color != nil {
					c, styled = d.color, true
				}
				hl, cur = hl || d.hl, cur || d.cur
			}
		}
		styled = styled && !m.styles.NoColor || hl
		if !styled {
			if text {
				seg = render(m.styles.Text, seg)
			}
			out.WriteString(seg)
			continue
		}
		st := lipgloss.NewStyle()
		if text {
			st = m.styles.Text
		}
		if c != nil && !m.styles.NoColor {
			st = st.Foreground(c)
		}
		switch {
		case cur:
			st = m.styles.Current.Inherit(st)
		case hl:
			st = m.styles.Highlight.Inherit(st)
		}
		out.WriteString(st.Render(ansi.Strip(seg)))
	}
	return out.String()
}
