package article

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// badInputs are hostile, broken or odd inputs with what Parse must make
// of each: an error kind, or the cleaned title and body.
var badInputs = []struct {
	name   string
	source string // "" means "stdin"
	data   []byte
	err    error  // the wanted error kind, or nil
	title  string // the wanted title when err is nil
	body   string // the wanted body when err is nil
}{
	// Nothing to read.
	{name: "empty", data: nil, err: ErrEmpty},
	{name: "only whitespace", data: []byte(" \n\t\r\n  \n"), err: ErrEmpty},
	{name: "only a BOM", data: []byte("\xef\xbb\xbf"), err: ErrEmpty},
	{name: "only a UTF-16 BOM", data: []byte("\xff\xfe"), err: ErrEmpty},
	{name: "only escape sequences", data: []byte("\x1b[2J\x1b[H\x1b]0;title\x07"), err: ErrEmpty},
	{name: "only zero-width characters", data: []byte("\u200b\u200d\u2060\n"), err: ErrEmpty},
	{name: "only bidi controls", data: []byte("\u202e\u2066\u2069\u202c"), err: ErrEmpty},

	// Not text.
	{name: "NUL bytes only", data: make([]byte, 64), err: ErrBinary},
	{name: "PNG image", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), err: ErrBinary},
	{name: "PDF document", data: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), err: ErrBinary},
	{name: "gzip archive", data: []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), err: ErrBinary},
	{name: "ELF program", data: []byte("\x7fELF\x02\x01\x01\x00"), err: ErrBinary},
	{name: "random bytes", data: randomBytes(4096), err: ErrBinary},
	{name: "half NUL, no UTF-16 pattern", data: bytes.Repeat([]byte("ab\x00\x00\x00\x01"), 100), err: ErrBinary},

	// Decoded or repaired.
	{name: "one word", data: []byte("Hello"), body: "Hello"},
	{name: "NUL bytes inside text", data: []byte("Hel\x00lo wor\x00ld"), body: "Hello world"},
	{name: "invalid UTF-8 in UTF-8 text", data: []byte("café \xff and “quotes”"), body: "café \uFFFD and “quotes”"},
	{name: "Latin-1", data: []byte("Caf\xe9 cr\xe8me br\xfbl\xe9e"), body: "Café crème brûlée"},
	{name: "Windows-1252 quotes", data: []byte("\x93Hello,\x94 she said \x96 twice\x85"), body: "“Hello,” she said – twice…"},
	{name: "raw C1 byte read as Windows-1252", data: []byte("Hi \x9b31m there"), body: "Hi ›31m there"},
	{name: "UTF-16LE with BOM", data: utf16le("\ufeffHeadline here now\r\n\r\nBody “text”."), title: "Headline here now", body: "Body “text”."},
	{name: "UTF-16BE with BOM", data: utf16be("\ufeffGrüße aus Köln"), body: "Grüße aus Köln"},
	{name: "UTF-16LE without BOM", data: utf16le("Plain words in UTF-16"), body: "Plain words in UTF-16"},
	{name: "CRLF line ends", data: []byte("First paragraph.\r\n\r\nSecond paragraph.\r\n"), body: "First paragraph.\n\nSecond paragraph."},
	{name: "lone CR line ends", data: []byte("First paragraph.\r\rSecond paragraph.\r"), body: "First paragraph.\n\nSecond paragraph."},
	{name: "tabs", data: []byte("\tIndented\tand\ttabbed."), body: "Indented and tabbed."},
	{name: "form feed and vertical tab", data: []byte("Page one.\f\fPage two.\vLine."), body: "Page one.\n\nPage two.\n\nLine."},
	{name: "paragraph and line separators", data: []byte("One.\u2029Two.\u2028Three."), body: "One.\n\nTwo.\n\nThree."},
	{name: "noncharacter", data: []byte("a\uffffb"), body: "a\uFFFDb"},
	{name: "DEL", data: []byte("a\x7fb"), body: "ab"},

	// Terminal escape injection.
	{name: "OSC 0 window title with BEL", data: []byte("\x1b]0;pwned\x07Hello"), body: "Hello"},
	{name: "OSC 2 window title with ST", data: []byte("\x1b]2;pwned\x1b\\Hello"), body: "Hello"},
	{name: "clear screen and home", data: []byte("\x1b[2J\x1b[3J\x1b[HHello"), body: "Hello"},
	{name: "colours", data: []byte("\x1b[31;1mred\x1b[0m and \x1b[38;2;1;2;3mtrue\x1b[m"), body: "red and true"},
	{name: "OSC 8 hyperlink", data: []byte("\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\ now"), body: "click here now"},
	{name: "DCS query", data: []byte("\x1bP+q544e\x1b\\Hi"), body: "Hi"},
	{name: "C1 CSI and OSC", data: []byte("\u009b31mHi\u009d0;t\u009c!"), body: "Hi!"},
	{name: "full reset and charset switch", data: []byte("\x1bc\x1b(0lqqk\x1b(B"), body: "lqqk"},
	{name: "unterminated OSC ends at its line", data: []byte("Hello.\n\x1b]0;title never ends\nWorld."), body: "Hello.\n\nWorld."},
	{name: "CSI cut by a control byte", data: []byte("a\x1b[31\x01mb"), body: "amb"},
	{name: "lone ESC at the end", data: []byte("text\x1b"), body: "text"},
	{name: "BEL and backspace tricks", data: []byte("Ding\x07 ab\x08\x08cd"), body: "Ding abcd"},
	{name: "bidi override", data: []byte("abc \u202edcba\u202c end"), body: "abc dcba end"},
	{name: "bidi isolates", data: []byte("x \u2066y\u2069 \u2067z\u2069 \u2068w\u2069"), body: "x y z w"},
	{name: "escapes in a Markdown title", source: "note.md", data: []byte("# \x1b[31mRed\x1b[0m title\n\nBody.\n"), title: "Red title", body: "Body."},
}

