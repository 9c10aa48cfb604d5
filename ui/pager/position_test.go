package pager

import (
	"testing"

	"github.com/byline-reader/byline/article"
)

// TestPlaceRoundTrip: a place read with TopOffset and given back to
// ScrollToOffset shows the same screen, whatever line is at the top: a
// line of text, or the blank line between two paragraphs (which came
// back as the paragraph's last line and the blank, two lines above).
func TestPlaceRoundTrip(t *testing.T) {
	for _, format := range []article.Format{article.Text, article.Markdown} {
		a := repeatArticle(t, 6<<10, format)
		m := newPager(a, 60, 12)
		m = drain(m, m.SetArticle(a))
		for k := range 80 {
			if k > 0 {
				m = press(m, "j")
			}
			if m.topBlock < m.d.bodyFrom || m.topBlock >= m.d.bodyTo {
				continue
			}
			off := m.TopOffset()
			back := newPager(a, 60, 12)
			back = drain(back, back.SetArticle(a))
			if !back.ScrollToOffset(off) {
				t.Fatal("ScrollToOffset refused")
			}
			back.prepare()
			if got, want := screen(back), screen(m); got != want {
				t.Errorf("%v, %d lines down (offset %d): back at\n%s\nwant\n%s", format, k, off, got, want)
				return
			}
		}
	}
}

// TestLessHabits: the keys of less that readers type without thinking:
// ctrl+f and ctrl+b page like space and b, NN% goes NN percent down and
// % alone to the top.
func TestLessHabits(t *testing.T) {
	a := repeatArticle(t, 20<<10, article.Text)
	m := newPager(a, 60, 20)
	m = drain(m, m.SetArticle(a))
	if got, want := screen(press(m, "ctrl+f")), screen(press(m, "space")); got != want {
		t.Errorf("ctrl+f is not a page down:\n%s\nwant\n%s", got, want)
	}
	down := press(m, "space", "space")
	if got, want := screen(press(down, "ctrl+b")), screen(press(down, "b")); got != want {
		t.Errorf("ctrl+b is not a page up:\n%s\nwant\n%s", got, want)
	}
	tests := []struct {
		keys   []string
		lo, hi float64
	}{
		{[]string{"5", "0", "%"}, 0.48, 0.52},
		{[]string{"2", "5", "%"}, 0.23, 0.27},
		{[]string{"1", "0", "0", "%"}, 1, 1},
		{[]string{"9", "9", "9", "9", "%"}, 1, 1},
		{[]string{"G", "%"}, 0, 0},
		{[]string{"5", "j", "%"}, 0, 0}, // a number is for the key just after it
	}
	for _, tt := range tests {
		got := press(m, tt.keys...).ScrollPercent()
		if got < tt.lo || got > tt.hi {
			t.Errorf("%v: at %.3f, want %.2f to %.2f", tt.keys, got, tt.lo, tt.hi)
		}
	}
}
