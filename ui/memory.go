package ui

import (
	"runtime/debug"
	"sync"
)

// The one runtime setting the reader changes, and only while it reads or
// analyses a text of a megabyte or more: the collector's pace. The
// analysis of 10 MB keeps about 29 MB alive at its largest (the body,
// its layout and the analysis's own working set); with Go's default
// pacing (GOGC=100) the heap grows to twice that before each collection.
// Run more often, the collector keeps the peak a third lower, which
// nothing short of a smaller working set in package extract gives:
//
//	go test ./ui -run '^$' -bench LoadMemory -benchtime 3x
//	10MB peak-heap-MB: 54.3 at GOGC=100, 37.6 with tightGC
//
// and the peak RSS of the program on bench/out/10m.txt (bench/run.sh)
// from 84 MB to 72 MB. Returning memory to the system is left to the
// runtime, and threads and processors to the scheduler. The
// collector's extra work costs keys
// little because the analysis yields between chunks of paragraphs
// (extract.AnalyzeContext): the time goroutines wait for a processor
// while 10 MB is analysed,
//
//	go test ./ui -run '^$' -bench SchedWhileAnalysing -benchtime 3x
//
// has a 99th percentile of 0.01-0.02 ms at GOGC=100 and 0.04-0.08 ms
// (once 2.6) with tightGC; before the analysis yielded, 4-8 ms with
// tightGC.
const (
	// bigWork is the size of text from which reading and analysing it
	// collect garbage more often.
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
