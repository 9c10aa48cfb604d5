package pager

import (
	"fmt"
	"image/color"
	"math/rand/v2"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// fullRender lays out and paints every block of m's article at m's size
// and theme, in a fresh cache, and returns every line as View draws it.
// It is the reference the incremental pager must match.
func fullRender(m Model) []string {
	d := newDoc(m.d.art)
	ref := m
	ref.d, ref.md = d, &mdRenderer{}
	ref.lay = newLayout(d, m.key())
	ref.paintGen = d.nextPaintGen()
	pad := strings.Repeat(" ", m.leftPad())
	var out []string
	for b := range d.blocks {
		bl := ref.layBlock(b)
		ref.paint(b, bl)
		for i := 0; i < ref.lay.count[b]; i++ {
			if i < len(bl.painted) && bl.painted[i] != "" {
				out = append(out, pad+bl.painted[i])
			} else {
				out = append(out, "")
			}
		}
	}
	return out
}

// window returns the height lines of all from top, as View joins them.
func window(all []string, top, height int) string {
	var out []string
	for i := top; i < top+height; i++ {
		if i < len(all) {
			out = append(out, all[i])
		} else {
			out = append(out, "")
		}
	}
	return strings.Join(out, "\n")
}

// expectTop is where a key moves the top line, by less's rules.
func expectTop(k string, top, total, height int) int {
	switch k {
	case "j", "down":
		top++
	case "k", "up":
		top--
	case "space", "f", "pgdown":
		top += height
	case "b", "pgup":
		top -= height
	case "d":
		top += height / 2
	case "u":
		top -= height / 2
	case "g", "home":
		top = 0
	case "G", "end":
		top = total
	}
	return min(max(top, 0), max(total-height, 0))
}

// TestIncrementalMatchesFullRender scrolls through articles with every key
// at several sizes and checks each screen against a full render.
func TestIncrementalMatchesFullRender(t *testing.T) {
	keys := []string{"j", "j", "space", "d", "k", "f", "pgdown", "u", "b", "G", "k", "pgup", "g", "down", "end", "up", "home", "space", "space", "space"}
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a := repeatArticle(t, 40<<10, format)
		a.Byline, a.Dateline = "By A. Reporter", "Updated at 2:45 p.m. ET"
		a.Credits = []string{"Photo: Alexander Nemenov AFP/Getty Images"}
		for _, size := range [][2]int{{24, 7}, {50, 20}, {80, 40}, {131, 33}} {
			for _, background := range []bool{false, true} {
				name := fmt.Sprintf("format%d/%dx%d/background=%v", format, size[0], size[1], background)
				t.Run(name, func(t *testing.T) {
					m := New()
					m.SetStyles(DefaultStyles(true, false), true)
					cmd := tea.Batch(m.SetSize(size[0], size[1]), m.SetArticle(a))
					if background {
						m = drain(m, cmd)
					}
					all := fullRender(m)
					top := 0
					rng := rand.New(rand.NewPCG(uint64(size[0]), 7))
					seq := append(append([]string{}, keys...), keys[rng.IntN(len(keys))], keys[rng.IntN(len(keys))])
					for i, k := range seq {
						var cmd tea.Cmd
						m, cmd = m.Update(keyMsg(k))
						if background {
							m = drain(m, cmd)
						}
						top = expectTop(k, top, len(all), size[1])
						if got, want := m.View(), window(all, top, size[1]); got != want {
							t.Fatalf("after key %d (%q), top %d:\n got:\n%s\nwant:\n%s", i, k, top, ansi.Strip(got), ansi.Strip(want))
						}
					}
				})
			}
		}
	}
}

// lineOf returns the line of the full render of m that shows body offset
// off, from a fresh layout of plain text.
func lineOf(t *testing.T, m Model, off int) int {
	t.Helper()
	d := newDoc(m.d.art)
	lay := newLayout(d, m.key())
	line := 0
	for b, blk := range d.blocks {
		bl := d.layBlock(lay, &mdRenderer{}, b)
		if start, end := blk.span(); blk.kind == kindText && off >= start && off <= end {
			for i, sp := range bl.spans {
				if off >= sp.start && (off < sp.end || i == len(bl.spans)-1 || off < bl.spans[i+1].start) {
					return line + i
				}
			}
		}
		line += lay.count[b]
	}
	t.Fatalf("offset %d not found", off)
	return -1
}

