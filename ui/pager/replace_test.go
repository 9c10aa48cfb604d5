package pager

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// grown returns the article made of the first n paragraphs of paras, the
// start of the one made of all of them.
func grown(format article.Format, paras []string, n int) *article.Article {
	a := textArticle("A long article", paras[:n]...)
	a.Format = format
	return a
}

func TestReplaceArticleKeepsPlace(t *testing.T) {
	src := sampleParagraphs(t)
	var paras []string
	for i := range 120 {
		paras = append(paras, src[(i*7)%len(src)])
	}
	for _, format := range []article.Format{article.Text, article.Markdown} {
		for _, scroll := range []int{0, 1, 7, 40} {
			t.Run(fmt.Sprintf("format%d/pages%d", format, scroll), func(t *testing.T) {
				start, whole := grown(format, paras, 40), grown(format, paras, len(paras))
				m := newPager(start, 70, 20)
				for range scroll {
					m = press(m, "space")
				}
				m = press(m, "j", "j")
				quote := strings.Index(start.Body, "Tillerson")
				red := color.RGBA{R: 0xff, A: 0xff}
				m.SetMarks([]Mark{{Span: extract.Span{Start: quote, End: quote + len("Tillerson")}, Color: red}})
				hits := m.Search("Lavrov")
				m.SetHighlights(hits, len(hits)-1)
				before := m.View()
				m = drain(m, m.ReplaceArticle(whole))
				if got := m.View(); got != before {
					t.Fatalf("the screen moved or lost its colours when the article grew:\n got:\n%s\nwant:\n%s", ansi.Strip(got), ansi.Strip(before))
				}
				// The rest of the article is there, and laid out as a
				// fresh pager lays it out.
				m = press(m, "G")
				fresh := press(drain(newPager(whole, 70, 20), nil), "G")
				if got, want := screen(m), screen(fresh); got != want {
					t.Fatalf("the end of the grown article:\n got:\n%s\nwant:\n%s", got, want)
				}
			})
		}
	}
}

func TestReplaceArticleDropsWhatNoLongerFits(t *testing.T) {
	long := textArticle("T", "One two three four.", "Five six seven eight.")
	short := textArticle("T", "One two three four.")
	m := newPager(long, 40, 10)
	six := strings.Index(long.Body, "six")
	m.SetHighlights([]extract.Span{{Start: six, End: six + 3}}, 0)
	m.SetMarks([]Mark{{Span: extract.Span{Start: six, End: six + 3}, Color: color.RGBA{R: 0xff, A: 0xff}}})
	m.ReplaceArticle(short)
	if len(m.hl.spans) != 0 || len(m.marks) != 0 || m.hasCur {
		t.Fatalf("highlights and marks beyond the new body were kept: %v %v", m.hl.spans, m.marks)
	}
	if got := screen(m); !strings.Contains(got, "One two three four.") {
		t.Fatalf("screen after replace:\n%s", got)
	}
}

func TestFocusHighlight(t *testing.T) {
	a := repeatArticle(t, 60<<10, article.Text)
	m := newPager(a, 60, 12)
	hits := m.Search("Lavrov")
	if len(hits) < 3 {
		t.Skip("too few hits in the sample")
	}
	m.SetHighlights(hits, 0)
	for _, i := range []int{len(hits) - 1, 1, len(hits) / 2} {
		m.FocusHighlight(hits[i])
		want := newPager(a, 60, 12)
		want.SetHighlights(hits, i)
		if got, w := m.View(), want.View(); got != w {
			t.Fatalf("FocusHighlight(%d) differs from SetHighlights(hits, %d):\n got:\n%s\nwant:\n%s", i, i, ansi.Strip(got), ansi.Strip(w))
		}
	}
}

// When a Markdown article grows, its new last screen is rendered in the
// background, ahead of G, as it is for an article shown whole.
func TestReplaceArticleRendersLastScreenAhead(t *testing.T) {
	whole := repeatArticle(t, 100<<10, article.Markdown)
	paras := strings.Split(whole.Body, "\n\n")
	start := grown(article.Markdown, paras, 30)
	m := newPager(start, 70, 30)
	m = drain(m, m.ReplaceArticle(grown(article.Markdown, paras, len(paras))))
	checkLastRendered(t, m)
}
