package article

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// Markdown as plain text, for --plain and pipes: the text a person reads,
// without the marks that make it Markdown. Goldmark parses the source
// (with GitHub's tables, strikethrough and task lists) and the tree is
// walked block by block:
//
//   - headings and paragraphs are their text, wrapped to the width;
//     emphasis, code and strikethrough marks and backslash escapes go,
//     entities are decoded, a link is its text with its address after
//     it in parentheses ("the guide (https://example.com/guide)");
//   - list items keep their bullet ("-", "*" or "+", as written) or
//     number, and their wrapped lines are indented under the item's text;
//   - a block quote keeps "> " before each line, as in e-mail;
//   - code is indented four spaces, unwrapped, without its fences;
//   - a table's cells are padded into aligned columns, two spaces apart,
//     with a rule of dashes under the header;
//   - raw HTML keeps only its text, and a thematic break is "* * *".

// mdParser reads Markdown as Glamour does for the reader, less the
// extensions that only change looks.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList)).Parser()

// maxIndentDepth bounds how many nested containers (quotes, lists) indent
// their text: deeper ones are printed at that depth, so that absurd
// nesting ("> > > …" a thousand times) costs no more than reasonable one.
const maxIndentDepth = 12

// minWrapWidth is the narrowest text is wrapped to inside nested
// containers.
const minWrapWidth = 20

// markdownPlain renders Markdown source as plain text, wrapped to width
// columns when width > 0.
func markdownPlain(src string, width int) string {
	source := []byte(FlattenNesting(src, plainNesting))
	doc := mdParser.Parse(text.NewReader(source))
	r := mdRenderer{src: source}
	lines := r.children(doc, width, 0, false)
	return strings.Join(lines, "\n")
}

// mdRenderer turns a parsed Markdown tree into lines of plain text.
type mdRenderer struct {
	src []byte
}

// children renders the blocks under n, separated by a blank line, or by
// none when tight (the items of a tight list).
func (r mdRenderer) children(n ast.Node, width, depth int, tight bool) []string {
	var lines []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		block := r.block(c, width, depth)
		if len(block) == 0 {
			continue
		}
		if len(lines) > 0 && !tight {
			lines = append(lines, "")
		}
		lines = append(lines, block...)
	}
	return lines
}

// block renders one block node as lines.
func (r mdRenderer) block(n ast.Node, width, depth int) []string {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
		return wrapLines(r.inline(n), width)
	case *ast.List:
		return r.list(n, width, depth)
	case *ast.Blockquote:
		inner := r.children(n, indentWidth(width, 2, depth), depth+1, false)
		if depth >= maxIndentDepth {
			return inner
		}
		return indentLines(inner, "> ", "> ")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		code := strings.Split(strings.TrimRight(r.rawLines(n), "\n"), "\n")
		return indentLines(code, "    ", "    ")
	case *ast.HTMLBlock:
		return wrapLines(htmlText(r.rawLines(n)), width)
	case *ast.ThematicBreak:
		return []string{"* * *"}
	case *east.Table:
		return r.table(n)
	}
	return r.children(n, width, depth, false) // a container of blocks
}

// list renders a list: each item's first line after its marker, the rest
// indented to line up with the text. Numbers are right-aligned, so that
// the items of a list of ten or more start in one column.
func (r mdRenderer) list(n *ast.List, width, depth int) []string {
	count := n.ChildCount()
	numW := len(fmt.Sprint(n.Start + count - 1))
	var lines []string
	i := 0
	for item := n.FirstChild(); item != nil; item = item.NextSibling() {
		marker := string(n.Marker) + " "
		if n.IsOrdered() {
			marker = fmt.Sprintf("%*d%c ", numW, n.Start+i, n.Marker)
		}
		i++
		inner := r.children(item, indentWidth(width, len(marker), depth), depth+1, n.IsTight)
		if len(inner) == 0 {
			inner = []string{""}
		}
		if len(lines) > 0 && !n.IsTight {
			lines = append(lines, "")
		}
		rest := strings.Repeat(" ", len(marker))
		if depth >= maxIndentDepth {
			rest = ""
		}
		lines = append(lines, indentLines(inner, marker, rest)...)
	}
	return lines
}

