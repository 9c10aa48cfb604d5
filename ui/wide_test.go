package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// The wide fixture is full of text whose width in cells is not its length
// in runes: CJK (two cells a character), emoji with skin-tone modifiers
// and zero-width joiners (one picture, two cells), flags, and names with
// combining marks (no cell of their own).
var wideParas = []string{
	`Mayor 王小明 opened the bridge at dawn. "这座桥属于每一个人 🌉," 王小明 said, and the crowd cheered.`,
	`"Thumbs up 👍🏽 from the whole family 👨‍👩‍👧‍👦!" said Søren Kierkegård, who crossed it first with his children.`,
	`Nguyễn Thị Minh Khai, an engineer, called it "a bridge for the next hundred years 🇯🇵🇻🇳." Josée Ñúñez agreed.`,
	`"Ça marche très bien ✅," Josée Ñúñez said. 김민준 (Kim Min-jun) filmed the opening on his phone 📱.`,
}

// wideArticle builds the wide fixture and its hand-made analysis.
func wideArticle(t testing.TB) (*article.Article, extract.Analysis) {
	t.Helper()
	a := &article.Article{
		Source: "wide.txt",
		Title:  "新桥开通: A Bridge Opens 🌉 Under Skies Of Ñúñez Blue",
		Byline: "By Zoë Åkesson",
		Body:   strings.Join(wideParas, "\n\n"),
	}
	off := 0
	for _, p := range wideParas {
		a.Paragraphs = append(a.Paragraphs, extract.Span{Start: off, End: off + len(p)})
		off += len(p) + 2
	}
	span := func(s string) extract.Span {
		i := strings.Index(a.Body, s)
		if i < 0 {
			t.Fatalf("wide fixture: %q not in body", s)
		}
		return extract.Span{Start: i, End: i + len(s)}
	}
	an := extract.Analysis{
		People: []extract.Person{
			{Name: "王小明", Role: "Mayor", Mentions: []extract.Span{span("王小明"), span("王小明 said")}},
			{Name: "Søren Kierkegård", Mentions: []extract.Span{span("Søren Kierkegård")}},
			{Name: "Nguyễn Thị Minh Khai", Role: "engineer", Mentions: []extract.Span{span("Nguyễn Thị Minh Khai")}},
			{Name: "Josée Ñúñez", Mentions: []extract.Span{span("Josée Ñúñez agreed"), span("Josée Ñúñez said")}},
			{Name: "김민준", Aliases: []string{"Kim Min-jun"}, Mentions: []extract.Span{span("김민준")}},
		},
		Quotes: []extract.Quote{
			{Text: "这座桥属于每一个人 🌉,", Span: span("这座桥属于每一个人 🌉,"), Speaker: "王小明", Person: 0, How: extract.Explicit},
			{Text: "Thumbs up 👍🏽 from the whole family 👨‍👩‍👧‍👦!", Span: span("Thumbs up 👍🏽 from the whole family 👨‍👩‍👧‍👦!"), Speaker: "Søren Kierkegård", Person: 1, How: extract.Explicit},
			{Text: "a bridge for the next hundred years 🇯🇵🇻🇳.", Span: span("a bridge for the next hundred years 🇯🇵🇻🇳."), Speaker: "Nguyễn Thị Minh Khai", Person: 2, How: extract.Explicit},
			{Text: "Ça marche très bien ✅,", Span: span("Ça marche très bien ✅,"), Speaker: "Josée Ñúñez", Person: 3, How: extract.Inferred},
		},
	}
	return a, an
}

// TestWideText draws the wide fixture: the goldens show it, and every line
// must fit the screen with the rule between body and sidebar in one
// column, whatever the text's width in cells.
func TestWideText(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
	}{
		{"120x40", 120, 40, nil},
		{"120x40-quotes", 120, 40, []string{"tab", "j"}},
		{"120x40-people", 120, 40, []string{"tab", "tab", "j", "j"}},
		{"91x20-people", 91, 20, []string{"tab", "tab", "j"}},
		{"79x24-overlay", 79, 24, []string{"s", "j", "j", "j"}},
		{"40x12", 40, 12, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, an := wideArticle(t)
			m := New(context.Background(), []source.Source{{Name: "wide.txt", Data: []byte(a.Body)}}, Options{NoColor: true})
			m = step(t, m, tea.WindowSizeMsg{Width: tt.w, Height: tt.h})
			a.Analysis = an
			m.docs[0].art, m.docs[0].anArt = a, a
			m = step(t, m, articleMsg{idx: 0, gen: m.load.gen, art: a})
			m = keys(t, m, tt.keys...)
			out := plain(m)
			checkSize(t, out, tt.w, tt.h)
			checkRule(t, out)
			golden.RequireEqual(t, out)
		})
	}
}

// checkRule fails unless the rule between body and sidebar (or the
// overlay's left border) stands in the same column on every line that has
// it, and on every line above the status bar when the first has it.
func checkRule(t *testing.T, screen string) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	col := -1
	for i, l := range lines[:len(lines)-1] {
		j := strings.Index(l, " │ ")
		if j < 0 {
			if i > 0 && col >= 0 && strings.Contains(lines[0], " │ ") {
				t.Errorf("line %d has no rule: %q", i, l)
			}
			continue
		}
		c := ansi.StringWidth(l[:j])
		if col < 0 {
			col = c
		}
		if c != col {
			t.Errorf("line %d: rule at column %d, want %d: %q", i, c, col, l)
		}
	}
}
