package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// The fixture is a small article with a fixed, hand-made analysis, so the
// screen goldens do not change when extraction improves.
var fixtureParas = []string{
	`Mayor Ana García said the vote was "a turning point for the river district," and thanked the council for its patience.`,
	`"We listened to every objection," said council member Tom Reed. "The bridge will carry buses and bicycles first, and cars only later."`,
	`Critics were not persuaded. "This is money we do not have," a resident said at the meeting.`,
	`Engineer 王小明 called the design sound. García later told reporters that construction could begin in the spring.`,
	`"Nobody asked the fishermen," read one sign outside the hall.`,
}

// fixtureArticle builds the fixture article and its analysis.
func fixtureArticle(t testing.TB) (*article.Article, extract.Analysis) {
	t.Helper()
	a := &article.Article{
		Source:   "council.txt",
		Title:    "Council Approves New River Bridge After a Long Debate",
		Byline:   "By Jo Writer",
		Dateline: "Updated at 2:45 p.m. ET",
		Body:     strings.Join(fixtureParas, "\n\n"),
	}
	off := 0
	for _, p := range fixtureParas {
		a.Paragraphs = append(a.Paragraphs, extract.Span{Start: off, End: off + len(p)})
		off += len(p) + 2
	}
	// span finds the n-th (0-based) occurrence of s in the body.
	span := func(s string, n int) extract.Span {
		at := -1
		for i := 0; i <= n; i++ {
			j := strings.Index(a.Body[at+1:], s)
			if j < 0 {
				t.Fatalf("fixture: %q occurrence %d not in body", s, n)
			}
			at += 1 + j
		}
		return extract.Span{Start: at, End: at + len(s)}
	}
	quote := func(text, speaker string, person int, how extract.Attribution) extract.Quote {
		return extract.Quote{Text: text, Span: span(text, 0), Speaker: speaker, Person: person, How: how}
	}
	an := extract.Analysis{
		People: []extract.Person{
			{Name: "Tom Reed", Role: "council member", Gender: extract.GenderMale, Mentions: []extract.Span{span("Tom Reed", 0)}},
			{Name: "Ana García", Aliases: []string{"García"}, Role: "Mayor", Gender: extract.GenderFemale,
				Mentions: []extract.Span{span("Ana García", 0), span("García", 1)}},
			{Name: "王小明", Role: "engineer at the river authority's hydrology department", Mentions: []extract.Span{span("王小明", 0)}},
		},
		Quotes: []extract.Quote{
			quote("a turning point for the river district,", "Ana García", 1, extract.Explicit),
			quote("We listened to every objection,", "Tom Reed", 0, extract.Explicit),
			quote("The bridge will carry buses and bicycles first, and cars only later.", "Tom Reed", 0, extract.Inferred),
			quote("This is money we do not have,", "a resident", -1, extract.Explicit),
			quote("Nobody asked the fishermen,", "", -1, extract.Unattributed),
		},
	}
	return a, an
}

// fixtureModel is a reader of the fixture article plus another source,
// sized w × h, with the article and its analysis delivered.
func fixtureModel(t testing.TB, w, h int) *Model {
	t.Helper()
	a, an := fixtureArticle(t)
	srcs := []source.Source{
		{Name: "council.txt", Data: []byte(a.Title + "\n\n" + a.Body)},
		{Name: "second.txt", Data: []byte("Second Story\n\nIt has one paragraph.")},
	}
	m := New(context.Background(), srcs, Options{NoColor: true})
	m = step(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	// The analysis is cached before the article arrives, so no analysis
	// command runs: the fixture's is the one shown.
	a.Analysis, m.docs[0].anArt = an, a
	m.docs[0].art = a
	return step(t, m, articleMsg{idx: 0, gen: m.load.gen, art: a})
}

// step feeds msg to m and then runs the commands that follow, feeding their
// messages back, as the program would; commands that take longer than a
// moment (ticks) are dropped.
func step(t testing.TB, m *Model, msgs ...tea.Msg) *Model {
	t.Helper()
	queue := append([]tea.Msg(nil), msgs...)
	for n := 0; len(queue) > 0; n++ {
		if n > 1000 {
			t.Fatal("step: messages never settle")
		}
		msg := queue[0]
		queue = queue[1:]
		tm, cmd := m.Update(msg)
		m = tm.(*Model)
		queue = append(queue, runCmd(cmd)...)
	}
	return m
}

// runCmd runs cmd and returns the messages it yields, flattening batches.
func runCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(500 * time.Millisecond):
		return nil
	}
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runCmd(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// press makes the key press of s, as a terminal would send it.
func press(s string) tea.KeyPressMsg {
	switch s {
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(s)[0]
	code := r
	if r >= 'A' && r <= 'Z' {
		return tea.KeyPressMsg{Code: r + 'a' - 'A', ShiftedCode: r, Text: s, Mod: tea.ModShift}
	}
	return tea.KeyPressMsg{Code: code, Text: s}
}

// keys presses each key in turn.
func keys(t testing.TB, m *Model, ks ...string) *Model {
	t.Helper()
	for _, k := range ks {
		m = step(t, m, press(k))
	}
	return m
}

// plain is the screen without escape sequences.
func plain(m *Model) string { return ansi.Strip(m.View().Content) }

// plainString is s without escape sequences.
func plainString(s string) string { return ansi.Strip(s) }
