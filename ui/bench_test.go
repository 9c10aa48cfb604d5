package ui

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/bench/newstext"
	"github.com/byline-reader/byline/source"
)

// The benchmarks of opening an article, per size and format: time per
// byte should stay flat (linear time), and the first screen's time flat
// in absolute terms. Run them with
//
//	go test ./ui -run XXX -bench 'Open|FirstScreen' -benchmem

var benchSizes = []struct {
	name string
	size int
}{{"10KB", 10 << 10}, {"1MB", 1 << 20}, {"10MB", 10 << 20}}

var benchFormats = []struct{ name, ext string }{{"text", ".txt"}, {"markdown", ".md"}}

// corpusPath is the development corpus beside the repository; the
// benchmarks take real paragraphs from it when it is there.
const corpusPath = "../../shared/corpus/dev.jsonl"

// newsData returns a news-like article of about size bytes, as bench/gen
// writes them (package newstext).
func newsData(tb testing.TB, size int, ext string) []byte {
	tb.Helper()
	paras, err := newstext.Paragraphs(corpusPath)
	if err != nil {
		tb.Fatal(err)
	}
	if ext == ".md" {
		return []byte(newstext.Markdown(paras, size))
	}
	return []byte(newstext.Text(paras, size))
}

// benchLexicon loads the word lists once per benchmark.
func benchLexicon(tb testing.TB) *extract.Lexicon {
	tb.Helper()
	lx, err := extract.LoadLexicon(assets.FS)
	if err != nil {
		tb.Fatal(err)
	}
	return lx
}

// update is m.Update without the commands it returns.
func update(m *Model, msg tea.Msg) *Model {
	tm, _ := m.Update(msg)
	return tm.(*Model)
}

// BenchmarkOpen is the whole of opening an article: parsing and cleaning
// it, analysing it (people and quotes), showing it in a 120x40 reader
// with its sidebar filled, and drawing the first screen. The pager's
// background work (measuring, rendering ahead) is not included.
func BenchmarkOpen(b *testing.B) {
	lx := benchLexicon(b)
	for _, f := range benchFormats {
		for _, s := range benchSizes {
			data := newsData(b, s.size, f.ext)
			src := source.Source{Name: "bench" + f.ext, Data: data}
			b.Run(f.name+"/"+s.name, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					a, err := parse(src, data)
					if err != nil {
						b.Fatal(err)
					}
					an := article.Analyze(a, lx)
					m := New(context.Background(), []source.Source{src}, Options{Lexicon: lx})
					m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
					m = update(m, articleMsg{idx: 0, gen: m.load.gen, art: a})
					m = update(m, analysisMsg{idx: 0, gen: m.load.gen, art: a, analysis: an, rows: newSideRows(&an)})
					if !strings.Contains(m.View().Content, "Benchmark Edition") {
						b.Fatal("no title on the first screen")
					}
				}
			})
		}
	}
}

// BenchmarkFirstScreen is what stands between starting byline on a file
// and its first screen: parsing the file's start (its head, as the command
// line reads it) and laying out, painting and drawing the screen. It
// should not grow with the file.
func BenchmarkFirstScreen(b *testing.B) {
	const head = 128 << 10 // the command line's headSize
	for _, f := range benchFormats {
		for _, s := range benchSizes {
			data := newsData(b, s.size, f.ext)
			src := source.Source{Name: "bench" + f.ext, Path: "bench" + f.ext, Head: data[:min(len(data), head)], Size: int64(len(data))}
			if len(data) <= head {
				src = source.Source{Name: "bench" + f.ext, Data: data}
			}
			b.Run(f.name+"/"+s.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					m := New(context.Background(), []source.Source{src}, Options{})
					m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
					var msg tea.Msg
					if src.Head != nil {
						msg = parseHead(0, m.load.gen, src, headCut(src.Head))
					} else {
						msg = loadWhole(m.load.ctx, 0, m.load.gen, src)
					}
					m = update(m, msg)
					if !strings.Contains(m.View().Content, "Benchmark Edition") {
						b.Fatal("no title on the first screen")
					}
				}
			})
		}
	}
}