// table renders a table as aligned columns under a rule of dashes.
func (r mdRenderer) table(n *east.Table) []string {
	var rows [][]string
	var widths []int
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			t := strings.ReplaceAll(r.inline(cell), "\n", " ")
			if len(widths) <= len(cells) {
				widths = append(widths, 0)
			}
			widths[len(cells)] = max(widths[len(cells)], ansi.StringWidth(t))
			cells = append(cells, t)
		}
		rows = append(rows, cells)
	}
	var lines []string
	for i, cells := range rows {
		lines = append(lines, tableRow(cells, widths, n.Alignments))
		if i == 0 {
			rule := make([]string, len(widths))
			for j, w := range widths {
				rule[j] = strings.Repeat("-", w)
			}
			lines = append(lines, strings.Join(rule, "  "))
		}
	}
	return lines
}

// tableRow pads each cell to its column's width as the column is aligned.
func tableRow(cells []string, widths []int, align []east.Alignment) string {
	out := make([]string, len(cells))
	for j, c := range cells {
		gap := widths[j] - ansi.StringWidth(c)
		a := east.AlignNone
		if j < len(align) {
			a = align[j]
		}
		switch a {
		case east.AlignRight:
			out[j] = strings.Repeat(" ", gap) + c
		case east.AlignCenter:
			out[j] = strings.Repeat(" ", gap/2) + c + strings.Repeat(" ", gap-gap/2)
		default:
			out[j] = c + strings.Repeat(" ", gap)
		}
	}
	return strings.TrimRight(strings.Join(out, "  "), " ")
}

// rawLines is the source of a code or HTML block's lines.
func (r mdRenderer) rawLines(n ast.Node) string {
	var b bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(r.src))
	}
	if cb, ok := n.(*ast.HTMLBlock); ok && cb.HasClosure() {
		b.Write(cb.ClosureLine.Value(r.src))
	}
	return b.String()
}

// inline renders the inline content of n as text: hard line breaks are
// newlines, soft ones spaces.
func (r mdRenderer) inline(n ast.Node) string {
	var b strings.Builder
	r.inlineTo(&b, n)
	return strings.TrimSpace(b.String())
}

// inlineTo writes the text of n's inline children to b.
func (r mdRenderer) inlineTo(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			r.text(b, c)
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if s, ok := t.(*ast.Text); ok {
					b.WriteString(strings.ReplaceAll(string(s.Segment.Value(r.src)), "\n", " "))
				}
			}
		case *ast.Link:
			r.link(b, c, string(c.Destination))
		case *ast.AutoLink:
			b.Write(c.Label(r.src))
		case *ast.RawHTML:
			// tags carry no text
		case *east.TaskCheckBox:
			b.WriteString(map[bool]string{true: "[x] ", false: "[ ] "}[c.IsChecked])
		default: // emphasis, strikethrough, image (its alt text)
			r.inlineTo(b, c)
		}
	}
}

// text writes a text node, unescaped, with its line break.
func (r mdRenderer) text(b *strings.Builder, t *ast.Text) {
	v := t.Segment.Value(r.src)
	if !t.IsRaw() {
		v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
	}
	b.Write(v)
	switch {
	case t.HardLineBreak():
		b.WriteByte('\n')
	case t.SoftLineBreak():
		b.WriteByte(' ')
	}
}

// link writes a link's text, then its address in parentheses unless the
// text is the address already.
func (r mdRenderer) link(b *strings.Builder, l *ast.Link, dest string) {
	var t strings.Builder
	r.inlineTo(&t, l)
	label := t.String()
	b.WriteString(label)
	if dest != "" && dest != label && !strings.HasPrefix(dest, "#") {
		b.WriteString(" (" + dest + ")")
	}
}

// htmlText is the text of a block of raw HTML, without its tags and
// comments.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.Join(strings.Fields(b.String()), " ")
		case html.TextToken:
			b.Write(z.Text())
			b.WriteByte(' ')
		}
	}
}

// wrapLines wraps each line of s to width (when > 0).
func wrapLines(s string, width int) []string {
	if s == "" {
		return nil
	}
	if width > 0 {
		s = ansi.Wrap(s, width, "")
	}
	return strings.Split(s, "\n")
}

// indentWidth is the width left for text inside a container that indents
// it by n columns, at depth.
func indentWidth(width, n, depth int) int {
	if width <= 0 || depth >= maxIndentDepth {
		return width
	}
	return max(minWrapWidth, width-n)
}

// indentLines puts first before the first line and rest before the
// others.
func indentLines(lines []string, first, rest string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		out[i] = strings.TrimRight(p+l, " ")
	}
	return out
}
