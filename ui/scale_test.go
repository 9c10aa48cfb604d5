package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// manyModel is a reader of an article with n people, each quoted once,
// sized 120x40, with the focus on the People section.
func manyModel(t testing.TB, n int) *Model {
	t.Helper()
	var b strings.Builder
	an := extract.Analysis{}
	for i := range n {
		name := fmt.Sprintf("Person Number%d", i)
		start := b.Len()
		fmt.Fprintf(&b, "%s said \"point %d stands,\" today.\n\n", name, i)
		q := start + len(name) + len(" said \"")
		qt := fmt.Sprintf("point %d stands,", i)
		an.People = append(an.People, extract.Person{Name: name, Role: "witness", Mentions: []extract.Span{{Start: start, End: start + len(name)}}})
		an.Quotes = append(an.Quotes, extract.Quote{Text: qt, Span: extract.Span{Start: q, End: q + len(qt)}, Speaker: name, Person: i, How: extract.Explicit})
	}
	a := &article.Article{Title: "Many People", Body: strings.TrimSpace(b.String())}
	m := New(t.Context(), []source.Source{{Name: "many.txt", Data: []byte(a.Body)}}, Options{NoColor: true})
	m = step(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
	a.Analysis = an
	m.docs[0].art, m.docs[0].anArt = a, a
	m = step(t, m, articleMsg{idx: 0, gen: m.load.gen, art: a})
	return keys(t, m, "tab", "tab")
}

// TestSidebarCostFlat checks that moving through the sidebar costs the
// same with 2,000 people as with 20: each key draws only the rows on
// screen. Allocation counts are exact, so this is no timing assertion.
func TestSidebarCostFlat(t *testing.T) {
	perKey := func(n int) float64 {
		m := manyModel(t, n)
		m = keys(t, m, "j", "j", "j") // past the first screen's set-up
		down := press("j")
		return testing.AllocsPerRun(50, func() {
			tm, _ := m.Update(down)
			m = tm.(*Model)
			_ = m.View()
		})
	}
	small, big := perKey(20), perKey(2000)
	if big > small*1.2+5 {
		t.Errorf("a key in the sidebar allocates %.0f times with 2,000 people and %.0f with 20", big, small)
	}
}

// BenchmarkSidebarKey is a key press in the People section of an article
// with 2,000 people and 2,000 quotes, drawn.
func BenchmarkSidebarKey(b *testing.B) {
	m := manyModel(b, 2000)
	down := press("j")
	for b.Loop() {
		tm, _ := m.Update(down)
		m = tm.(*Model)
		_ = m.View()
	}
}
