package ui

import (
	"context"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// BenchmarkShowAnalysis is the reader's goroutine taking in the finished
// analysis of a 10 MB article it shows, text and Markdown: the quotes
// marked in the pager, the sidebar filled, the screen drawn. The reader
// answers no key meanwhile, so it should take a few milliseconds at
// most:
//
//	go test ./ui -run '^$' -bench ShowAnalysis
func BenchmarkShowAnalysis(b *testing.B) {
	lx := benchLexicon(b)
	lexicon := func() (*extract.Lexicon, error) { return lx, nil }
	for _, ext := range []string{".txt", ".md"} {
		data := newsData(b, 10<<20, ext)
		src := source.Source{Name: "bench" + ext, Data: data}
		a, err := parse(src, data)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(ext[1:], func(b *testing.B) {
			m := New(context.Background(), []source.Source{src}, Options{Lexicon: lx})
			m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
			m = update(m, articleMsg{idx: 0, gen: m.load.gen, art: a, key: bodyKey(a.Body)})
			msg, ok := analyse(context.Background(), 0, m.load.gen, a, lexicon, extract.Options{Workers: 1}).(analysisMsg)
			if !ok || msg.err != nil {
				b.Fatal("the analysis failed")
			}
			for b.Loop() {
				m.docs[0].anArt, m.load.analysing = nil, true // the analysis is awaited again
				m = update(m, msg)
				_ = m.View()
			}
		})
	}
}
