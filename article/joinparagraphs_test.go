package article

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"
)

// TestJoinParagraphs checks that the body is the paragraphs joined by
// blank lines whether or not the input already holds them so.
func TestJoinParagraphs(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		paras []string
	}{
		{"laid out", "Lede here.\n\nSecond one.\n\nThird.", []string{"Lede here.", "Second one.", "Third."}},
		{"a paragraph dropped", "Lede here.\n\nMenu\n\nThird.", []string{"Lede here.", "Third."}},
		{"two blank lines", "Lede here.\n\n\nThird.", []string{"Lede here.", "Third."}},
		{"joined lines", "Lede\nhere.\n\nThird.", []string{"Lede here.", "Third."}},
		{"not in text", "", []string{"Lede here.", "Third."}},
		{"none", "Menu", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, spans := joinParagraphs(tt.text, tt.paras)
			if want := strings.Join(tt.paras, "\n\n"); body != want {
				t.Errorf("body = %q, want %q", body, want)
			}
			if len(spans) != len(tt.paras) {
				t.Fatalf("%d spans for %d paragraphs", len(spans), len(tt.paras))
			}
			for i, sp := range spans {
				if got := body[sp.Start:sp.End]; got != tt.paras[i] {
					t.Errorf("span %d = %q, want %q", i, got, tt.paras[i])
				}
			}
		})
	}
}

// TestParseCleanTextInPlace checks that clean text (a paragraph a line,
// blank lines between) is parsed without a copy of it: its body is part
// of the input, so that a large file is held once, not twice.
func TestParseCleanTextInPlace(t *testing.T) {
	var b strings.Builder
	b.WriteString("A Headline For The Harbour\n\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "The council met on day %d to weigh the harbour plan, which would widen the quay.\n\n", i)
	}
	text := b.String()
	a, err := ParseText("clean.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Body, "the harbour plan"); n < 990 {
		t.Fatalf("body holds %d paragraphs, want about 1000", n)
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	at := uintptr(unsafe.Pointer(unsafe.StringData(a.Body)))
	if at < start || at+uintptr(len(a.Body)) > start+uintptr(len(text)) {
		t.Error("the body of clean text is a copy, not part of the input")
	}
}
