package ui

import (
	"runtime"
	"sync"
)

// background runs f, the analysis of an article, on an operating-system
// thread of its own whose priority is lowered (lowerPriority), with one
// more P for as long as it runs, and returns its result. The analysis
// already yields between chunks of paragraphs, which keeps the program's
// own goroutines from waiting (BenchmarkSchedWhileAnalysing); what this
// adds is for a machine whose cores are all busy: there the reader's
// threads compete with every other program's, and keys pressed while
// 10 MB is analysed came late. bench/out/10m.txt in tmux, 8 runs each in
// turn, 2 cores at load 15 to 20 (tty-latency --vs):
//
//	key p50/p95 22.0/107.8 ms without this, 13.9/58.0 for the build
//	before the yields (which did this), 13.1/80.3 with it
//
// The thread ends with f (it is never unlocked), so its priority is
// never lent to other goroutines; the extra P lets the reader keep the Ps
// it had while the job holds one.
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

// extraProcs counts the background jobs under way and the GOMAXPROCS
// from before the first.
var extraProcs struct {
	sync.Mutex
	jobs int
	base int
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
