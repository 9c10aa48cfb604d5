package pager

import (
	"context"
	"encoding/json"
	"github.com/byline-reader/byline/article"
	"strings"
	"sync"
	"time"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"github.com/byline-reader/byline/internal/safetext"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// noColorStyle names byline's colourless Glamour style: Glamour's dark
// style with every colour taken out, so headings and emphasis stay bold and
// italic. (Glamour's own "notty" style would show Markdown's ** and _.)
const noColorStyle = "nocolor"

// glamourStyle names the Glamour style for a theme.
func glamourStyle(dark, noColor bool) string {
	switch {
	case noColor:
		return noColorStyle
	case dark:
		return styles.DarkStyle
	}
	return styles.LightStyle
}

// colourlessDark is Glamour's dark style without colour, made once.
var colourlessDark = sync.OnceValue(func() gansi.StyleConfig { return colourless(styles.DarkStyleConfig) })

// styleConfig returns the Glamour style config named style.
func styleConfig(style string) gansi.StyleConfig {
	if style == noColorStyle {
		return colourlessDark()
	}
	if s, ok := styles.DefaultStyles[style]; ok {
		return *s
	}
	return styles.DarkStyleConfig
}

// colourless returns cfg without any colour and without syntax
// highlighting of code.
func colourless(cfg gansi.StyleConfig) gansi.StyleConfig {
	data, err := json.Marshal(cfg)
	if err != nil {
		return styles.NoTTYStyleConfig
	}
	var tree any
	if json.Unmarshal(data, &tree) != nil {
		return styles.NoTTYStyleConfig
	}
	var strip func(v any)
	strip = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			delete(v, "color")
			delete(v, "background_color")
			delete(v, "chroma")
			delete(v, "theme")
			for _, c := range v {
				strip(c)
			}
		case []any:
			for _, c := range v {
				strip(c)
			}
		}
	}
	strip(tree)
	var out gansi.StyleConfig
	if data, err = json.Marshal(tree); err != nil || json.Unmarshal(data, &out) != nil {
		return styles.NoTTYStyleConfig
	}
	// The dark style marks a top heading by its background alone.
	out.H1.Prefix, out.H1.Suffix = "# ", ""
	return out
}

// mdRenderer renders Markdown blocks with Glamour at one key for Update,
// which it never keeps waiting longer than its clock allows. It is not
// safe for concurrent use: Update keeps one, and each background command
// makes its own renderers.
type mdRenderer struct {
	key   layoutKey
	tr    *glamour.TermRenderer // nil while a job abandoned by Update holds it
	clock updateClock
}

// newTermRenderer makes a Glamour renderer for key with no document margin
// (the pager pads the column itself).
func newTermRenderer(key layoutKey) (*glamour.TermRenderer, error) {
	cfg := styleConfig(key.style)
	zero := uint(0)
	cfg.Document.Margin = &zero
	cfg.Document.BlockPrefix, cfg.Document.BlockSuffix = "", ""
	return glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithWordWrap(key.width))
}

// render returns the lines of the Markdown block src at key. If Glamour
// fails, the block is shown as wrapped plain text. If it takes longer than
// Update may wait, the lines are src as wrapped plain text for now, and
// job is still rendering it.
func (r *mdRenderer) render(src string, key layoutKey) (lines []string, job *renderJob) {
	if r.tr == nil || r.key != key {
		tr, err := newTermRenderer(key)
		if err != nil {
			return plainLines(src, key.width), nil
		}
		r.tr, r.key = tr, key
	}
	left := r.clock.left(time.Now())
	if left <= 0 {
		return plainLines(src, key.width), startRender(nil, src, key)
	}
	start := time.Now()
	job = startRender(r.tr, src, key)
	lines, ok := job.wait(context.Background(), left)
	r.clock.spent += time.Since(start)
	if !ok {
		r.tr = nil // the job keeps it
		return plainLines(src, key.width), job
	}
	return lines, nil
}

// renderMarkdown renders src with tr and tidies the lines: no padding at
// their ends, no blank lines around the block, none wider than width, and
// no style left open at a line's end.
func renderMarkdown(tr *glamour.TermRenderer, src string, width int) []string {
	out, err := tr.Render(glamourSource(src, width))
	if err != nil {
		return plainLines(src, width)
	}
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		line = compact(line)
		if ansi.StringWidth(line) > width { // code and tables are not wrapped
			for _, l := range strings.Split(ansi.Hardwrap(line, width, true), "\n") {
				lines = append(lines, compact(l))
			}
			continue
		}
		lines = append(lines, line)
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	return lines
}

// glamourSource is src as Glamour may take it at width: made safe for
// the screen, and its nesting cut to what the width holds.
func glamourSource(src string, width int) string {
	return article.FlattenNesting(safetext.Cells(src, 4), nestLimit(width))
}

// compact redraws a styled line with the fewest escape codes and without
// the blank cells at its end: Glamour styles each word apart and pads
// lines with styled spaces, which makes them many times longer than their
// text. The line ends with every style and link closed, so nothing leaks
// into what follows it, and keeps only links to the web and to mail.
func compact(line string) string {
	if strings.IndexByte(line, ansi.ESC) < 0 {
		return strings.TrimRight(line, " ")
	}
	w := ansi.StringWidth(line)
	if w == 0 {
		return ""
	}
	scr := uv.NewScreenBuffer(w, 1)
	scr.Method = ansi.GraphemeWidth
	uv.NewStyledString(line).Draw(scr, uv.Rect(0, 0, w, 1))
	cells := scr.Line(0)
	end := len(cells)
	for end > 0 && blank(&cells[end-1]) {
		end--
	}
	dropForeignLinks(cells[:end])
	return cells[:end].Render()
}

// blank reports whether a cell shows nothing: a space with no background,
// reverse or underline.
func blank(c *uv.Cell) bool {
	return (c.Content == " " || c.Content == "") && c.Style.Bg == nil &&
		c.Style.Underline == uv.UnderlineStyleNone && c.Style.Attrs&uv.AttrReverse == 0
}

// plainLines wraps src as plain text.
func plainLines(src string, width int) []string {
	var out []string
	for _, sp := range wrapText(src, 0, width, nil) {
		out = append(out, safetext.Cells(src[sp.start:sp.end], 1))
	}
	return out
}
