package pager

import (
	"image/color"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// TestLocateMarkdown finds spans of Markdown source on Glamour's lines.
func TestLocateMarkdown(t *testing.T) {
	tests := []struct {
		name, src, span string // span is found in src by its text
		width           int
		want            string // the cells located, lines joined by a space
	}{
		{"word", "Plain words here.", "words", 40, "words"},
		{"emphasis dropped", "Some **bold** words.", "**bold** words", 40, "bold words"},
		{"quote marks kept", "“quoted *text*,” he said.", "“quoted *text*,”", 40, "“quoted text,”"},
		{"link text", "[Kremlin](http://x.org) said so.", "Kremlin", 40, "Kremlin"},
		{"across lines in a block quote", "> a long quoted sentence that wraps around the pane", "quoted sentence that wraps around", 16, "quoted sentence that wraps around"},
		{"inside a word", "Tillerson met Lavrov.", "ill", 40, "ill"},
		{"second of two", "one two one two", "two", 40, "two"},
		{"list item", "- one item\n- two items", "two", 40, "two"},
		{"heading", "## The meeting", "meeting", 40, "meeting"},
		{"wide characters", "日本語 の テキスト です", "テキスト", 40, "テキスト"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key := layoutKey{width: tt.width, style: noColorStyle}
			tr, err := newTermRenderer(key)
			if err != nil {
				t.Fatal(err)
			}
			lines := renderMarkdown(tr, tt.src, key.width)
			plain := stripAll(lines)
			s := strings.Index(tt.src, tt.span)
			if tt.name == "second of two" {
				s = strings.LastIndex(tt.src, tt.span)
			}
			tm := newTokenMap(tt.src, plain)
			var got []string
			for _, r := range tm.locate(tt.src, plain, s, s+len(tt.span)) {
				got = append(got, ansi.Cut(plain[r.line], r.c0, r.c1))
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("located %q, want %q in\n%s", got, tt.want, strings.Join(plain, "\n"))
			}
			if tt.name == "second of two" {
				if r := tm.locate(tt.src, plain, s, s+len(tt.span)); len(r) != 1 || r[0].c0 != strings.LastIndex(plain[r[0].line], "two") {
					t.Errorf("found the wrong occurrence: %v", r)
				}
			}
		})
	}
}

// TestMarkAcrossBlocks checks a quote that runs over two paragraphs is
// coloured in both.
func TestMarkAcrossBlocks(t *testing.T) {
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a := textArticle("T", "He said: “The first part", "and the *second* part,” he added.")
		a.Format = format
		m := newPager(a, 40, 10)
		m.SetStyles(DefaultStyles(true, false), true)
		start := strings.Index(a.Body, "The first")
		end := strings.Index(a.Body, " part,”") + len(" part")
		m.SetMarks([]Mark{{Span: extract.Span{Start: start, End: end}, Color: color.RGBA{R: 0xff, A: 0xff}}})
		got := styledText(m.View(), func(c *cellStyle) bool { return c.fg == "255;0;0" })
		want := "The first part and the second part"
		if format == article.Text {
			want = "The first part and the *second* part" // shown literally
		}
		if got != want {
			t.Errorf("format %d: red text %q, want %q", format, got, want)
		}
	}
}
