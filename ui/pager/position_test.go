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
