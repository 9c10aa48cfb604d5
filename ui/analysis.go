package ui

import (
	"image/color"
	"strconv"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/ui/pager"
)

// rankPeople orders people by their first mention and returns each
// person's place in that order, which picks their colour. The order depends
// only on the text, so a person keeps their colour from run to run.
func rankPeople(people []extract.Person) []int {
	ranks := make([]int, len(people))
	for r, i := range extract.ByFirstMention(people) {
		ranks[i] = r
	}
	return ranks
}

// quoteMarks colours every quote in its speaker's colour; quotes without a
// named speaker get the neutral quote colour. Without colour the marks
// still locate the quotes, with a nil Color.
//
// Each person's colour is looked up once, not once a quote: Styles is a
// value of 24 KB, which PersonColor copies, and a 10 MB article has some
// 30,000 quotes, whose marks then took 13 ms of the reader's goroutine
// (BenchmarkShowAnalysis).
func quoteMarks(an *extract.Analysis, ranks []int, st Styles) []pager.Mark {
	colors := make([]color.Color, len(ranks))
	for i, r := range ranks {
		colors[i] = st.PersonColor(r)
	}
	marks := make([]pager.Mark, 0, len(an.Quotes))
	for _, q := range an.Quotes {
		c := st.quoteColor
		if q.Person >= 0 && q.Person < len(colors) {
			c = colors[q.Person]
		}
		marks = append(marks, pager.Mark{Span: q.Span, Color: c})
	}
	return marks
}

// progressNote is the sidebar's line while the analysis of a is pending:
// the size of the text, which says how long to expect, once it is large,
// and the share of it done when known (done from 0 to 1; negative when
// not known yet). partial says only the start of a is in yet.
func progressNote(a *article.Article, partial bool, done float64) string {
	if a == nil {
		return ""
	}
	switch {
	case partial:
		return "reading the rest…"
	case len(a.Body) < 256<<10:
		return ""
	}
	note := "analysing " + sizeText(len(a.Body)) + " of text…"
	if done >= 0 {
		note += " " + strconv.Itoa(int(min(done, 1)*100)) + "%"
	}
	return note
}

// sizeText formats a byte count: "32 MB", "512 KB".
func sizeText(n int) string {
	if n >= 1<<20 {
		return strconv.Itoa(n>>20) + " MB"
	}
	return strconv.Itoa(n>>10) + " KB"
}
