// Package lane runs a program's CPU-heavy background work one piece at a
// time, so that the work keeps at most one processor busy and the
// program's foreground (a reader's keys and frames) finds another free.
//
// On two cores, with the reader's background work in one lane, key p95
// on a 10 MB file whose rest is read, laid out and analysed while the
// keys are pressed fell from 78.0 to 41.2 ms (text) and from 113.1 to
// 81.3 ms (Markdown), p50 from 18.7 to 12.2 and 32.6 to 20.6 ms
// (tty-latency --vs, 5 runs each in turn, the machine at load 13 to 19).
package lane

import (
	"runtime"
	"sync/atomic"
	"time"
)

// A Lane lets one piece of work run at a time; the others wait their
// turn, first come first served. A nil *Lane runs each piece at once, as
// if each had a lane of its own.
type Lane struct {
	turn chan struct{} // holds a token while a piece of work runs
	// stepped is when the work in the lane last stepped off its
	// processor (Yield); only the holder of the turn reads or sets it.
	stepped time.Time
	// heldTo is when (Unix nanoseconds) work that yields may go on
	// (Hold); zero or past means now.
	heldTo atomic.Int64
}

// How often, and how long, work that yields steps off its processor.
const (
	stepEvery = 2 * time.Millisecond
	stepFor   = 50 * time.Microsecond
)

// New returns a free lane.
func New() *Lane { return &Lane{turn: make(chan struct{}, 1)} }

// Do waits for the lane, runs f in it and frees it.
func (l *Lane) Do(f func()) {
	if l == nil {
		f()
		return
	}
	l.turn <- struct{}{}
	defer func() { <-l.turn }()
	f()
}

// Yield is called by work running in the lane (Do's f) between chunks of
// its work: it hands the lane to the work that waits for it, if any (a
// step of the screen's layout behind a long analysis, say), and waits
// for its turn again. Outside a lane (l is nil) it yields the processor.
//
// Every stepEvery it also steps off its processor for stepFor, which
// runtime.Gosched does not do. A goroutine woken by one that then blocks
// in a system call (a reader's input goroutine, woken by the one that
// reads the terminal and waits for the next bytes) is queued on that
// call's processor; with the other processor busy, nothing runs it
// until the runtime takes that processor back, 10 ms later or more. A
// goroutine that calls Gosched goes to the global queue, where its own
// processor finds it again before it looks at the other's queue; one
// that sleeps leaves its processor to look there. The waits of such a
// goroutine, p50/p99 (BenchmarkWakeWhileBusy, at load 14 to 18):
//
//	Gosched    0.24-1.87 / 23.0-61.1 ms
//	Yield      0.06-0.08 /  4.3-6.0 ms
//
// Stepping off costs the work some 50 to 100 µs every 2 ms.
func (l *Lane) Yield() {
	if l == nil {
		runtime.Gosched()
		return
	}
	step := false
	if now := time.Now(); now.Sub(l.stepped) >= stepEvery {
		l.stepped, step = now, true
	}
	<-l.turn // a waiting Do's token takes its place, first come first
	l.waitHold()
	if step {
		time.Sleep(stepFor)
	} else {
		runtime.Gosched()
	}
	l.turn <- struct{}{}
}

// Hold makes the work in the lane stand still for d from now, at its
// next Yield: a reader calls it on each key, so that while the user
// presses keys the background work leaves the machine (both processors,
// and the collector's share of them, as the work stops allocating) to
// the keys and their frames, and goes on once the keys have stopped for
// d. Work that does not yield (a short render ahead of the view) still
// runs: the lane is free while the work that yielded waits.
//
// Without it, keys pressed while a 10 MB file was analysed on two cores
// waited for the collector's worker and the work beside it: key p95
// 17.5 ms against the floor's 10.7, the first presses 15 to 26 ms
// (tty-latency, 3 runs, a quiet machine).
func (l *Lane) Hold(d time.Duration) {
	if l == nil {
		return
	}
	l.heldTo.Store(time.Now().Add(d).UnixNano())
}

// waitHold waits until the lane is no longer held; a Hold meanwhile
// extends the wait.
func (l *Lane) waitHold() {
	for {
		wait := time.Until(time.Unix(0, l.heldTo.Load()))
		if wait <= 0 {
			return
		}
		time.Sleep(wait)
	}
}
