package ui

import (
	"context"
	"runtime"
	"runtime/debug"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// gcSettings are the collector's settings the benchmarks of keys during
// an analysis compare: Go's default pacing, which the reader keeps, and
// two it could set while it works on a big text. set applies one for a
// text of n bytes and returns the func that undoes it.
var gcSettings = []struct {
	name string
	set  func(n int) (undo func())
}{
	{"default", func(int) func() { return func() {} }},
	{"GOGC=30", func(int) func() {
		p := debug.SetGCPercent(30)
		return func() { debug.SetGCPercent(p) }
	}},
	{"limit=holdText", func(n int) func() {
		l := debug.SetMemoryLimit(memoryBase + memoryPerByte*int64(n))
		return func() { debug.SetMemoryLimit(l) }
	}},
}

// BenchmarkKeysWhileAnalysing presses j, PageDown, G and g in turn, one
// every 5 ms, while 10 MB of text is analysed in the background as the
// reader does (one worker), and reports how long the reader takes to
// answer a key, its Update and View (key-p50-ms, key-p99-ms): the part of
// a key's latency spent in the program, garbage collection included,
// apart from the terminal. Under each of gcSettings:
//
//	go test ./ui -run '^$' -bench KeysWhileAnalysing -benchtime 2x
//
// Before the program ran the reader in place (by pointer), each key copied
// the 236 KB Model onto the heap, and under memory.go's limit the
// collector made the keys pay for it: key p50/p99 0.64/28.8 ms at Go's
// pace, 0.78/48.4 at GOGC=30 and 14.8/94.4 under the limit (2 cores at
// load 20). Run in place, at load 8, two rounds each: 0.30/9.2-33.4 at
// Go's pace, 0.32/4.8-9.8 at GOGC=30, 0.28-0.31/4.5-10.8 under the
// limit, which the reader therefore sets (memory.go).
func BenchmarkKeysWhileAnalysing(b *testing.B) {
	lx := benchLexicon(b)
	data := newsData(b, 10<<20, ".txt")
	src := source.Source{Name: "bench.txt", Data: data}
	a, err := parse(src, data)
	if err != nil {
		b.Fatal(err)
	}
	src.Data, data = nil, nil // the reader lets go of them once parsed
	for _, gc := range gcSettings {
		b.Run(gc.name, func(b *testing.B) {
			defer gc.set(len(a.Body))()
			m := New(context.Background(), []source.Source{src}, Options{Lexicon: lx})
			m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
			m = update(m, articleMsg{idx: 0, gen: m.load.gen, art: a})
			var took []time.Duration
			for b.Loop() {
				runtime.GC()
				took = append(took, pressWhile(m, func() {
					if _, err := article.AnalyzeContext(b.Context(), a, lx, extract.Options{Workers: 1}); err != nil {
						b.Error(err)
					}
				})...)
			}
			slices.Sort(took)
			b.ReportMetric(ms(took[len(took)/2]), "key-p50-ms")
			b.ReportMetric(ms(took[len(took)*99/100]), "key-p99-ms")
		})
	}
}

// pressWhile runs work in a goroutine while this one presses j,
// PageDown, G and g on m in turn, one every 5 ms, as the program runs it
// (in place), and returns how long each press took to update and draw
// m.
func pressWhile(m *Model, work func()) []time.Duration {
	var r tea.Model = m
	presses := []tea.KeyPressMsg{press("j"), {Code: tea.KeyPgDown}, press("G"), press("g")}
	done := make(chan struct{})
	go func() {
		defer close(done)
		work()
	}()
	var took []time.Duration
	for i := 0; ; i++ {
		select {
		case <-done:
			return took
		case <-time.After(5 * time.Millisecond):
		}
		start := time.Now()
		r, _ = r.Update(presses[i%len(presses)])
		_ = r.View()
		took = append(took, time.Since(start))
	}
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
