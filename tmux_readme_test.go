package main

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEScreensInTmux: the screens the README shows are the
// program's, drawn in tmux at their size with NO_COLOR.
func TestREADMEScreensInTmux(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		after string // the README's words before the screen's code block
		w, h  int
		keys  []string
		wait  string // on the screen once the keys have acted
	}{
		{"The reader on the embedded sample, 110x32", 110, 32, []string{"Tab", "j"}, "Quotes 2/12"},
		{"The first screen of the sample at 80x24", 80, 24, nil, "People 10"},
	}
	for _, tc := range tests {
		t.Run(tc.after, func(t *testing.T) {
			want := codeBlockAfter(string(readme), tc.after)
			if want == "" {
				t.Fatalf("the README has no screen after %q", tc.after)
			}
			tt := startTmux(t, tc.w, tc.h, "NO_COLOR=1 "+shq(binary))
			tt.waitText("Putin Receives", "People 10", "min left")
			if len(tc.keys) > 0 {
				tt.keys(tc.keys...)
			}
			tt.waitFor("the README's screen", func(s string) bool {
				return strings.Contains(s, tc.wait) && strings.TrimRight(s, "\n") == want
			})
			tt.keys("q")
			tt.waitExit()
		})
	}
}

// codeBlockAfter is the first fenced block after the text after, without
// its fences and final newline.
func codeBlockAfter(doc, after string) string {
	i := strings.Index(doc, after)
	if i < 0 {
		return ""
	}
	rest := doc[i:]
	j := strings.Index(rest, "```\n")
	if j < 0 {
		return ""
	}
	rest = rest[j+4:]
	k := strings.Index(rest, "```\n")
	if k < 0 {
		return ""
	}
	return strings.TrimRight(rest[:k], "\n")
}
