package history

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

func TestPosition(t *testing.T) {
	// "Alpha beta.\n\nGamma.\n\nDelta epsilon."
	paras := []extract.Span{{Start: 0, End: 11}, {Start: 13, End: 19}, {Start: 21, End: 35}}
	tests := []struct {
		name string
		off  int
		want Position
		back int // Position.In of the result
	}{
		{"start", 0, Position{0, 0}, 0},
		{"inside first", 6, Position{0, 6}, 6},
		{"between paragraphs", 12, Position{0, 11}, 11},
		{"second", 13, Position{1, 0}, 13},
		{"inside last", 30, Position{2, 9}, 30},
		{"past the end", 99, Position{2, 14}, 35},
		{"negative", -5, Position{0, 0}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := At(paras, tt.off)
			if got != tt.want {
				t.Errorf("At(%d) = %v, want %v", tt.off, got, tt.want)
			}
			if back := got.In(paras); back != tt.back {
				t.Errorf("%v.In = %d, want %d", got, back, tt.back)
			}
		})
	}
	// A position remembered in a longer article is clamped to this one.
	for _, p := range []Position{{Paragraph: 9, Offset: 3}, {Paragraph: 1, Offset: 500}, {Paragraph: -1, Offset: -1}} {
		if off := p.In(paras); off < 0 || off > 35 {
			t.Errorf("%v.In = %d, outside the body", p, off)
		}
	}
	if got := At(nil, 10); got != (Position{}) {
		t.Errorf("At(nil) = %v", got)
	}
	if got := (Position{Paragraph: 2}).In(nil); got != 0 {
		t.Errorf("In(nil) = %d", got)
	}
}
