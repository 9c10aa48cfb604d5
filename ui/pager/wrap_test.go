package pager

import (
	"github.com/byline-reader/byline/internal/safetext"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// wrapped returns the lines wrapText makes of s.
func wrapped(s string, width int) []string {
	var out []string
	for _, sp := range wrapText(s, 0, width, nil) {
		out = append(out, s[sp.start:sp.end])
	}
	return out
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  []string
	}{
		{"empty", "", 10, []string{""}},
		{"fits", "one two", 10, []string{"one two"}},
		{"exact", "one two", 7, []string{"one two"}},
		{"greedy", "one two three four", 9, []string{"one two", "three", "four"}},
		{"spaces dropped at break", "one   two", 4, []string{"one", "two"}},
		{"trailing spaces dropped", "one two   ", 20, []string{"one two"}},
		{"hard newline", "one\ntwo", 20, []string{"one", "two"}},
		{"blank line kept", "one\n\ntwo", 20, []string{"one", "", "two"}},
		{"indent kept", "  indented line", 20, []string{"  indented line"}},
		{"indent not kept after soft break", "aaaa bbbb", 4, []string{"aaaa", "bbbb"}},
		{"long word broken", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word on its own line", "ab abcdefghij", 4, []string{"ab", "abcd", "efgh", "ij"}},
		{"hyphen break", "well-known fact", 6, []string{"well-", "known", "fact"}},
		{"em dash break", "strikes—a strike", 8, []string{"strikes—", "a strike"}},
		{"leading hyphen kept", "-5 degrees", 3, []string{"-5", "deg", "ree", "s"}},
		{"tab is a space", "a\tb", 1, []string{"a", "b"}},
		{"cjk breaks anywhere", "日本語のテキスト", 6, []string{"日本語", "のテキ", "スト"}},
		{"cjk after latin", "ab 日本語", 5, []string{"ab 日", "本語"}},
		{"emoji with modifier is one cluster", "👍🏽👍🏽👍🏽", 4, []string{"👍🏽👍🏽", "👍🏽"}},
		{"zwj family is one cluster", "a 👩‍👩‍👧 b", 4, []string{"a 👩‍👩‍👧", "b"}},
		{"combining marks do not count", "e\u0301e\u0301e\u0301 x", 5, []string{"e\u0301e\u0301e\u0301 x"}},
		{"width one", "ab", 1, []string{"a", "b"}},
		{"wide char wider than width", "日", 1, []string{"日"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrapped(tt.in, tt.width); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("wrapText(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapTextProperties checks on random text that lines fit, keep every
// non-space character in order, hold no spaces at their ends, and are
// greedy: the next line's first word would not have fitted.
func TestWrapTextProperties(t *testing.T) {
	words := []string{"a", "the", "Tillerson", "said", "“productive.”", "well-known", "日本語", "テキスト", "👍🏽", "e\u0301te\u0301", "supercalifragilistic", "—", "Lavrov's", "한국어"}
	rng := rand.New(rand.NewPCG(1, 2))
	for iter := range 300 {
		var b strings.Builder
		for range 5 + rng.IntN(60) {
			b.WriteString(words[rng.IntN(len(words))])
			switch rng.IntN(12) {
			case 0:
				b.WriteString("\n")
			case 1:
				b.WriteString("  ")
			default:
				b.WriteString(" ")
			}
		}
		s := strings.TrimSpace(b.String())
		width := 1 + rng.IntN(40)
		lines := wrapped(s, width)
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > width && !(w == 2 && width == 1) {
				t.Fatalf("iter %d: line %q is %d cells wide, limit %d", iter, l, w, width)
			}
			if strings.TrimRight(l, " ") != l {
				t.Fatalf("iter %d: line %q ends with a space", iter, l)
			}
			if i > 0 && lines[i-1] != "" && l != "" && strings.IndexByte(s, '\n') < 0 {
				first, _ := scanWord(l, 0)
				if ansi.StringWidth(lines[i-1])+1+ansi.StringWidth(l[:first]) <= width && !strings.HasSuffix(lines[i-1], "—") && !strings.HasSuffix(lines[i-1], "-") {
					t.Fatalf("iter %d, width %d: %q could have gone on the line %q", iter, width, l[:first], lines[i-1])
				}
			}
		}
		strip := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got, want := strip(strings.Join(lines, "")), strip(s); got != want {
			t.Fatalf("iter %d: text changed:\n got %q\nwant %q", iter, got, want)
		}
	}
}

func TestCellsMatchWidths(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"tab\there", "tab here"},
		{"esc\x1b[31mred", "esc\uFFFD[31mred"},
		{"bell\a", "bell\uFFFD"},
		{"c1\u009b", "c1\uFFFD"},
		{"bidi\u202eevil", "bidievil"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"日本", "日本"},
	}
	for _, tt := range tests {
		got := safetext.Cells(tt.in, 1)
		if got != tt.want {
			t.Errorf("Cells(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if cw, sw := cellWidth(tt.in), ansi.StringWidth(got); cw != sw {
			t.Errorf("cellWidth(%q) = %d, but %q is %d cells", tt.in, cw, got, sw)
		}
	}
}
