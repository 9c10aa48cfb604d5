package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/source"
)

// BenchmarkLoadMemory opens a large file as the reader does, its head
// first and then the rest, in the background, followed by the analysis,
// and reports the largest heap seen meanwhile (peak-heap-MB: live objects
// and garbage not yet collected, sampled every 0.2 ms) and the live heap
// at the largest collection (peak-live-MB): the memory of the reader
// without the program's own pages. Time per op is not the point; run it
// with -benchtime 3x:
//
//	go test ./ui -run '^$' -bench LoadMemory -benchtime 3x
func BenchmarkLoadMemory(b *testing.B) {
	lx := benchLexicon(b)
	for _, s := range benchSizes[1:] { // 1 MB and 10 MB: smaller files are read whole
		data := newsData(b, s.size, ".txt")
		path := filepath.Join(b.TempDir(), "bench.txt")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			b.Fatal(err)
		}
		const head = 128 << 10 // the command line's headSize
		// The head is a copy, as the command line reads it: data[:head]
		// would keep the whole file alive and count it in the peak.
		src := source.Source{Name: path, Path: path, Head: bytes.Clone(data[:head]), Size: int64(len(data))}
		data = nil
		b.Run(s.name, func(b *testing.B) {
			var peakHeap, peakLive uint64
			for b.Loop() {
				runtime.GC()
				stop := sampleHeap(&peakHeap, &peakLive)
				m := New(b.Context(), []source.Source{src}, Options{Lexicon: lx})
				m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
				m = settleAll(b, m, loadCmd(m.load.ctx, 0, m.load.gen, src))
				if m.docs[0].analysis() == nil || m.docs[0].partial {
					b.Fatal("the whole article was not loaded and analysed")
				}
				stop()
				runtime.KeepAlive(m)
			}
			b.ReportMetric(float64(peakHeap)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(peakLive)/(1<<20), "peak-live-MB")
		})
	}
}

// sampleHeap records the largest heap and live heap in *heap and *live
// until the returned func is called.
func sampleHeap(heap, live *uint64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
		for {
			metrics.Read(s)
			*heap = max(*heap, s[0].Value.Uint64())
			*live = max(*live, s[1].Value.Uint64())
			select {
			case <-done:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// settleAll gives m the messages of cmd and of the commands that follow,
// as the program would, until none are left; ticks (the analysis's
// progress) are not followed.
func settleAll(tb testing.TB, m *Model, cmd tea.Cmd) *Model {
	tb.Helper()
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0; n++ {
		if n > 10000 {
			tb.Fatal("settleAll: commands never settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil, progressTickMsg:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			tm, next := m.Update(msg)
			m = tm.(*Model)
			queue = append(queue, next)
		}
	}
	return m
}
