package pager

import (
	"fmt"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
)

var benchSizes = []struct {
	name string
	size int
}{{"10KB", 10 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}}

var benchFormats = []struct {
	name   string
	format article.Format
}{{"text", article.Text}, {"markdown", article.Markdown}}

// BenchmarkFirstScreen measures what stands between an article and its
// first screen: splitting it into blocks, estimating every block's lines,
// laying out and painting the blocks on screen, and drawing it. The
// background work the setters return is not run.
func BenchmarkFirstScreen(b *testing.B) {
	for _, f := range benchFormats {
		for _, s := range benchSizes {
			b.Run(fmt.Sprintf("%s/%s", f.name, s.name), func(b *testing.B) {
				a := repeatArticle(b, s.size, f.format)
				b.ReportAllocs()
				for b.Loop() {
					m := New()
					m.SetStyles(DefaultStyles(true, false), true)
					m.SetSize(80, 38)
					m.SetArticle(a)
					if m.View() == "" {
						b.Fatal("empty screen")
					}
				}
			})
		}
	}
}

// BenchmarkMeasure measures the background work for plain text: wrapping
// every block to count its lines, and counting words.
func BenchmarkMeasure(b *testing.B) {
	for _, s := range benchSizes {
		b.Run(s.name, func(b *testing.B) {
			a := repeatArticle(b, s.size, article.Text)
			b.SetBytes(int64(len(a.Body)))
			b.ReportAllocs()
			for b.Loop() {
				m := New()
				m.SetSize(80, 38)
				cmd := m.SetArticle(a)
				m = drain(m, cmd)
			}
		})
	}
}

// BenchmarkKeys measures key presses on the largest article before any
// background work has run.
func BenchmarkKeys(b *testing.B) {
	for _, f := range benchFormats {
		for _, k := range []string{"j", "pgdown", "G", "g"} {
			b.Run(fmt.Sprintf("%s/10MB/%s", f.name, k), func(b *testing.B) {
				a := repeatArticle(b, 10<<20, f.format)
				m := New()
				m.SetStyles(DefaultStyles(true, false), true)
				m.SetSize(80, 38)
				m.SetArticle(a)
				msg := keyMsg(k)
				other := keyMsg(map[string]string{"j": "k", "pgdown": "pgup", "G": "g", "g": "G"}[k])
				b.ReportAllocs()
				for i := 0; b.Loop(); i++ {
					var cmd tea.Cmd
					if i%2 == 0 {
						m, cmd = m.Update(msg)
					} else {
						m, cmd = m.Update(other)
					}
					_ = cmd
					_ = m.View()
				}
			})
		}
	}
}

// BenchmarkSearch measures a search over the whole body.
func BenchmarkSearch(b *testing.B) {
	a := repeatArticle(b, 10<<20, article.Text)
	b.SetBytes(int64(len(a.Body)))
	for b.Loop() {
		if len(search(a.Body, "tillerson")) == 0 {
			b.Fatal("no hits")
		}
	}
}
