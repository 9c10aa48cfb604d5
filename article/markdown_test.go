package article

import (
	"reflect"
	"testing"
)

// TestMarkdown checks titles, metadata and blocks of Markdown input.
func TestMarkdown(t *testing.T) {
	tests := []struct {
		name     string
		source   string
		in       string
		title    string
		byline   string
		dateline string
		body     string
		blocks   []string
	}{
		{
			name: "ATX headline leaves the body", source: "a.md",
			in:    "# The *Big* Story\n\nFirst paragraph\nstill first.\n\nSecond.\n",
			title: "The Big Story", body: "First paragraph\nstill first.\n\nSecond.",
			blocks: []string{"First paragraph\nstill first.", "Second."},
		},
		{
			name: "setext headline", source: "a.markdown",
			in:    "The Story\n=========\n\nBody.",
			title: "The Story", body: "Body.", blocks: []string{"Body."},
		},
		{
			name: "front matter", source: "a.md",
			in:     "---\ntitle: \"Front [Matter](http://x) Title\"\nauthor: Jane Doe\ndate: 2024-05-01\ntags: [a, b]\n---\n\nBody text.\n",
			title:  "Front Matter Title",
			byline: "By Jane Doe", dateline: "2024-05-01",
			body: "Body text.", blocks: []string{"Body text."},
		},
		{
			name: "front matter title and the same headline", source: "a.md",
			in:    "---\ntitle: Same\n---\n# Same\n\nBody.",
			title: "Same", body: "Body.", blocks: []string{"Body."},
		},
		{
			name: "later headline names the article but stays", source: "a.md",
			in:    "Intro.\n\n# Later\n\nMore.",
			title: "Later", body: "Intro.\n\n# Later\n\nMore.",
			blocks: []string{"Intro.", "# Later", "More."},
		},
		{
			name: "fenced code with blank lines is one block", source: "a.md",
			in:    "# T\n\nText.\n\n```go\nfunc a() {\n\n\treturn\n}\n```\n\nAfter.",
			title: "T", body: "Text.\n\n```go\nfunc a() {\n\n\treturn\n}\n```\n\nAfter.",
			blocks: []string{"Text.", "```go\nfunc a() {\n\n\treturn\n}\n```", "After."},
		},
		{
			name: "heading inside code is no title", source: "a.md",
			in:    "~~~\n# not a title\n~~~",
			title: "", body: "~~~\n# not a title\n~~~", blocks: []string{"~~~\n# not a title\n~~~"},
		},
		{
			name: "only a headline keeps it as body", source: "a.md",
			in:    "# Alone",
			title: "Alone", body: "# Alone", blocks: []string{"# Alone"},
		},
		{
			name: "stdin sniffed as Markdown by its headline", source: "stdin",
			in:    "# Piped\n\n* item\n* item two",
			title: "Piped", body: "* item\n* item two", blocks: []string{"* item\n* item two"},
		},
		{
			name: "CRLF Markdown", source: "a.md",
			in:    "# T\r\n\r\nA\r\nB\r\n",
			title: "T", body: "A\nB", blocks: []string{"A\nB"},
		},
		{
			name: "byline and desk line under the headline are metadata", source: "a.md",
			in:     "# Harbor Wins\n\n*By Nora Feld — Staff Writer*\n\nSports Desk | October 2, 2025\n\nThe club won.\n",
			title:  "Harbor Wins",
			byline: "By Nora Feld — Staff Writer", dateline: "Sports Desk | October 2, 2025",
			body: "The club won.", blocks: []string{"The club won."},
		},
		{
			name: "underscored byline, dated line", source: "a.md",
			in:     "# T\n\n_By Jane Doe and John Roe_\n\nUpdated March 4, 2024 at 9:30 a.m.\n\nBody.",
			title:  "T",
			byline: "By Jane Doe and John Roe", dateline: "Updated March 4, 2024 at 9:30 a.m.",
			body: "Body.", blocks: []string{"Body."},
		},
		{
			name: "metadata further down stays in the body", source: "a.md",
			in:    "# T\n\nIntro.\n\nMarch 4, 2024\n\nBy Jane Doe",
			title: "T", body: "Intro.\n\nMarch 4, 2024\n\nBy Jane Doe",
			blocks: []string{"Intro.", "March 4, 2024", "By Jane Doe"},
		},
		{
			name: "a list item or a sentence is no byline", source: "a.md",
			in:    "# T\n\n- By Jane Doe\n\nBy the river, the town grew.",
			title: "T", body: "- By Jane Doe\n\nBy the river, the town grew.",
			blocks: []string{"- By Jane Doe", "By the river, the town grew."},
		},
		{
			name: "a byline alone stays as the body", source: "a.md",
			in:    "# T\n\n*By Jane Doe*",
			title: "T", body: "*By Jane Doe*", blocks: []string{"*By Jane Doe*"},
		},
		{
			name: "a comment line before the headline", source: "a.md",
			in:    "[//]: # (byline export: quotes and people)\n\n# Harbor Wins\n\nThe club won.\n",
			title: "Harbor Wins", body: "The club won.", blocks: []string{"The club won."},
		},
		{
			name: "comment lines of both spellings", source: "a.md",
			in:    "[//]: # (draft)\n   [comment]: #\n\n# T\n\nBody.",
			title: "T", body: "Body.", blocks: []string{"Body."},
		},
		{
			name: "a reference definition is no comment", source: "a.md",
			in:    "[ref]: https://example.org/x\n\n# T\n\nBody.",
			title: "T", body: "[ref]: https://example.org/x\n\n# T\n\nBody.",
			blocks: []string{"[ref]: https://example.org/x", "# T", "Body."},
		},
		{
			name: "stdin with a comment before its headline", source: "stdin",
			in:    "[//]: # (note)\n# Piped\n\nText.",
			title: "Piped", body: "Text.", blocks: []string{"Text."},
		},
		{
			name: "unclosed front matter is text", source: "a.md",
			in:    "---\ntitle: x\n\nBody.",
			title: "", body: "---\ntitle: x\n\nBody.", blocks: []string{"---\ntitle: x", "Body."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.source, []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			checkClean(t, a)
			if a.Format != Markdown {
				t.Errorf("format %v, want Markdown", a.Format)
			}
			if a.Title != tc.title || a.Byline != tc.byline || a.Dateline != tc.dateline {
				t.Errorf("meta %q %q %q, want %q %q %q", a.Title, a.Byline, a.Dateline, tc.title, tc.byline, tc.dateline)
			}
			if a.Body != tc.body {
				t.Errorf("body %q, want %q", a.Body, tc.body)
			}
			if got := paragraphs(a); !reflect.DeepEqual(got, tc.blocks) {
				t.Errorf("blocks %q, want %q", got, tc.blocks)
			}
		})
	}
}

// TestFormatOf checks how the format is chosen.
func TestFormatOf(t *testing.T) {
	tests := []struct {
		source, text string
		want         Format
	}{
		{"a.md", "plain", Markdown},
		{"A.MARKDOWN", "plain", Markdown},
		{"a.txt", "# Looks like Markdown", Text},
		{"stdin", "# Heading\n\nBody", Markdown},
		{"stdin", "---\ntitle: x\n---\nBody", Markdown},
		{"stdin", "#hashtag is not a heading", Text},
		{"stdin", "[//]: # (a comment)\n\n# Heading\n\nBody", Markdown},
		{"stdin", "Play Live Radio\n\n# late", Text},
		{"notes", "# Heading", Markdown},
		{"story.html", "plain", Text},
	}
	for _, tc := range tests {
		if got := formatOf(tc.source, tc.text); got != tc.want {
			t.Errorf("formatOf(%q, %q) = %v, want %v", tc.source, tc.text, got, tc.want)
		}
	}
}
