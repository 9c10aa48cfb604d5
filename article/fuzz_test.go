package article

import (
	"errors"
	"github.com/byline-reader/byline/internal/safetext"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// addSeeds adds the inputs of the table tests, the hostile file and the
// sample to a fuzz target taking (markdown bool, data []byte).
func addSeeds(f *testing.F) {
	for _, tc := range badInputs {
		f.Add(strings.HasSuffix(tc.source, ".md"), tc.data)
	}
	for _, tc := range cleanCases {
		f.Add(false, []byte(tc.in))
	}
	f.Add(true, []byte("---\ntitle: T\nauthor: A\n---\n# T\n\n```\n\n# x\n```\n\n~~~~\nunclosed"))
	f.Add(true, []byte("Title\n===\n\n\x1b]8;;x\x1b\\link\x1b]8;;\x1b\\"))
	f.Add(true, []byte("# T\n\nEntities &#27;[31m &#x9b;2J &#8238; &amp;\n\n| a | b |\n|--|:-:|\n| 名 | &#7; |\n"))
	f.Add(true, []byte("# T\n\n"+strings.Repeat(">", 300)+" deep\n\n"+strings.Repeat("1. ", 300)+"deep\n"))
	f.Add(true, []byte("# T\n\n*By Jane Doe*\n\nDesk | May 1, 2024\n\n  _©_ 2024\n\nBody."))
	f.Add(true, []byte("# T\n\n- a\n    - b\n\t- c\n\n  ```\n  x\n<div>\n<p>t</p>\n"))
	for _, name := range []string{"testdata/hostile.txt", "../assets/sample.txt"} {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(false, data)
			f.Add(true, data)
		}
	}
}

// FuzzParse checks that Parse never panics, fails only with ErrEmpty or
// ErrBinary in one clean line, and otherwise returns an article whose
// every string is valid UTF-8 free of escapes, controls and bidi controls,
// with paragraph spans inside Body on rune boundaries, and whose plain
// output is as clean.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, markdown bool, data []byte) {
		source := "stdin"
		if markdown {
			source = "in.md"
		}
		a, err := Parse(source, data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !(errors.Is(err, ErrEmpty) || errors.Is(err, ErrBinary)) {
				t.Fatalf("unexpected error %v", err)
			}
			if msg := err.Error(); strings.ContainsAny(msg, "\n\r\x1b") || !utf8.ValidString(msg) {
				t.Fatalf("error message %q is not one clean line", msg)
			}
			return
		}
		checkClean(t, a)
		for _, w := range []int{0, 7} {
			out := Plain(a, w)
			if !utf8.ValidString(out) {
				t.Fatalf("Plain(%d) is not valid UTF-8", w)
			}
			if bad := unsafeRune(out); bad >= 0 {
				t.Fatalf("Plain(%d) holds %U", w, bad)
			}
		}
	})
}

// FuzzSanitize checks that safetext.Text's output, as Parse uses it, is valid UTF-8 with no
// unsafe rune and that sanitizing again changes nothing.
func FuzzSanitize(f *testing.F) {
	for _, tc := range badInputs {
		f.Add(string(tc.data))
	}
	f.Add("\x1b]0;t\x07\x1b[31m\u009b1m\u009dx\u009c\u202e\r\n\x1b")
	f.Fuzz(func(t *testing.T, s string) {
		out := safetext.Text(s)
		if !utf8.ValidString(out) {
			t.Fatalf("safetext.Text(%q) = %q is not valid UTF-8", s, out)
		}
		if bad := unsafeRune(out); bad >= 0 {
			t.Fatalf("safetext.Text(%q) = %q holds %U", s, out, bad)
		}
		if strings.ContainsAny(out, "\r\ufeff") {
			t.Fatalf("safetext.Text(%q) = %q holds CR or BOM", s, out)
		}
		if again := safetext.Text(out); again != out {
			t.Fatalf("not idempotent: %q, then %q", out, again)
		}
	})
}

// FuzzDecode checks that decoding always yields valid UTF-8 and that the
// binary sniffer never panics.
func FuzzDecode(f *testing.F) {
	for _, tc := range badInputs {
		f.Add(tc.data)
	}
	f.Add(utf16le("\ufeffhi\U0001F600"))
	f.Add([]byte("\x00\x00\xfe\xff\x00\x00\x00h"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sniffBinary(data)
		text, enc := decode(data)
		if !utf8.ValidString(text) {
			t.Fatalf("decode(%q) = %q (%s) is not valid UTF-8", data, text, enc)
		}
	})
}

// FuzzCreditedName checks that the credit parser never panics and
// returns a name made of the line's own words.
func FuzzCreditedName(f *testing.F) {
	for _, tc := range cleanCases {
		for _, c := range tc.credits {
			f.Add(c)
		}
	}
	f.Add("Alexander Nemenov AFP/Getty Images")
	f.Fuzz(func(t *testing.T, line string) {
		name := creditedName(line)
		for _, w := range strings.Fields(name) {
			if !strings.Contains(line, w) {
				t.Fatalf("creditedName(%q) = %q: %q is not in the line", line, name, w)
			}
		}
	})
}
