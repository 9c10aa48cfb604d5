package pager

import (
	"strings"
	"testing"
	"time"

	"github.com/byline-reader/byline/article"
)

// deepIndentation is a list nested by indentation, each line two spaces
// deeper than the one before.
func deepIndentation(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	return b.String()
}

// TestDeepIndentationIsFlattened checks that lists nested by indentation
// reach Glamour no deeper than the width holds, as nested markers do:
// goldmark alone takes about a second on 400 such lines and a minute on
// 2,000 (see BenchmarkRenderDeepIndentation).
func TestDeepIndentationIsFlattened(t *testing.T) {
	for _, width := range []int{20, 96, 300} {
		src := glamourSource(deepIndentation(2000), width)
		lim := nestLimit(width)
		for _, line := range strings.Split(src, "\n") {
			if indent := len(line) - len(strings.TrimLeft(line, " ")); indent > lim.Columns {
				t.Fatalf("at %d columns a line reaches Glamour indented %d (limit %d)", width, indent, lim.Columns)
			}
		}
		if n := strings.Count(src, "item"); n != 2000 {
			t.Errorf("at %d columns %d items of 2000 are left", width, n)
		}
	}
}

// deepQuote is a quote nested depth times around one word, as a hostile
// page might send.
func deepQuote(depth int) string { return strings.Repeat(">", depth) + " hi" }

// TestDeepNestingRendersAtEveryWidth renders quotes nested far deeper than
// the column: each must come back with its text, no line wider than the
// column, in a handful of lines. (Unflattened, a hundred levels at 96
// columns never finish: Glamour runs out of memory.)
func TestDeepNestingRendersAtEveryWidth(t *testing.T) {
	for _, src := range []string{deepQuote(100), strings.Repeat("> - ", 60) + "hi", strings.Repeat("1. ", 80) + "hi"} {
		for _, width := range []int{1, 10, 40, 96} {
			key := layoutKey{width: width, style: noColorStyle}
			tr, err := newTermRenderer(key)
			if err != nil {
				t.Fatal(err)
			}
			lines := renderMarkdown(tr, src, width)
			if len(lines) > 20 {
				t.Errorf("%.12q… at %d: %d lines", src, width, len(lines))
			}
			if !strings.Contains(strings.Join(stripAll(lines), ""), "hi") {
				t.Errorf("%.12q… at %d lost its text: %q", src, width, lines)
			}
		}
	}
}

// TestProvisionalBlocksAreReplaced gives Update no time for Glamour: the
// screen shows the Markdown as plain text at once, and the background
// rendering then puts Glamour's lines in its place.
func TestProvisionalBlocksAreReplaced(t *testing.T) {
	defer func(b time.Duration) { updateBudget = b }(updateBudget)
	updateBudget = time.Nanosecond
	a := mdArticle("Title", "A paragraph with **bold** words.", "> A quote.")
	a.Format = article.Markdown
	m := New()
	m.SetStyles(DefaultStyles(true, true), true)
	m.SetSize(60, 10)
	cmd := m.SetArticle(a)
	if s := screen(m); !strings.Contains(s, "**bold**") {
		t.Fatalf("the first screen does not show the Markdown as plain text:\n%s", s)
	}
	m = drain(m, cmd)
	if s := screen(m); strings.Contains(s, "**") || !strings.Contains(s, "bold") {
		t.Errorf("Glamour's lines did not replace the plain text:\n%s", s)
	}
}

// BenchmarkFlattenNesting flattens a quote nested a hundred deep, and
// renders it.
func BenchmarkFlattenNesting(b *testing.B) {
	src := deepQuote(100)
	key := layoutKey{width: 96, style: noColorStyle}
	tr, err := newTermRenderer(key)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("flatten", func(b *testing.B) {
		for b.Loop() {
			glamourSource(src, key.width)
		}
	})
	b.Run("render", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			renderMarkdown(tr, src, key.width)
		}
	})
}

// BenchmarkRenderDeepIndentation renders a list nested 400 deep by
// indentation at 96 columns.
func BenchmarkRenderDeepIndentation(b *testing.B) {
	src := deepIndentation(400)
	key := layoutKey{width: 96, style: noColorStyle}
	tr, err := newTermRenderer(key)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		renderMarkdown(tr, src, key.width)
	}
}
