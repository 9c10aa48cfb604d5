package ui

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// background runs f on an operating-system thread of its own whose
// scheduling priority is lowered (where the system allows), and returns
// its result. The analysis of a large article takes a core for a second;
// on a small machine the reader's own goroutines, the terminal and
// everything else the user runs then come first, so keys stay answered
// within a frame. The thread ends with f (it is never unlocked), so its
// priority is never lent to other goroutines.
//
// While it runs, the program has one more P (see addProc).
func background[T any](f func() T) T {
	out := make(chan T, 1)
	go func() {
		runtime.LockOSThread()
		lowerPriority()
		defer addProc()()
		out <- f()
	}()
	return <-out
}

// Processors. Go runs goroutines on GOMAXPROCS Ps, by default one per
// core, and a background job keeps one for as long as it runs: on two
// cores, the reader's goroutines (keys, updates, the renderer) and the
// collector's workers would share the other, and a key could wait for the
// collector, or for the scheduler to preempt the job (after 10 ms). So
// each background job adds a P while it runs: the reader keeps the Ps it
// had, and the operating system, not Go, shares the cores, giving the
// job's lower-priority thread what the reader does not use.
var extraProcs struct {
	sync.Mutex
	jobs int
	base int // GOMAXPROCS before the first job
}

// addProc raises GOMAXPROCS by one until the returned func is called.
func addProc() (done func()) {
	p := &extraProcs
	p.Lock()
	defer p.Unlock()
	if p.jobs == 0 {
		p.base = runtime.GOMAXPROCS(0)
	}
	p.jobs++
	runtime.GOMAXPROCS(p.base + p.jobs)
	return sync.OnceFunc(func() {
		p.Lock()
		defer p.Unlock()
		p.jobs--
		runtime.GOMAXPROCS(p.base + p.jobs)
	})
}

// Memory. Reading a file of many megabytes and analysing it keep two to
// four times its size alive for a while; with Go's default pacing
// (GOGC=100) the heap may then grow to twice that before it is
// collected. While such work runs, the collector runs more often instead,
// which keeps the peak a quarter lower for a little more processor time
// on background threads. It is a last resort: the live memory of the work
// itself is what sets the floor (see the analysis in package extract).
const (
	// bigWork is the size of text from which background work collects
	// garbage more often.
	bigWork = 1 << 20
	// tightGC is the GOGC percentage while big work runs.
	tightGC = 30
)

// tightMemory counts the big background jobs under way and keeps the
// collector's setting while there are any. It is package state because
// what it guards is: the collector's setting is the process's.
var tightMemory struct {
	sync.Mutex
	jobs  int
	saved int // the GOGC percentage to go back to
}

// collectOften makes the collector run more often until the returned
// func is called, when size, the bytes of text a job works on, is big;
// jobs may overlap.
func collectOften(size int) (done func()) {
	if size < bigWork {
		return func() {}
	}
	t := &tightMemory
	t.Lock()
	defer t.Unlock()
	if t.jobs == 0 {
		t.saved = debug.SetGCPercent(tightGC)
		if t.saved < tightGC { // GOGC was set lower already, or off (-1)
			debug.SetGCPercent(t.saved)
		}
	}
	t.jobs++
	var once sync.Once
	return func() {
		once.Do(func() {
			t.Lock()
			defer t.Unlock()
			if t.jobs--; t.jobs == 0 {
				debug.SetGCPercent(t.saved)
			}
		})
	}
}

// returnMemory hands the memory a big job (size bytes of text) freed back
// to the operating system at once, rather than over minutes: the
// analysis of a large article leaves tens of megabytes of garbage that a
// reader left open for hours would otherwise keep. It collects garbage,
// so it is called on the job's thread, as the job ends.
func returnMemory(size int) {
	if size >= bigWork {
		debug.FreeOSMemory()
	}
}