func TestGotoOffset(t *testing.T) {
	a := repeatArticle(t, 60<<10, article.Text)
	offsets := []int{len(a.Body) / 2, len(a.Body) / 3, 10, len(a.Body) - 1, len(a.Body) / 4, len(a.Body)/4 + 200, len(a.Body)/4 + 900}
	for _, width := range []int{30, 72, 100} {
		// With every count measured, the view moves by the rule.
		m := newPager(a, width, 20)
		m = drain(m, m.SetArticle(a))
		all := fullRender(m)
		top := 0
		for _, off := range offsets {
			m.GotoOffset(off)
			line := lineOf(t, m, off)
			if line < top+jumpMargin && top > 0 || line >= top+20-jumpMargin {
				top = min(max(line-jumpMargin, 0), len(all)-20)
			}
			if got, want := m.View(), window(all, top, 20); got != want {
				t.Fatalf("width %d, GotoOffset(%d) (line %d):\n got:\n%s\nwant:\n%s", width, off, line, got, want)
			}
		}
		// Straight after SetArticle, far counts are estimates: a jump
		// must still land the target jumpMargin lines below the top.
		for _, off := range offsets[:2] {
			m := newPager(a, width, 20)
			m.GotoOffset(off)
			line := lineOf(t, m, off)
			if got, want := m.View(), window(all, line-jumpMargin, 20); got != want {
				t.Fatalf("width %d, GotoOffset(%d) before measuring:\n got:\n%s\nwant:\n%s", width, off, got, want)
			}
		}
	}
}

// TestOffsetToLine checks every offset of a paragraph maps to the wrapped
// line that shows it.
func TestOffsetToLine(t *testing.T) {
	a := textArticle("T", sampleParagraphs(t)...)
	m := newPager(a, 40, 10)
	for b := m.d.bodyFrom; b < m.d.bodyTo; b++ {
		blk := m.d.blocks[b]
		bl := m.layBlock(b)
		start, end := blk.span()
		for off := start; off < end; off++ {
			row := m.rowFor(b, off)
			sp := bl.spans[row]
			next := end + 1
			if row+1 < len(bl.spans) {
				next = bl.spans[row+1].start
			}
			if off < sp.start || off >= next {
				t.Fatalf("offset %d maps to line %d %v", off, row, sp)
			}
		}
	}
}

// TestResizeKeepsPlace checks the line at the top stays in view after a
// resize, and the screen is the full render's at the new width.
func TestResizeKeepsPlace(t *testing.T) {
	a := repeatArticle(t, 30<<10, article.Text)
	m := newPager(a, 80, 20)
	m = press(m, "space", "space", "j", "j", "j")
	off := m.offsetAt(m.topBlock, m.topRow)
	for _, w := range []int{50, 120, 33, 80} {
		m = drain(m, m.SetSize(w, 20))
		all := fullRender(m)
		line := lineOf(t, m, off)
		if got, want := m.View(), window(all, line, 20); got != want {
			t.Fatalf("width %d: top is not the line of offset %d:\n got:\n%s\nwant:\n%s", w, off, got, want)
		}
	}
}

// cellsIn returns, for the lines of view, the text of the cells for which
// keep is true, runs joined by spaces.
func styledText(view string, keep func(c *cellStyle) bool) string {
	var runs []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			runs = append(runs, s)
		}
		cur.Reset()
	}
	for _, line := range strings.Split(view, "\n") {
		for _, c := range parseCells(line) {
			if keep(&c) {
				cur.WriteString(c.text)
			} else {
				flush()
			}
		}
		cur.WriteString(" ")
	}
	flush()
	return strings.Join(strings.Fields(strings.Join(runs, " ")), " ")
}

func TestMarksAndHighlightsOnWrappedLines(t *testing.T) {
	quote := "There is a low level of trust between our two countries"
	para := "“" + quote + ",” Tillerson said, sitting beside Lavrov at a joint press conference in Moscow."
	for _, format := range []article.Format{article.Text, article.Markdown} {
		for _, width := range []int{24, 37, 60} {
			t.Run(fmt.Sprintf("format%d/width%d", format, width), func(t *testing.T) {
				src := para
				if format == article.Markdown {
					src = "Tillerson **spoke**. " + para
				}
				a := textArticle("Title", "First paragraph.", src)
				a.Format = format
				start := strings.Index(a.Body, quote)
				m := New()
				m.SetStyles(DefaultStyles(true, false), true)
				m.SetSize(width, 30)
				m.SetArticle(a)
				red := color.RGBA{R: 0xff, A: 0xff}
				m.SetMarks([]Mark{{Span: extract.Span{Start: start, End: start + len(quote)}, Color: red}})
				lav := strings.Index(a.Body, "Lavrov")
				hits := m.Search("lavrov")
				if len(hits) != 1 || hits[0].Start != lav {
					t.Fatalf("Search = %v, want one hit at %d", hits, lav)
				}
				countries := strings.Index(a.Body, "countries")
				m.SetHighlights([]extract.Span{hits[0], {Start: countries, End: countries + len("countries")}}, 0)
				view := m.View()
				if got := styledText(view, func(c *cellStyle) bool { return c.fg == "255;0;0" }); got != quote {
					t.Errorf("red text = %q, want %q\n%s", got, quote, ansi.Strip(view))
				}
				if got := styledText(view, func(c *cellStyle) bool { return c.bg != "" && !c.bold }); got != "countries" {
					t.Errorf("highlighted text = %q, want %q", got, "countries")
				}
				if got := styledText(view, func(c *cellStyle) bool { return c.bg != "" && c.bold }); got != "Lavrov" {
					t.Errorf("current highlight = %q, want %q", got, "Lavrov")
				}
			})
		}
	}
}

