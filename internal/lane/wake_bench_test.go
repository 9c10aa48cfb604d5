//go:build unix

package lane

import (
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"
)

// BenchmarkWakeWhileBusy is a reader's key arriving while work in the lane
// keeps one processor busy, on two processors: a goroutine blocked in a
// system call on a pipe (as Bubble Tea's reads the terminal) wakes,
// hands the bytes to another goroutine (the program's) and blocks in
// the call again; the benchmark reports how long the second goroutine
// took to run (wake-p50-ms, wake-p99-ms), with the work yielding by
// Lane.Yield and by runtime.Gosched alone:
//
//	go test ./internal/lane -run '^$' -bench WakeWhileBusy -benchtime 200x
func BenchmarkWakeWhileBusy(b *testing.B) {
	if runtime.GOMAXPROCS(0) < 2 {
		b.Skip("needs two processors")
	}
	for _, y := range []struct {
		name  string
		yield func(*Lane)
	}{
		{"Yield", (*Lane).Yield},
		{"Gosched", func(*Lane) { runtime.Gosched() }},
	} {
		b.Run(y.name, func(b *testing.B) {
			var fds [2]int
			if err := syscall.Pipe(fds[:]); err != nil {
				b.Fatal(err)
			}
			defer syscall.Close(fds[1])
			stop := make(chan struct{})
			l := New()
			go l.Do(func() { // the analysis: chunks of 0.3 ms
				for {
					select {
					case <-stop:
						return
					default:
					}
					for start := time.Now(); time.Since(start) < 300*time.Microsecond; {
					}
					y.yield(l)
				}
			})
			woke := make(chan time.Time)
			go func() { // the terminal's reader
				defer syscall.Close(fds[0])
				buf := make([]byte, 1)
				for {
					if n, err := syscall.Read(fds[0], buf); n < 1 || err != nil {
						close(woke)
						return
					}
					woke <- time.Now()
				}
			}()
			var took []time.Duration
			for b.Loop() {
				time.Sleep(5 * time.Millisecond)
				syscall.Write(fds[1], []byte{'j'})
				took = append(took, time.Since(<-woke))
			}
			close(stop)
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)/2])/1e6, "wake-p50-ms")
			b.ReportMetric(float64(took[len(took)*99/100])/1e6, "wake-p99-ms")
		})
	}
}
