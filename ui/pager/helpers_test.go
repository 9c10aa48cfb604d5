package pager

import (
	"fmt"
	"image/color"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// textArticle builds a plain-text article from paragraphs.
func textArticle(title string, paras ...string) *article.Article {
	a := &article.Article{Source: "test", Title: title, Body: strings.Join(paras, "\n\n")}
	off := 0
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, extract.Span{Start: off, End: off + len(p)})
		off += len(p) + 2
	}
	return a
}

// mdArticle builds a Markdown article from blocks.
func mdArticle(title string, blocks ...string) *article.Article {
	a := textArticle(title, blocks...)
	a.Format = article.Markdown
	return a
}

// sampleParagraphs returns the paragraphs of the embedded sample article.
func sampleParagraphs(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile("../../assets/sample.txt")
	if err != nil {
		tb.Skip("no sample:", err)
	}
	var out []string
	for _, p := range strings.Split(string(data), "\n\n") {
		if p = strings.TrimSpace(p); len(p) > 40 {
			out = append(out, p)
		}
	}
	return out
}

// repeatArticle makes an article of about size bytes from the sample's
// paragraphs, varied so that no two neighbours are the same.
func repeatArticle(tb testing.TB, size int, format article.Format) *article.Article {
	tb.Helper()
	src := sampleParagraphs(tb)
	var paras []string
	n := 0
	for i := 0; n < size; i++ {
		p := src[(i*7)%len(src)]
		if format == article.Markdown && i%5 == 0 {
			p = "## Part " + strings.Repeat("I", 1+i%3)
		}
		paras = append(paras, p)
		n += len(p) + 2
	}
	a := textArticle("A long article", paras...)
	a.Format = format
	return a
}

// newPager returns a pager showing a at width x height, with colourless
// styles, and no background work run.
func newPager(a *article.Article, width, height int) Model {
	m := New()
	m.SetStyles(DefaultStyles(true, true), true)
	m.SetSize(width, height)
	m.SetArticle(a)
	return m
}

// drain runs cmd and feeds its messages back until none are left.
func drain(m Model, cmd tea.Cmd) Model {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case nil:
		default:
			var next tea.Cmd
			m, next = m.Update(msg)
			queue = append(queue, next)
		}
	}
	return m
}

// press sends key presses by their names.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m, _ = m.Update(keyMsg(k))
	}
	return m
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+f", "ctrl+b":
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// screen is the view without ANSI codes.
func screen(m Model) string { return ansi.Strip(m.View()) }

// cellStyle is one cell of a drawn line and the look that matters to the
// tests.
type cellStyle struct {
	text string
	fg   string // "r;g;b", or "" for the default colour
	bg   string
	bold bool
}

// parseCells draws line on a one-line screen and returns its cells.
func parseCells(line string) []cellStyle {
	width := max(ansi.StringWidth(line), 1)
	scr := uv.NewScreenBuffer(width, 1)
	scr.Method = ansi.GraphemeWidth
	uv.NewStyledString(line).Draw(scr, uv.Rect(0, 0, width, 1))
	var out []cellStyle
	for x := 0; x < width; x++ {
		c := scr.CellAt(x, 0)
		if c == nil || c.Width == 0 {
			continue
		}
		out = append(out, cellStyle{text: c.Content, fg: rgb(c.Style.Fg), bg: rgb(c.Style.Bg), bold: c.Style.Attrs&uv.AttrBold != 0})
	}
	return out
}

func rgb(c color.Color) string {
	if c == nil {
		return ""
	}
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("%d;%d;%d", r>>8, g>>8, b>>8)
}

// TestMain makes Update wait for Glamour however long it takes, and the
// background give a block a minute before it shows as plain text, so that
// screens compared with a full render do not depend on the machine's
// speed or load; TestProvisionalBlocksAreReplaced sets a budget of its own.
func TestMain(m *testing.M) {
	updateBudget = 0
	renderBudget = time.Minute
	os.Exit(m.Run())
}