// TestWideCharacters checks CJK, emoji and combining marks never push a
// line past the pane's width, at any scroll position.
func TestWideCharacters(t *testing.T) {
	paras := []string{
		"日本語のテキストはスペースなしで折り返す必要があります。これはテストです。東京で記者会見が行われた。",
		"Emoji 👍🏽 family 👩‍👩‍👧 flags 🇯🇵🇺🇸 and combining e\u0301 a\u0300 n\u0303 marks: café naïve résumé.",
		"Mixed 中文 and English words 混合在一起 with 한국어 텍스트 too, “quoted 引用” — done.",
		"Zero\u200bwidth\u200bspaces and a soft\u00adhyphen and Arabic مرحبا بالعالم and Hebrew שלום.",
	}
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a := textArticle("見出し: Wide 👍🏽 title", paras...)
		a.Format = format
		for width := 4; width <= 44; width += 5 {
			m := newPager(a, width, 6)
			for range 12 {
				for i, l := range strings.Split(m.View(), "\n") {
					if w := ansi.StringWidth(l); w > width {
						t.Fatalf("format %d, width %d: line %d %q is %d cells", format, width, i, ansi.Strip(l), w)
					}
				}
				m = press(m, "j", "j")
			}
		}
	}
}

func TestViewSize(t *testing.T) {
	a := textArticle("A title that is quite long indeed", "One paragraph.", "Two.")
	for _, size := range [][2]int{{0, 0}, {1, 1}, {10, 3}, {20, 5}, {300, 100}, {3, 40}} {
		m := newPager(a, size[0], size[1])
		m = press(m, "G", "k", "space", "g", "j")
		v := m.View()
		if size[1] == 0 {
			if v != "" {
				t.Errorf("%v: view %q, want empty", size, v)
			}
			continue
		}
		lines := strings.Split(v, "\n")
		if len(lines) != size[1] {
			t.Errorf("%v: %d lines, want %d", size, len(lines), size[1])
		}
		for _, l := range lines {
			if ansi.StringWidth(l) > size[0] {
				t.Errorf("%v: line %q too wide", size, l)
			}
		}
	}
	var empty Model = New()
	if got := empty.View(); got != "" {
		t.Errorf("empty pager with no size: %q", got)
	}
	empty.SetSize(10, 2)
	if got := empty.View(); got != "\n" {
		t.Errorf("empty pager: %q, want two blank lines", got)
	}
	empty.SetArticle(&article.Article{})
	empty = press(empty, "G", "j", "k")
	if got := empty.View(); got != "\n" {
		t.Errorf("empty article: %q, want two blank lines", got)
	}
}

func TestScrollPercentAndWordsLeft(t *testing.T) {
	a := repeatArticle(t, 20<<10, article.Text)
	m := newPager(a, 60, 20)
	m = drain(m, m.SetArticle(a))
	total := countWords(a.Body) + countWords(a.Title)
	if got := m.ScrollPercent(); got != 0 {
		t.Errorf("percent at top = %v", got)
	}
	// What is on screen is not left: a 60x20 screen holds some 100 words.
	if got := m.WordsLeft(); got > total-50 || got < total-300 {
		t.Errorf("words left at top = %d of %d, want those below the screen", got, total)
	}
	prevWords, prevPct := m.WordsLeft(), 0.0
	for range 10 {
		m = press(m, "space")
		if p := m.ScrollPercent(); p <= prevPct {
			t.Errorf("percent did not grow: %v after %v", p, prevPct)
		} else {
			prevPct = p
		}
		if w := m.WordsLeft(); w >= prevWords {
			t.Errorf("words left did not shrink: %d after %d", w, prevWords)
		} else {
			prevWords = w
		}
	}
	m = press(m, "G")
	if got := m.ScrollPercent(); got != 1 {
		t.Errorf("percent at bottom = %v", got)
	}
	if got := m.WordsLeft(); got != 0 {
		t.Errorf("words left at bottom = %d, want 0", got)
	}
	m = press(m, "k")
	if got := m.WordsLeft(); got <= 0 || got > 30 {
		t.Errorf("words left a line above the bottom = %d, want a line's", got)
	}

	short := textArticle("A Short Headline", "One paragraph of a few words.")
	s := newPager(short, 60, 20)
	s = drain(s, s.SetArticle(short))
	if got := s.WordsLeft(); got != 0 {
		t.Errorf("an article that fits on the screen has %d words left, want 0", got)
	}
}

