package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestTokenArena checks that the arena's slices hold what lex gives, that
// appending to one leaves the next alone, and that after free the same
// work allocates nothing.
func TestTokenArena(t *testing.T) {
	text := "The harbour master, Ines Calloway, said \"the tide turned early.\"\n\n" +
		strings.Repeat("Pilots waited. \"We saw nothing like it,\" one said on Tuesday. ", 20)
	spans := []Span{
		{0, 19},         // a phrase
		{20, 34},        // a name inside commas
		{0, len(text)},  // the whole text: more than the first block holds
		{40, 40},        // empty
		{67, len(text)}, // the second paragraph
		{len(text) - 11, len(text)},
	}
	var a tokenArena
	var got [][]token
	for _, s := range spans {
		got = append(got, a.lex(text, s, lexFrames))
	}
	for i, s := range spans {
		want := lex(text, s.Start, s.End, lexFrames, nil)
		if !slices.Equal(got[i], want) {
			t.Errorf("span %v: arena gave %v, lex %v", s, got[i], want)
		}
	}
	// appending to a slice must copy it, not write over the next one's tokens
	next := slices.Clone(got[1])
	_ = append(got[0], token{Span: Span{1, 2}})
	if !slices.Equal(got[1], next) {
		t.Errorf("appending to the first slice changed the second: %v, was %v", got[1], next)
	}
	work := func() {
		a.free()
		for _, s := range spans {
			a.lex(text, s, lexFrames)
		}
	}
	work()
	if n := testing.AllocsPerRun(10, work); n != 0 {
		t.Errorf("after free, the same spans allocated %v times, want 0", n)
	}
}
