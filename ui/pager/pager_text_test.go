package pager

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/byline-reader/byline/article"
	"github.com/charmbracelet/x/ansi"
)

func TestMarkdownBlocks(t *testing.T) {
	a := &article.Article{Format: article.Markdown, Title: "T",
		Body: "# Heading\n\nText.\n\n```go\nfunc main() {\n\n\tprintln(\"a very long line of code that is wider than the pane\")\n}\n```\n\n- one\n- two"}
	m := newPager(a, 30, 30)
	if n := m.d.bodyTo - m.d.bodyFrom; n != 4 {
		t.Errorf("%d blocks, want 4 (the fence kept whole)", n)
	}
	v := screen(m)
	for _, want := range []string{"Heading", "func main() {", "println", "• one"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	for _, l := range strings.Split(m.View(), "\n") {
		if ansi.StringWidth(l) > 30 {
			t.Errorf("line too wide: %q", ansi.Strip(l))
		}
	}
}

func TestPlainTextIsLiteral(t *testing.T) {
	a := textArticle("T", "Not **bold**, not _em_, # not a heading, <b>tags</b> & [links](x).", "1. not a list")
	v := screen(newPager(a, 100, 6))
	for _, want := range []string{"Not **bold**, not _em_, # not a heading, <b>tags</b> & [links](x).", "1. not a list"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q literally:\n%s", want, v)
		}
	}
}

func TestEscapesNeverReachTheScreen(t *testing.T) {
	evil := "title\x1b]0;pwned\a set, \x1b[2J cleared, \x1b[31m red, \u202e reversed, \x9b c1."
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a := textArticle(evil, evil, evil)
		a.Byline = evil
		a.Format = format
		v := newPager(a, 50, 20).View()
		for _, bad := range []string{"\x1b]0;", "\x1b[2J", "\a", "\u202e", "\x9b"} {
			if strings.Contains(v, bad) {
				t.Errorf("format %d: %q reached the screen", format, bad)
			}
		}
	}
}

func TestSearch(t *testing.T) {
	body := "Tillerson met LAVROV.\nLavrov said “lavrov” twice. ÉCOLE école. The \u212aelvin sign. Straße STRASSE. low\nlevel."
	tests := []struct {
		query string
		want  []string
	}{
		{"lavrov", []string{"LAVROV", "Lavrov", "lavrov"}},
		{"École", []string{"ÉCOLE", "école"}},
		{"kelvin", []string{"\u212aelvin"}},
		{"straße", []string{"Straße"}},
		{"low level", []string{"low\nlevel"}},
		{"“lav", []string{"“lav"}},
		{"", nil},
		{"absent", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range search(body, tt.query) {
			got = append(got, body[sp.Start:sp.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("search(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
	if n := len(search(strings.Repeat("aa", 50), "aa")); n != 50 {
		t.Errorf("overlapping matches: %d, want 50", n)
	}
}

func TestKeyMapHelp(t *testing.T) {
	k := DefaultKeyMap()
	seen := map[string]bool{}
	for _, col := range k.FullHelp() {
		for _, b := range col {
			for _, key := range b.Keys() {
				seen[key] = true
			}
		}
	}
	for _, want := range []string{"j", "k", "down", "up", "space", "f", "pgdown", "b", "pgup", "d", "u", "g", "home", "G", "end"} {
		if !seen[want] {
			t.Errorf("key %q not bound", want)
		}
	}
	if seen["h"] || seen["l"] {
		t.Error("h/l are bound")
	}
	keys := make([]string, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	t.Log(keys)
}

// TestLaidBlocksBounded checks a layout lets go of the lines of blocks far
// from the view, and lays them out again, the same, when they come back.
func TestLaidBlocksBounded(t *testing.T) {
	paras := make([]string, 3*maxLaid)
	for i := range paras {
		paras[i] = fmt.Sprintf("Paragraph %d is short.", i)
	}
	a := textArticle("Many", paras...)
	m := newPager(a, 40, 10)
	all := fullRender(m)
	top := 0
	for i := 0; i < 3*maxLaid/4; i++ { // about 4 blocks a page
		m = press(m, "space")
		top = expectTop("space", top, len(all), 10)
	}
	if n := len(m.lay.laid); n > maxLaid {
		t.Errorf("%d blocks laid out, want at most %d", n, maxLaid)
	}
	for _, k := range []string{"g", "G", "g", "space"} {
		m = press(m, k)
		top = expectTop(k, top, len(all), 10)
		if got, want := m.View(), window(all, top, 10); got != want {
			t.Fatalf("after %q:\n%s\nwant:\n%s", k, got, want)
		}
	}
}

func TestLongMarkdownParagraphIsCut(t *testing.T) {
	long := strings.Repeat("**word** ", maxBlock/4)
	a := mdArticle("T", "Before.", long, "```\n"+strings.Repeat("code line\n", maxBlock/5)+"```", "After.")
	m := newPager(a, 60, 10)
	fences := 0
	for b := m.d.bodyFrom; b < m.d.bodyTo; b++ {
		if len(m.d.blockText(b)) > maxBlock {
			fences++
		}
	}
	if n := m.d.bodyTo - m.d.bodyFrom; n < 6 || fences != 1 {
		t.Errorf("%d blocks, %d longer than maxBlock: want the paragraph cut and the code whole", n, fences)
	}
	m = press(m, "G")
	if !strings.Contains(screen(m), "After.") {
		t.Errorf("G does not show the end:\n%s", screen(m))
	}
}
