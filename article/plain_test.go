package article

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/article/extract"
	"github.com/charmbracelet/x/ansi"
)

// plainArticle is a small article with every part Plain prints.
func plainArticle() *Article {
	a := &Article{
		Title:    "Council approves the bridge plan",
		Byline:   "By Jane Doe",
		Dateline: "Updated at 2:45 p.m. ET",
		Credits:  []string{"Jane Roe AFP/Getty Images", "Copyright 2017 NPR"},
	}
	a.Body, a.Paragraphs = joinParagraphs("", []string{
		"The committee met on Tuesday and voted to approve the plan.",
		"“It is a good day,” the mayor said.",
	})
	return a
}

// TestPlain checks the plain output, unwrapped and wrapped.
func TestPlain(t *testing.T) {
	tests := []struct {
		name  string
		a     *Article
		width int
		want  string
	}{
		{"unwrapped", plainArticle(), 0, `Council approves the bridge plan
By Jane Doe · Updated at 2:45 p.m. ET

The committee met on Tuesday and voted to approve the plan.

“It is a good day,” the mayor said.

Jane Roe AFP/Getty Images
Copyright 2017 NPR
`},
		{"wrapped at 24", plainArticle(), 24, `Council approves the
bridge plan
By Jane Doe · Updated at
2:45 p.m. ET

The committee met on
Tuesday and voted to
approve the plan.

“It is a good day,” the
mayor said.

Jane Roe AFP/Getty
Images
Copyright 2017 NPR
`},
		{"body only", &Article{Body: "Just text.", Paragraphs: []extract.Span{{Start: 0, End: 10}}}, 80, "Just text.\n"},
		{"Markdown as plain text, code unwrapped", &Article{Format: Markdown, Title: "T", Body: "* a\n* **b**\n\n```\ncode  line\n```\n"}, 3,
			"T\n\n* a\n* b\n\n    code  line\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Plain(tc.a, tc.width); got != tc.want {
				t.Errorf("Plain:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestPlainWide checks that wrapping counts wide characters as two
// columns and breaks words longer than a line.
func TestPlainWide(t *testing.T) {
	a := &Article{}
	a.Body, a.Paragraphs = joinParagraphs("", []string{
		"漢字の文章はとても長いので折り返す必要があります。",
		"emoji 👍🏽👍🏽👍🏽 and e\u0301 combining",
		strings.Repeat("x", 50),
	})
	for _, line := range strings.Split(Plain(a, 12), "\n") {
		if w := ansi.StringWidth(line); w > 12 {
			t.Errorf("line %q is %d columns wide", line, w)
		}
	}
}

// TestPlainSanitizes checks that Plain is safe even for an Article that
// Parse did not build.
func TestPlainSanitizes(t *testing.T) {
	a := &Article{
		Title:   "\x1b]0;pwned\x07Title",
		Byline:  "By \x1b[31mX\x1b[0m",
		Credits: []string{"\u202eCredit"},
		Body:    "Body \x1b[2J text\x07.",
	}
	a.Paragraphs = []extract.Span{{Start: 0, End: len(a.Body)}}
	out := Plain(a, 0)
	if bad := unsafeRune(out); bad >= 0 {
		t.Errorf("Plain holds %U: %q", bad, out)
	}
	if want := "Title\nBy X\n\nBody  text.\n\nCredit\n"; out != want {
		t.Errorf("Plain = %q, want %q", out, want)
	}
}
