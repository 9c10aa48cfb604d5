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

func TestProgressNote(t *testing.T) {
	small := &article.Article{Body: "short"}
	big := &article.Article{Body: strings.Repeat("x", 2<<20)}
	tests := []struct {
		name    string
		a       *article.Article
		partial bool
		done    float64
		want    string
	}{
		{"no article", nil, false, -1, ""},
		{"start only", big, true, -1, "reading the rest…"},
		{"small", small, false, 0.5, ""},
		{"big, not started", big, false, -1, "analysing 2 MB of text…"},
		{"big, under way", big, false, 0.426, "analysing 2 MB of text… 42%"},
		{"big, done", big, false, 1, "analysing 2 MB of text… 100%"},
	}
	for _, tt := range tests {
		if got := progressNote(tt.a, tt.partial, tt.done); got != tt.want {
			t.Errorf("%s: progressNote = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestAnalysisProgress follows the sidebar's progress line while a large
// article is analysed: its size at first, then the share done at each
// tick; ticks of an older load change nothing and stop.
func TestAnalysisProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("The Headline of a Big Story\n\n")
	for i := 0; b.Len() < 400<<10; i++ {
		fmt.Fprintf(&b, "Paragraph %d goes on about the council and the bridge.\n\n", i)
	}
	data := []byte(b.String())
	a, err := article.Parse("big.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	size := sizeText(len(a.Body))
	m := New(t.Context(), []source.Source{{Name: "big.txt", Data: data}}, Options{NoColor: true, Lexicon: &extract.Lexicon{}})
	m = step(t, m, tea.WindowSizeMsg{Width: 110, Height: 30})
	tm, _ := m.Update(articleMsg{idx: 0, gen: m.load.gen, art: a}) // the analysis command is not run
	m = tm.(*Model)
	if s := plain(m); !strings.Contains(s, "analysing "+size+" of text…") || strings.Contains(s, "%…") {
		t.Fatalf("no progress line:\n%s", s)
	}
	if m.load.progress == nil {
		t.Fatal("no progress kept for a large article")
	}

	m.load.progress.set(0.42)
	tm, next := m.Update(progressTickMsg{gen: m.load.gen})
	m = tm.(*Model)
	if s := plain(m); !strings.Contains(s, "analysing "+size+" of text… 42%") {
		t.Errorf("the tick does not show the share done:\n%s", s)
	}
	if next == nil {
		t.Error("no next tick while the analysis runs")
	}

	m.load.progress.set(0.9)
	tm, next = m.Update(progressTickMsg{gen: m.load.gen - 1})
	m = tm.(*Model)
	if next != nil || strings.Contains(plain(m), "90%") {
		t.Error("a tick of an older load changed the screen or ticked on")
	}
}