func TestMouseWheel(t *testing.T) {
	a := repeatArticle(t, 10<<10, article.Text)
	m := newPager(a, 60, 10)
	all := fullRender(m)
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	m, _ = m.Update(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
	if got, want := m.View(), window(all, wheelLines, 10); got != want {
		t.Errorf("after wheel:\n%s\nwant:\n%s", got, want)
	}
}

func TestUnknownKeysAndSideways(t *testing.T) {
	a := repeatArticle(t, 10<<10, article.Text)
	m := newPager(a, 60, 10)
	before := m.View()
	for _, k := range []string{"h", "l", "x", "left", "right"} {
		var cmd tea.Cmd
		m, cmd = m.Update(keyMsg(k))
		if cmd != nil {
			t.Errorf("key %q returned a command", k)
		}
	}
	if m.View() != before {
		t.Error("h/l or an unknown key moved the view")
	}
}

// TestStaleResultsDropped checks results of background work for an
// article no longer shown, or a layout evicted, change nothing.
func TestStaleResultsDropped(t *testing.T) {
	a := repeatArticle(t, 300<<10, article.Text)
	b := textArticle("Other", "Short.")
	m := New()
	m.SetSize(60, 10)
	cmd := m.SetArticle(a)
	m.SetArticle(b)
	want := m.View()
	m = drain(m, cmd)
	if got := m.View(); got != want {
		t.Errorf("stale results changed the view:\n%s", got)
	}
	if m.d.wordsAfter != nil && len(m.d.wordsAfter) != len(m.d.blocks)+1 {
		t.Errorf("stale word counts installed: %d for %d blocks", len(m.d.wordsAfter)-1, len(m.d.blocks))
	}
}

// TestBackgroundMeasuresEverything checks the background commands leave
// every plain-text block measured with its exact count, and render the
// Markdown near the view.
func TestBackgroundMeasuresEverything(t *testing.T) {
	a := repeatArticle(t, 600<<10, article.Text)
	m := New()
	m = drain(m, tea.Batch(m.SetSize(70, 30), m.SetArticle(a)))
	var scratch []lineSpan
	for b := m.d.bodyFrom; b < m.d.bodyTo; b++ {
		if m.lay.state[b] == estimated {
			t.Fatalf("block %d still estimated", b)
		}
		n, s := countLines(m.d.blockText(b), m.lay.key.width, scratch)
		scratch = s
		if m.lay.count[b] != n+m.d.sep(b) {
			t.Fatalf("block %d: count %d, want %d", b, m.lay.count[b], n+m.d.sep(b))
		}
	}
	md := repeatArticle(t, 100<<10, article.Markdown)
	m = drain(m, m.SetArticle(md))
	rendered := 0
	for _, st := range m.lay.state {
		if st == laid {
			rendered++
		}
	}
	if rendered < 10 || rendered == len(m.lay.state) {
		t.Errorf("%d of %d Markdown blocks rendered; want those near the view only", rendered, len(m.lay.state))
	}
}

// TestLongParagraphIsCut checks a paragraph longer than maxBlock is laid
// out in pieces that read as one paragraph.
func TestLongParagraphIsCut(t *testing.T) {
	long := strings.Repeat("word ", 3*maxBlock/5) + "end."
	a := textArticle("T", "Before.", long, "After.")
	m := newPager(a, 60, 10)
	if n := m.d.bodyTo - m.d.bodyFrom; n < 5 {
		t.Fatalf("%d body blocks, want the long paragraph cut", n)
	}
	all := fullRender(m)
	text := strings.Join(all, "\n")
	if strings.Contains(text, "word\n\n") {
		t.Error("blank line inside the cut paragraph")
	}
	if !strings.Contains(text, "end.\n\n  After.") {
		t.Errorf("paragraph end not followed by the next paragraph")
	}
	m = press(m, "G")
	if !strings.Contains(screen(m), "After.") {
		t.Errorf("G does not show the end:\n%s", screen(m))
	}
}
