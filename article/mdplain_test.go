package article

import (
	"strings"
	"testing"
)

// TestMarkdownPlain checks Markdown rendered as plain text (issue 14, bug
// 8): no emphasis, code, heading or table marks and no backslash escapes,
// list bullets kept and table cells aligned.
func TestMarkdownPlain(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"emphasis, code and escapes", "The **Harbor** club's *Six\\-Game* `win` ~~loss~~ &amp; more.", 0,
			"The Harbor club's Six-Game win loss & more."},
		{"headings", "## The Numbers ##\n\nText.\n\nSetext\n------", 0, "The Numbers\n\nText.\n\nSetext"},
		{"bullets and nesting", "- one\n- two\n  * inner\n+ other", 0, "- one\n- two\n  * inner\n\n+ other"},
		{"ordered list aligns its numbers", "9. nine\n10. ten\n11. eleven", 0, " 9. nine\n10. ten\n11. eleven"},
		{"loose list", "1) a\n\n2) b", 0, "1) a\n\n2) b"},
		{"task list", "- [x] done\n- [ ] to do", 0, "- [x] done\n- [ ] to do"},
		{"wrapped item hangs under its text", "- alpha beta gamma delta epsilon zeta", 24, "- alpha beta gamma delta\n  epsilon zeta"},
		{"table", "| Player | Goals | Note |\n|:--|--:|:-:|\n| Ana Ruiz | 12 | ok |\n| Bo | 7 | tied |", 0,
			"Player    Goals  Note\n--------  -----  ----\nAna Ruiz     12   ok\nBo            7  tied"},
		{"table with wide characters", "| 名前 | x |\n|---|---|\n| ab | y |", 0, "名前  x\n----  -\nab    y"},
		{"code fence", "Before.\n\n```go\nif x {\n\treturn\n}\n```", 0, "Before.\n\n    if x {\n    \treturn\n    }"},
		{"indented code", "Text.\n\n    code  line", 0, "Text.\n\n    code  line"},
		{"block quote", "> Quoted *text*\n> goes on.\n>\n> > Nested.", 0, "> Quoted text goes on.\n>\n> > Nested."},
		{"links and images", "See [the guide](https://example.com/g), <https://example.com> and ![a map](m.png).", 0,
			"See the guide (https://example.com/g), https://example.com and a map."},
		{"link whose text is its address", "[https://example.com](https://example.com)", 0, "https://example.com"},
		{"raw HTML", "<div class=\"x\">\n<p>Boxed <b>text</b></p>\n</div>\n\n<!-- note -->\n\nAfter <br> it.", 0, "Boxed text\n\nAfter  it."},
		{"thematic break", "One.\n\n---\n\nTwo.", 0, "One.\n\n* * *\n\nTwo."},
		{"hard break", "Line one\\\nline two  \nline three", 0, "Line one\nline two\nline three"},
		{"soft breaks join", "A paragraph\nwrapped in\nthe source.", 0, "A paragraph wrapped in the source."},
		{"wrapped paragraph", "The quick brown fox jumps over the lazy dog.", 16, "The quick brown\nfox jumps over\nthe lazy dog."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := markdownPlain(tc.in, tc.width); got != tc.want {
				t.Errorf("markdownPlain:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestFlattenNesting checks that the container prefix of a line is cut to
// the limits, outside fenced code, and that text within them is kept as
// it is.
func TestFlattenNesting(t *testing.T) {
	deepQuote := strings.Repeat(">", 1000) + " hi\n"
	deepList := strings.Repeat("- ", 1000) + "item\n"
	indented := strings.Repeat(" ", 500) + "- item\n"
	tests := []struct {
		name, in, want string
	}{
		{"shallow", "> - a\n  1. b\n", "> - a\n  1. b\n"},
		{"deep quote", deepQuote, strings.Repeat(">", maxNestMarkers) + "hi\n"},
		{"deep list", deepList, strings.Repeat("- ", maxNestMarkers) + "item\n"},
		{"deep indentation", indented, strings.Repeat(" ", maxNestColumns) + "- item\n"},
		{"in fenced code", "```\n" + deepQuote + "```\n", "```\n" + deepQuote + "```\n"},
		{"emphasis is no marker", "**bold** and *em*\n", "**bold** and *em*\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FlattenNesting(tc.in, plainNesting); got != tc.want {
				t.Errorf("flattenNesting = %.120q, want %.120q", got, tc.want)
			}
		})
	}
}

// BenchmarkMarkdownPlainDeep renders Markdown nested far too deep, which
// goldmark alone parses in time growing with the square of the depth
// (50,000 "- " markers: 26 s; 2,000 lines each indented more: 57 s):
// flattened first, each takes milliseconds.
func BenchmarkMarkdownPlainDeep(b *testing.B) {
	var indented strings.Builder
	for i := range 2000 {
		indented.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	for _, in := range []struct{ name, src string }{
		{"quotes-50000", strings.Repeat(">", 50000) + " hi\n"},
		{"list-markers-50000", strings.Repeat("- ", 50000) + "hi\n"},
		{"indented-lists-2000", indented.String()},
	} {
		b.Run(in.name, func(b *testing.B) {
			for b.Loop() {
				markdownPlain(in.src, 80)
			}
		})
	}
}
