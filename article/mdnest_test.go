package article

import (
	"strings"
	"testing"
)

// TestFlattenNestingLimits cuts quote and list markers and indentation
// to small limits, as the reader does at a narrow width.
func TestFlattenNestingLimits(t *testing.T) {
	tests := []struct {
		name, src string
		markers   int
		want      string
	}{
		{"shallow quote kept", "> > two levels", 2, "> > two levels"},
		{"deep quote cut", "> > > > four levels", 2, "> > four levels"},
		{"markers without spaces", ">>>>> packed", 3, ">>>packed"},
		{"indented markers", " >  > > x", 1, " >  x"},
		{"quote and list mixed", "> - > - > - item", 2, "> - item"},
		{"ordered lists", "1. 2) 3. 4. deep", 3, "1. 2) 3. deep"},
		{"every line", "> > > a\n> > > b\nplain", 2, "> > a\n> > b\nplain"},
		{"fenced code kept", "```\n> > > > prompt\n```\n> > > > after", 2, "```\n> > > > prompt\n```\n> > after"},
		{"tilde fence kept", "~~~\n- - - - x\n~~~", 1, "~~~\n- - - - x\n~~~"},
		{"deep indentation", strings.Repeat(" ", 30) + "- item", 2, strings.Repeat(" ", 8) + "- item"},
		{"indented list lines", "- a\n  - b\n    - c\n      - d\n        - e\n          - f", 2,
			"- a\n  - b\n    - c\n      - d\n        - e\n        - f"},
		{"dash needs a space", "-> -> ->", 1, "-> -> ->"},
		{"thematic break", "- - -", 2, "- - -"},
		{"empty", "", 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := NestLimit{Markers: tt.markers, Columns: 4 * tt.markers}
			if got := FlattenNesting(tt.src, lim); got != tt.want {
				t.Errorf("FlattenNesting(%q, %v) = %q, want %q", tt.src, lim, got, tt.want)
			}
		})
	}
}

// FuzzFlattenNesting checks FlattenNesting on any text: flattening again
// changes nothing, the text never grows, and no line outside fenced code
// goes past the limit.
func FuzzFlattenNesting(f *testing.F) {
	f.Add(strings.Repeat(">", 100)+" hi", 3)
	f.Add(strings.Repeat("> - ", 40)+"item\n"+strings.Repeat(">>", 30)+"\n```\n>>>>\n```", 2)
	f.Add(strings.Repeat("1. ", 50)+"x\n  > >  > - * + 9) y", 1)
	f.Add(strings.Repeat(" ", 400)+"- deep\n\t\t\t\t\t\t- tabs", 2)
	f.Fuzz(func(t *testing.T, src string, markers int) {
		markers = 1 + int(uint(markers)%20)
		lim := NestLimit{Markers: markers, Columns: 4 * markers}
		out := FlattenNesting(src, lim)
		if again := FlattenNesting(out, lim); again != out {
			t.Fatalf("not stable: %q -> %q -> %q", src, out, again)
		}
		if len(out) > len(src) {
			t.Fatalf("grew: %q -> %q", src, out)
		}
		var fc fence
		for _, line := range strings.SplitAfter(out, "\n") {
			if !fc.step(strings.TrimRight(line, "\n")) {
				if _, cut := scanPrefix(line, lim, nil); cut {
					t.Fatalf("line %q still goes past %v", line, lim)
				}
			}
		}
	})
}