// TestBadInputs runs the table of bad inputs through Parse.
func TestBadInputs(t *testing.T) {
	if len(badInputs) < 30 {
		t.Fatalf("only %d bad inputs; issue 5 asks for 30", len(badInputs))
	}
	for _, tc := range badInputs {
		t.Run(tc.name, func(t *testing.T) {
			source := tc.source
			if source == "" {
				source = "stdin"
			}
			a, err := Parse(source, tc.data)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				if msg := err.Error(); strings.ContainsAny(msg, "\n\x1b") || !strings.HasPrefix(msg, source+": ") {
					t.Errorf("message %q is not one clean line naming %s", msg, source)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if a.Body != tc.body {
				t.Errorf("body %q, want %q", a.Body, tc.body)
			}
			checkClean(t, a)
		})
	}
}

// TestHostileFile opens a file that tries to set the window title, clear
// the screen, change colours, write a hyperlink and more, and checks that
// no escape reaches the article or its plain output.
func TestHostileFile(t *testing.T) {
	data, err := os.ReadFile("testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("testdata/hostile.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	checkClean(t, a)
	if want := "Hostile Headline Tries Every Terminal Trick"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	want := []string{
		"This paragraph is red and blinking and truecolor text.",
		"Here is a hyperlink that should be plain.",
		"A bell, backspaces abcd, a NUL and a DEL vanish; the cursor never moves.",
		"Reversed txet and isolated text lose their bidi controls.",
		"C1 controls: no colour and a device control end.",
		"Reset  and charset  lqqk are gone; title query  too.",
	}
	if got := paragraphs(a); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("paragraphs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, w := range []int{0, 20} {
		out := Plain(a, w)
		if bad := unsafeRune(out); bad >= 0 {
			t.Errorf("Plain(%d) holds %U", w, bad)
		}
		for _, leak := range []string{"pwned", "evil.example", "title\x07"} {
			if strings.Contains(out, leak) {
				t.Errorf("Plain(%d) leaks %q", w, leak)
			}
		}
	}
}

// checkClean fails t unless every string of a is valid UTF-8 without
// escapes, controls (but newline, and tab in Markdown) or bidi controls,
// and a's paragraph spans lie in order inside Body on rune boundaries.
func checkClean(t testing.TB, a *Article) {
	t.Helper()
	fields := append([]string{a.Title, a.Byline, a.Dateline, a.Body}, a.Credits...)
	for i, s := range fields {
		if !utf8.ValidString(s) {
			t.Errorf("field %d is not valid UTF-8: %q", i, s)
		}
		if bad := unsafeRune(s); bad >= 0 {
			t.Errorf("field %d holds %U: %q", i, bad, s)
		}
		if i != 3 && strings.ContainsAny(s, "\n\t") {
			t.Errorf("metadata field %d is not one line: %q", i, s)
		}
	}
	if a.Format == Text && strings.Contains(a.Body, "\t") {
		t.Errorf("text body holds a tab")
	}
	prev := 0
	for _, p := range a.Paragraphs {
		if p.Start < prev || p.End < p.Start || p.End > len(a.Body) {
			t.Fatalf("span %v out of order or outside body of %d bytes", p, len(a.Body))
		}
		if !utf8.RuneStart(byteAt(a.Body, p.Start)) || !utf8.RuneStart(byteAt(a.Body, p.End)) {
			t.Errorf("span %v not on rune boundaries", p)
		}
		if strings.TrimSpace(a.Body[p.Start:p.End]) == "" {
			t.Errorf("span %v is blank", p)
		}
		prev = p.End
	}
	if strings.TrimSpace(a.Body) != "" && len(a.Paragraphs) == 0 {
		t.Errorf("body without paragraphs")
	}
}

// byteAt returns s[i], or a rune start for i == len(s).
func byteAt(s string, i int) byte {
	if i == len(s) {
		return 0
	}
	return s[i]
}

// unsafeRune returns the first rune of s that must not reach a terminal:
// a C0 control but newline and tab, DEL, a C1 control, or a bidi control;
// or -1.
func unsafeRune(s string) rune {
	for _, r := range s {
		switch {
		case r < 0x20 && r != '\n' && r != '\t', r >= 0x7f && r <= 0x9f:
			return r
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return r
		}
	}
	return -1
}

// paragraphs returns the text of a's paragraphs.
func paragraphs(a *Article) []string {
	var ps []string
	for _, p := range a.Paragraphs {
		ps = append(ps, a.Body[p.Start:p.End])
	}
	return ps
}

// randomBytes returns n reproducible random bytes.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// utf16le encodes s as UTF-16LE (s may start with U+FEFF for a BOM).
func utf16le(s string) []byte { return utf16bytes(s, false) }

// utf16be encodes s as UTF-16BE.
func utf16be(s string) []byte { return utf16bytes(s, true) }

func utf16bytes(s string, big bool) []byte {
	var b []byte
	for _, r := range s {
		var units []uint16
		if r >= 0x10000 {
			r -= 0x10000
			units = []uint16{uint16(0xd800 + r>>10), uint16(0xdc00 + r&0x3ff)}
		} else {
			units = []uint16{uint16(r)}
		}
		for _, u := range units {
			if big {
				b = append(b, byte(u>>8), byte(u))
			} else {
				b = append(b, byte(u), byte(u>>8))
			}
		}
	}
	return b
}

// TestLargeInputs opens a 1 MB single line and 10 MB of text.
func TestLargeInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	line := strings.Repeat("word ", 1<<20/5)
	a, err := Parse("stdin", []byte(line))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 1 || len(a.Body) < 1<<20-8 {
		t.Errorf("1 MB line: %d paragraphs, %d bytes", len(a.Paragraphs), len(a.Body))
	}
	data := newsText(10 << 20)
	a, err = Parse("big.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Body) < 9<<20 {
		t.Errorf("10 MB text: body of %d bytes", len(a.Body))
	}
	checkClean(t, a)
}

// newsText returns about n bytes of news-like text: the sample article's
// paragraphs, repeated with a counter so no two paragraphs are equal.
func newsText(n int) []byte {
	sample, err := os.ReadFile("../assets/sample.txt")
	if err != nil {
		sample = []byte("Tillerson said the meeting with Putin had been \"productive,\" and that both sides would meet again soon to talk about Syria.")
	}
	var paras []string
	for _, p := range strings.Split(string(sample), "\n\n") {
		if p = strings.TrimSpace(p); len(p) > 80 {
			paras = append(paras, p)
		}
	}
	var b bytes.Buffer
	b.WriteString("Benchmark Headline For A Very Long Article\n\n")
	for i := 0; b.Len() < n; i++ {
		b.WriteString(paras[i%len(paras)])
		b.WriteString(" (")
		b.WriteString(strings.Repeat("i", 1+i%7))
		b.WriteString(")\n\n")
	}
	return b.Bytes()
}
