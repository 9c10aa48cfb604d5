package safetext

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestText checks the terminal-safety rules one by one.
func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean text is returned as is", "Hello, “world” — ok\n\ttab", "Hello, “world” — ok\n\ttab"},
		{"CRLF", "a\r\nb", "a\nb"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"CSI SGR", "\x1b[1;31mbold\x1b[0m", "bold"},
		{"CSI private mode", "\x1b[?1049h\x1b[?25lx", "x"},
		{"OSC with BEL", "\x1b]0;title\x07x", "x"},
		{"OSC with ST", "\x1b]52;c;ZXZpbA==\x1b\\x", "x"},
		{"OSC 8 link keeps its text", "\x1b]8;;http://e.x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"OSC cut by ESC", "\x1b]0;t\x1b[31mx", "x"},
		{"OSC ends at the line end", "\x1b]0;t\nnext", "\nnext"},
		{"APC PM SOS", "\x1b_a\x1b\\\x1b^b\x1b\\\x1bXc\x1b\\x", "x"},
		{"two-byte ESC sequences", "\x1b7\x1b8\x1bc\x1b=\x1b>\x1bMx", "x"},
		{"charset designation", "\x1b(0q\x1b(B", "q"},
		{"lone ESC before text", "\x1b\nx", "\nx"},
		{"C1 CSI", "\u009b2Jx", "x"},
		{"C1 OSC with C1 ST", "\u009d0;t\u009cx", "x"},
		{"C1 NEL", "a\u0085b", "a\nb"},
		{"other C1", "a\u0080\u0084\u0099b", "ab"},
		{"C0 controls", "a\x00\x01\x07\x08\x0e\x1a\x1fb", "ab"},
		{"DEL", "a\x7fb", "ab"},
		{"form feed, vertical tab", "a\fb\vc", "a\nb\nc"},
		{"bidi embedding and override", "\u202a\u202b\u202c\u202d\u202ex", "x"},
		{"bidi isolates", "\u2066\u2067\u2068\u2069x", "x"},
		{"marks and joiners stay", "a\u200eb\u200fc\u200dd", "a\u200eb\u200fc\u200dd"},
		{"BOM inside text", "a\ufeffb", "ab"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\n\nc"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"combining marks and emoji stay", "e\u0301 👍🏽 漢字", "e\u0301 👍🏽 漢字"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Text(tc.in)
			if got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := Text(got); again != got {
				t.Errorf("not idempotent: %q then %q", got, again)
			}
		})
	}
}

// TestLine checks the one-line form of labels and messages.
func TestLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"two\nlines\tand tab", "two lines and tab"},
		{"  padded \r\n", "padded"},
		{"\x1b]0;pwned\x07title", "title"},
		{"bell\x07 and \u009b2J csi", "bell and  csi"},
		{"evil\u202Eright", "evilright"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
		{"王小明 👍🏽", "王小明 👍🏽"},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCells checks the in-place form: one cell for each control, none
// for an invisible rune, tabs to their stops, and no ESC left.
func TestCells(t *testing.T) {
	tests := []struct {
		in      string
		tabStop int
		want    string
	}{
		{"plain\nlines", 1, "plain\nlines"},
		{"tab\there", 1, "tab here"},
		{"a\tb\n\tc", 4, "a   b\n    c"},
		{"esc\x1b[31mred", 1, "esc\uFFFD[31mred"},
		{"bell\a", 1, "bell\uFFFD"},
		{"c1\u009b", 1, "c1\uFFFD"},
		{"bidi\u202eevil\u2066", 1, "bidievil"},
		{"mark\u200e stays", 1, "mark\u200e stays"},
		{"bad\xffbyte", 1, "bad\uFFFDbyte"},
		{"日本", 1, "日本"},
	}
	for _, tt := range tests {
		got := Cells(tt.in, tt.tabStop)
		if got != tt.want {
			t.Errorf("Cells(%q, %d) = %q, want %q", tt.in, tt.tabStop, got, tt.want)
		}
		if strings.ContainsRune(got, 0x1b) || ansi.StringWidth(got) != ansi.StringWidth(tt.want) {
			t.Errorf("Cells(%q) = %q is not safe", tt.in, got)
		}
	}
}
