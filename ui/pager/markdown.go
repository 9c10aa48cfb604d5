package pager

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
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

// styleConfig returns the Glamour style config named style.
func styleConfig(style string) gansi.StyleConfig {
	if style == noColorStyle {
		return colourless(styles.DarkStyleConfig)
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

// mdRenderer renders Markdown blocks with Glamour at one key. It is not
// safe for concurrent use: Update keeps one, and each background command
// makes its own.
type mdRenderer struct {
	key layoutKey
	tr  *glamour.TermRenderer
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
// fails, the block is shown as wrapped plain text.
func (r *mdRenderer) render(src string, key layoutKey) []string {
	if r.tr == nil || r.key != key {
		tr, err := newTermRenderer(key)
		if err != nil {
			return plainLines(src, key.width)
		}
		r.tr, r.key = tr, key
	}
	return renderMarkdown(r.tr, src, key.width)
}

// renderMarkdown renders src with tr and tidies the lines: no padding at
// their ends, no blank lines around the block, none wider than width, and
// no style left open at a line's end.
func renderMarkdown(tr *glamour.TermRenderer, src string, width int) []string {
	out, err := tr.Render(sanitizeMarkdown(src))
	if err != nil {
		return plainLines(src, width)
	}
	var lines []string
	for _, line := range strings.Split(out, "\n") {
		plain := ansi.Strip(line)
		trimmed := strings.TrimRight(plain, " ")
		if trimmed == "" {
			lines = append(lines, "")
			continue
		}
		w := ansi.StringWidth(trimmed)
		if len(trimmed) < len(plain) {
			line = ansi.Truncate(line, w, "")
		}
		if w > width {
			lines = append(lines, closeStyles(strings.Split(ansi.Hardwrap(line, width, true), "\n"))...)
			continue
		}
		lines = append(lines, closeStyle(line))
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

// closeStyle ends line with a reset if it holds escape codes, so no style
// leaks into what follows it.
func closeStyle(line string) string {
	if strings.IndexByte(line, ansi.ESC) >= 0 && !strings.HasSuffix(line, "\x1b[m") && !strings.HasSuffix(line, "\x1b[0m") {
		return line + "\x1b[m"
	}
	return line
}

func closeStyles(lines []string) []string {
	for i, l := range lines {
		lines[i] = closeStyle(l)
	}
	return lines
}

// plainLines wraps src as plain text.
func plainLines(src string, width int) []string {
	var out []string
	for _, sp := range wrapText(src, 0, width, nil) {
		out = append(out, sanitize(src[sp.start:sp.end]))
	}
	return out
}

// sanitizeMarkdown replaces control characters other than tab and newline
// with U+FFFD and drops bidirectional controls, so that only Glamour's own
// escape codes reach the screen.
func sanitizeMarkdown(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == utf8.RuneError && size <= 1:
			b.WriteRune(utf8.RuneError)
		case isBidiControl(r):
		case unicode.IsControl(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// A token is a word (a run of letters, digits and marks) in a Markdown
// block's source, or in its rendered lines.
type srcTok struct{ start, end int } // bytes of the block source
type outTok struct {
	line       int
	start, end int // bytes of the plain line
	c0, c1     int // cells of the plain line
}

// tokenMap pairs a Markdown block's source words with the words Glamour
// drew, so that body offsets can be found on the rendered lines
// (computed on ANSI-stripped lines, see bubbles issue #1049).
type tokenMap struct {
	src   []srcTok
	out   []outTok
	match []int // match[i] is the out token of src token i, or -1
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// newTokenMap tokenizes src and the plain lines and aligns them greedily,
// skipping what only one side has (Markdown syntax, link targets, list
// numbers).
func newTokenMap(src string, plain []string) *tokenMap {
	t := &tokenMap{}
	forWords(src, func(s, e, _, _ int) { t.src = append(t.src, srcTok{s, e}) })
	for li, line := range plain {
		forWords(line, func(s, e, c0, c1 int) { t.out = append(t.out, outTok{li, s, e, c0, c1}) })
	}
	t.match = make([]int, len(t.src))
	const look = 12
	j := 0
	for i, st := range t.src {
		t.match[i] = -1
		word := src[st.start:st.end]
		for k := j; k < len(t.out) && k < j+look; k++ {
			ot := t.out[k]
			if plain[ot.line][ot.start:ot.end] == word {
				t.match[i], j = k, k+1
				break
			}
		}
	}
	return t
}

// forWords calls f with the byte and cell ranges of each word in s.
func forWords(s string, f func(start, end, c0, c1 int)) {
	start, c0, col := -1, 0, 0
	for i := 0; i < len(s); {
		r, _ := utf8.DecodeRuneInString(s[i:])
		n, w := clusterAt(s, i)
		if isWordRune(r) {
			if start < 0 {
				start, c0 = i, col
			}
		} else if start >= 0 {
			f(start, i, c0, col)
			start = -1
		}
		col += w
		i += n
	}
	if start >= 0 {
		f(start, len(s), c0, col)
	}
}

// cellRange is a run of cells [c0, c1) on one line of a block.
type cellRange struct{ line, c0, c1 int }

// locate returns the cells that show the source bytes [s, e) of the block
// (offsets relative to the block), one range per line, or nil when none of
// its words can be found.
func (t *tokenMap) locate(src string, plain []string, s, e int) []cellRange {
	a, b := -1, -1 // first and last matched tokens in [s, e)
	for i := t.firstEndingAfter(s); i < len(t.src) && t.src[i].start < e; i++ {
		if t.match[i] >= 0 {
			if a < 0 {
				a = i
			}
			b = i
		}
	}
	if a < 0 {
		return nil
	}
	first, last := t.out[t.match[a]], t.out[t.match[b]]
	c0 := first.c0
	if s > t.src[a].start {
		c0 += cellWidth(src[t.src[a].start:s])
	} else {
		c0 = extendLeft(plain[first.line], first.start, c0, src[s:t.src[a].start])
	}
	c1 := last.c1
	if e < t.src[b].end {
		c1 = last.c0 + cellWidth(src[t.src[b].start:e])
	} else {
		c1 = extendRight(plain[last.line], last.end, c1, src[t.src[b].end:e])
	}
	var out []cellRange
	for li := first.line; li <= last.line; li++ {
		r := cellRange{li, 0, 0}
		if li == first.line {
			r.c0 = c0
		} else {
			r.c0 = lineStartCell(plain[li])
		}
		if li == last.line {
			r.c1 = c1
		} else {
			r.c1 = cellWidth(strings.TrimRight(plain[li], " "))
		}
		if r.c1 > r.c0 {
			out = append(out, r)
		}
	}
	return out
}

// lineOf returns the rendered line that shows source offset off (relative
// to the block), or -1.
func (t *tokenMap) lineOf(off int) int {
	for i := t.firstEndingAfter(off); i < len(t.src); i++ {
		if t.match[i] >= 0 {
			return t.out[t.match[i]].line
		}
	}
	for i := len(t.src) - 1; i >= 0; i-- {
		if t.match[i] >= 0 {
			return t.out[t.match[i]].line
		}
	}
	return -1
}

// firstEndingAfter returns the first source token that ends after off.
func (t *tokenMap) firstEndingAfter(off int) int {
	lo, hi := 0, len(t.src)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if t.src[mid].end <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// extendLeft widens a range that starts at a word (byte b, cell c of line)
// over the punctuation just before it that the source span also holds,
// such as an opening quotation mark.
func extendLeft(line string, b, c int, pre string) int {
	want := trailingMarks(pre)
	for want > 0 && b > 0 {
		r, size := utf8.DecodeLastRuneInString(line[:b])
		if r == ' ' || isWordRune(r) {
			break
		}
		b -= size
		c -= cellWidth(line[b : b+size])
		want--
	}
	return c
}

// extendRight is extendLeft's mirror for the punctuation after a word.
func extendRight(line string, b, c int, post string) int {
	want := leadingMarks(post)
	for want > 0 && b < len(line) {
		r, size := utf8.DecodeRuneInString(line[b:])
		if r == ' ' || isWordRune(r) {
			break
		}
		c += cellWidth(line[b : b+size])
		b += size
		want--
	}
	return c
}

// trailingMarks counts the non-space runes at the end of s.
func trailingMarks(s string) int {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if unicode.IsSpace(r) {
			break
		}
		n++
		s = s[:len(s)-size]
	}
	return n
}

// leadingMarks counts the non-space runes at the start of s.
func leadingMarks(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			break
		}
		n++
	}
	return n
}

// lineStartCell is where a continued highlight starts on a rendered line:
// at its first word, or the quotation mark or bracket just before it.
func lineStartCell(line string) int {
	col, prev, prevW := 0, rune(0), 0
	for i := 0; i < len(line); {
		r, _ := utf8.DecodeRuneInString(line[i:])
		n, w := clusterAt(line, i)
		if isWordRune(r) {
			if strings.ContainsRune("\"'“‘«([", prev) {
				return col - prevW
			}
			return col
		}
		prev, prevW = r, w
		col += w
		i += n
	}
	return 0
}
