package ui

import (
	"context"
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// BenchmarkSchedWhileAnalysing analyses 10 MB as the reader does (one
// worker, in a goroutine of its own) while another goroutine, standing
// for the reader's key handling, wakes every 2 ms and allocates a little,
// and reports how long goroutines waited for a processor meanwhile
// (sched-p99-ms, from the runtime's /sched/latencies histogram): the
// delay a key suffers inside the program, apart from the machine's load.
// It runs under each of gcSettings (keys_bench_test.go):
//
//	go test ./ui -run '^$' -bench SchedWhileAnalysing -benchtime 3x
func BenchmarkSchedWhileAnalysing(b *testing.B) {
	lx := benchLexicon(b)
	a, err := article.ParseText("bench.txt", string(newsData(b, 10<<20, ".txt")))
	if err != nil {
		b.Fatal(err)
	}
	for _, gc := range gcSettings {
		b.Run(gc.name, func(b *testing.B) {
			defer gc.set(len(a.Body))()
			var worst float64
			for b.Loop() {
				runtime.GC()
				worst = max(worst, schedP99(func() {
					if _, err := article.AnalyzeContext(b.Context(), a, lx, extract.Options{Workers: 1}); err != nil {
						b.Fatal(err)
					}
				}))
			}
			b.ReportMetric(worst*1000, "sched-p99-ms")
		})
	}
}

// schedP99 runs work in a goroutine while this one ticks every 2 ms, and
// returns the 99th percentile, in seconds, of the time goroutines spent
// ready to run before they ran meanwhile.
func schedP99(work func()) float64 {
	s := []metrics.Sample{{Name: "/sched/latencies:seconds"}}
	metrics.Read(s)
	before := append([]uint64(nil), s[0].Value.Float64Histogram().Counts...)
	ctx, done := context.WithCancel(context.Background())
	go func() {
		defer done()
		work()
	}()
	var sink []byte
	for ctx.Err() == nil {
		select {
		case <-ctx.Done():
		case <-time.After(2 * time.Millisecond):
			sink = make([]byte, 4096) // a key's update allocates too
		}
	}
	runtime.KeepAlive(sink)
	metrics.Read(s)
	h := s[0].Value.Float64Histogram()
	var total, n uint64
	for i, c := range h.Counts {
		total += c - before[i]
	}
	for i, c := range h.Counts {
		if n += c - before[i]; float64(n) >= 0.99*float64(total) {
			return h.Buckets[i+1]
		}
	}
	return 0
}
