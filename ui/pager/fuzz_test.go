package pager

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article"
)

// FuzzWrap checks wrapText on any input: lines in order, inside the text,
// no wider than the width (a lone wide character aside), and every
// non-space character kept.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"", "one two three", "日本語のテキスト", "👩‍👩‍👧 e\u0301\n\n  x", "a\tb\x1b[31m\u202e", "\xff\xfe bad", strings.Repeat("word-", 40)} {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = 1 + abs(width)%200
		prev := 0
		var kept strings.Builder
		for _, sp := range wrapText(s, 0, width, nil) {
			if sp.start < prev || sp.end < sp.start || sp.end > len(s) {
				t.Fatalf("bad span %v after %d in %d bytes", sp, prev, len(s))
			}
			prev = sp.end
			line := s[sp.start:sp.end]
			if w := cellWidth(line); w > width && !(width == 1 && w == 2) {
				t.Fatalf("line %q is %d cells, width %d", line, w, width)
			}
			kept.WriteString(line)
		}
		squash := func(s string) string {
			return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }), "")
		}
		if squash(kept.String()) != squash(s) {
			t.Fatalf("text changed: %q -> %q", s, kept.String())
		}
	})
}

// FuzzView checks the pager on any body, size and keys: exactly height
// lines, none wider than the width, no escape code but its own.
func FuzzView(f *testing.F) {
	f.Add("Title", "One paragraph.\n\nTwo “quoted” words.", false, 40, 10, "jjGkg")
	f.Add("見出し", "日本語\n\n👍🏽 e\u0301", true, 7, 3, " dbuG")
	f.Add("", "# h\n\n```\ncode\n\n\tmore\n```\n\n- a\n- b", true, 20, 5, "GGjjjj")
	// Nesting far deeper than the width: Glamour must get it flattened.
	f.Add("Deep", strings.Repeat(">", 100)+" hi\n\nafter", true, 100, 30, "jG")
	f.Add("Mixed", strings.Repeat("> - ", 60)+"hi\n"+strings.Repeat("> ", 70)+"lazy", true, 60, 10, "Gg")
	f.Fuzz(func(t *testing.T, title, body string, markdown bool, width, height int, keys string) {
		width, height = abs(width)%150, abs(height)%60
		a := &article.Article{Title: title, Body: body, Paragraphs: splitParagraphs(body)}
		if markdown {
			a.Format = article.Markdown
		}
		m := New()
		m.SetStyles(DefaultStyles(true, true), true)
		m.SetSize(width, height)
		m.SetArticle(a)
		if hits := m.Search("a"); len(hits) > 0 {
			m.SetHighlights(hits, len(hits)/2)
		}
		for _, r := range keys {
			m = press(m, string(r))
			v := m.View()
			if height == 0 {
				continue
			}
			lines := strings.Split(v, "\n")
			if len(lines) != height {
				t.Fatalf("%d lines, want %d", len(lines), height)
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > max(width, 2) {
					t.Fatalf("line %q is %d cells, width %d", ansi.Strip(l), w, width)
				}
				if strings.ContainsAny(ansi.Strip(l), "\x1b\a\u202e") {
					t.Fatalf("control character on screen: %q", l)
				}
			}
		}
	})
}

func abs(n int) int {
	if n < 0 {
		if n == -n { // the smallest int
			return 0
		}
		return -n
	}
	return n
}
