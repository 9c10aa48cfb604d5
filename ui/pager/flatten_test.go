package pager

import (
	"strings"
	"testing"
	"time"

	"github.com/byline-reader/byline/article"
)

func TestFlattenNesting(t *testing.T) {
	tests := []struct {
		name, src string
		limit     int
		want      string
	}{
		{"shallow quote kept", "> > two levels", 2, "> > two levels"},
		{"deep quote cut", "> > > > four levels", 2, "> > four levels"},
		{"markers without spaces", ">>>>> packed", 3, ">>>packed"},
		{"indented markers", " >  > > x", 1, " > x"},
		{"quote and list mixed", "> - > - > - item", 2, "> - item"},
		{"ordered lists", "1. 2) 3. 4. deep", 3, "1. 2) 3. deep"},
		{"every line", "> > > a\n> > > b\nplain", 2, "> > a\n> > b\nplain"},
		{"fenced code kept", "```\n> > > > prompt\n```\n> > > > after", 2, "```\n> > > > prompt\n```\n> > after"},
		{"tilde fence kept", "~~~\n- - - - x\n~~~", 1, "~~~\n- - - - x\n~~~"},
		{"indented code is no marker", "    > > > > code", 1, "    > > > > code"},
		{"dash needs a space", "-> -> ->", 1, "-> -> ->"},
		{"thematic break", "- - -", 2, "- - -"},
		{"empty", "", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := flattenNesting(tt.src, tt.limit); got != tt.want {
				t.Errorf("flattenNesting(%q, %d) = %q, want %q", tt.src, tt.limit, got, tt.want)
			}
		})
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
			flattenNesting(src, maxNesting(key.width))
		}
	})
	b.Run("render", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			renderMarkdown(tr, src, key.width)
		}
	})
}
