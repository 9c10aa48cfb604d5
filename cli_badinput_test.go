package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// badCase is one run of the binary on bad, hostile or odd input, with
// its expected outcome: an exit status and a piece of the one stderr line,
// or output that holds every piece of want.
type badCase struct {
	name  string
	args  []string
	stdin string // "" /dev/null, "closed", "zero" (/dev/zero), "empty" (a pipe with nothing), else the bytes piped in
	code  int
	err   string   // a piece of the stderr line when code != 0
	want  []string // pieces of stdout when code == 0
}

// TestBadInput runs the binary on each kind of bad input: a bad one gets
// one clear line on stderr and the right exit status, never a stack
// trace; a repairable one is printed clean, with no escape, control or
// bidi character in the output, plain or JSON.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hostile, err := os.ReadFile("article/testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	hostileFile := file("hostile.txt", append(hostile, []byte(hostileQuote)...))
	huge := file("huge.txt", nil)
	if err := os.Truncate(huge, 33<<20); err != nil {
		t.Fatal(err)
	}
	story := file("story.txt", []byte("A Fine Headline\n\nA fine paragraph.\n"))
	cases := []badCase{
		// Refused, exit 1.
		{name: "missing file", args: []string{filepath.Join(dir, "nope.txt")}, code: 1, err: "nope.txt: no such file"},
		{name: "directory with no articles", args: []string{t.TempDir()}, code: 1, err: "no .txt, .md or .html files"},
		{name: "empty file", args: []string{file("empty.txt", nil)}, code: 1, err: "empty.txt: nothing to read"},
		{name: "blank file", args: []string{file("blank.txt", []byte(" \n\n\t\n"))}, code: 1, err: "blank.txt: nothing to read"},
		{name: "PNG image", args: []string{file("image.png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3, 0xff, 0xfe}, 500)...))}, code: 1, err: "image.png: not a text file"},
		{name: "PDF", args: []string{file("doc.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))}, code: 1, err: "not a text file"},
		{name: "gzip", args: []string{file("a.gz", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"))}, code: 1, err: "not a text file"},
		{name: "ELF program", args: []string{file("prog", []byte("\x7fELF\x02\x01\x01\x00"))}, code: 1, err: "not a text file"},
		{name: "NUL bytes only", args: []string{file("nul.txt", make([]byte, 4096))}, code: 1, err: "nul.txt: not a text file"},
		{name: "random bytes", args: []string{file("random.bin", randomBytes(8192))}, code: 1, err: "not a text file"},
		{name: "only escape sequences", args: []string{file("esc.txt", []byte("\x1b[2J\x1b[H\x1b]0;title\x07"))}, code: 1, err: "esc.txt: nothing to read"},
		{name: "only zero-width characters", args: []string{file("zw.txt", []byte("\u200b\u200d\u2060\n"))}, code: 1, err: "nothing to read"},
		{name: "only bidi controls", args: []string{file("bidi.txt", []byte("\u202e\u2066\u2069\u202c"))}, code: 1, err: "nothing to read"},
		{name: "file name with escapes", args: []string{filepath.Join(dir, "\x1b]0;pwned\x07.txt")}, code: 1, err: `\x1b]0;pwned\a.txt`},
		{name: "too large file", args: []string{huge}, code: 1, err: "huge.txt: too large"},
		{name: "too large stdin", args: []string{"-"}, stdin: "zero", code: 1, err: "stdin: too large"},
		{name: "blank stdin", args: []string{"-"}, stdin: " \n\n", code: 1, err: "stdin: nothing to read"},
		{name: "blank stdin", args: []string{"-"}, stdin: " \n", code: 1, err: "stdin: nothing to read"},
		{name: "closed stdin read with -", args: []string{"-"}, stdin: "closed", code: 1, err: "stdin: nothing to read"},
		{name: "binary stdin", args: []string{"--json", "-"}, stdin: "\x7fELF\x02\x01\x01\x00\x00\x00", code: 1, err: "stdin: not a text file"},

		// Usage errors, exit 2.
		{name: "unknown flag", args: []string{"--frobnicate"}, code: 2, err: "unknown flag --frobnicate"},
		{name: "unknown short flag", args: []string{"-x", story}, code: 2, err: "unknown flag -x"},
		{name: "json and plain", args: []string{"--json", "--plain"}, code: 2, err: "cannot be combined"},

		// Repaired and shown, exit 0.
		{name: "one word", args: []string{file("word.txt", []byte("Hello"))}, want: []string{"Hello"}},
		{name: "NUL inside text", args: []string{file("nulin.txt", []byte("Hel\x00lo wor\x00ld"))}, want: []string{"Hello world"}},
		{name: "invalid UTF-8", args: []string{file("bad-utf8.txt", []byte("café \xff and “quotes”"))}, want: []string{"café \uFFFD and “quotes”"}},
		{name: "Latin-1", args: []string{file("latin1.txt", []byte("Caf\xe9 cr\xe8me br\xfbl\xe9e"))}, want: []string{"Café crème brûlée"}},
		{name: "UTF-16LE with BOM", args: []string{file("utf16.txt", utf16le("\ufeffHeadline here now\r\n\r\nBody “text”."))}, want: []string{"Headline here now", "Body “text”."}},
		{name: "CRLF", args: []string{file("crlf.txt", []byte("First paragraph.\r\n\r\nSecond paragraph.\r\n"))}, want: []string{"First paragraph.\n\nSecond paragraph."}},
		{name: "lone CR", args: []string{file("cr.txt", []byte("First paragraph.\r\rSecond paragraph.\r"))}, want: []string{"First paragraph.\n\nSecond paragraph."}},
		{name: "tabs", args: []string{file("tabs.txt", []byte("\tIndented\tand\ttabbed."))}, want: []string{"Indented and tabbed."}},
		{name: "hostile file, plain", args: []string{"--plain", hostileFile}, want: []string{"Hostile Headline Tries Every Terminal Trick", "red and blinking", "Here is a hyperlink that should be plain."}},
		{name: "hostile file, JSON", args: []string{"--json", hostileFile}, want: []string{`"title":"Hostile Headline Tries Every Terminal Trick"`, `"speaker":"Ada Lovelace"`, `We will win the race`}},
		{name: "hostile stdin, JSON", args: []string{"--json"}, stdin: string(hostile) + hostileQuote, want: []string{`"source":"stdin"`, `"speaker":"Ada Lovelace"`}},
		{name: "escapes in a Markdown title", args: []string{file("note.md", []byte("# \x1b[31mRed\x1b[0m title\n\nBody.\n"))}, want: []string{"Red title", "Body."}},
		{name: "no input on /dev/null", code: 1, err: "stdin: nothing to read (no input)"},
		{name: "no input, empty pipe", args: []string{"--plain"}, stdin: "empty", code: 1, err: "stdin: nothing to read (no input)"},
		{name: "no input, closed stdin", stdin: "closed", code: 1, err: "stdin: nothing to read"},
		{name: "1 MB single line", args: []string{file("line.txt", bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. "), 1<<20/45))}, want: []string{"The quick brown fox"}},
	}
	if os.Geteuid() != 0 { // root reads anything
		secret := file("secret.txt", []byte("Some text here."))
		if err := os.Chmod(secret, 0); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, badCase{name: "unreadable file", args: []string{secret}, code: 1, err: "secret.txt: cannot read (permission denied)"})
	}
	if len(cases) < 30 {
		t.Fatalf("only %d cases; issue 5 asks for 30", len(cases))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runStdin(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Fatalf("exit status %d, want %d; stderr: %q", r.code, tc.code, r.stderr)
			}
			if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
				t.Errorf("stderr has a stack trace: %q", r.stderr)
			}
			if bad := unsafeRune(r.stderr + r.stdout); bad >= 0 {
				t.Errorf("output holds %U", bad)
			}
			if tc.code != 0 {
				if !strings.HasPrefix(r.stderr, "byline: ") || !strings.Contains(r.stderr, tc.err) {
					t.Errorf("stderr %q: want a line starting 'byline: ' with %q", r.stderr, tc.err)
				}
				if src, _, ok := strings.Cut(strings.TrimPrefix(r.stderr, "byline: "), ": "); ok &&
					strings.HasPrefix(r.stderr, "byline: "+src+": "+src+": ") {
					t.Errorf("stderr names %q twice: %q", src, r.stderr)
				}
				if n := strings.Count(r.stderr, "\n"); n != 1 && tc.code == 1 {
					t.Errorf("stderr has %d lines, want 1: %q", n, r.stderr)
				}
				if r.stdout != "" {
					t.Errorf("stdout not empty on error: %q", r.stdout)
				}
				return
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%.600s", w, r.stdout)
				}
			}
			for _, leak := range []string{"pwned", "evil.example"} {
				if strings.Contains(r.stdout, leak) {
					t.Errorf("stdout leaks %q", leak)
				}
			}
			if slices.Contains(tc.args, "--json") {
				var v any
				if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
					t.Fatalf("not JSON: %v", err)
				}
				if bad := unsafeRune(fmt.Sprint(v)); bad >= 0 { // the decoded strings
					t.Errorf("a JSON string holds %U", bad)
				}
			}
		})
	}
}
