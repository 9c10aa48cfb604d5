package ui

import (
	"math"
	"runtime/debug"
	"sync"
)

// The one runtime setting the reader changes, and only once it holds a
// text of a megabyte or more: a soft memory limit (debug.SetMemoryLimit)
// that grows with the text held, so that the collector keeps Go's own
// pace until the program nears what its texts need, and runs more often
// only then. Nothing short of it keeps the peak down: at 10 MB the body
// and the program's own data are about 18 MB alive before the analysis
// adds its working set of about 8 MB, and with Go's default pacing
// (GOGC=100) the heap grows to twice what was alive at the last
// collection, during the analysis and after it alike. Peak RSS on
// bench/out/10m.txt and 10m.md (bench/run.sh, 3 runs):
//
//	bench/out/10m.txt   87.2 MB at Go's pace, 61.5 MB under the limit
//	bench/out/10m.md    88.4 MB at Go's pace, 62.2 MB under the limit
//
// (tty-latency --vs, 3 runs each in turn, 2 cores at load 5 to 7; key
// p50/p95 9.6/47.0 ms against 10.9/46.5 on 10m.txt, 10.1/42.0 against
// 9.3/26.9 on 10m.md.) The program turns it on (LimitMemory); tests and
// other users of the package run at Go's pace.
//
// The base was 24 MB then; the analysis has since shed 4.5 MB of its
// peak and the pager 1 MB of its blocks (BenchmarkLoadMemory/10MB: peak
// live heap 31.7 MB, now 26.4), and the base shed 5 MB, which leaves the
// collector about the same room: 57.1 to 57.6 MB on 10m.txt and 58.9 to
// 59.2 MB on 10m.md under the limit.
//
// Keys do not pay for it, as the reader allocates little per key
// (it runs in place, Model): BenchmarkKeysWhileAnalysing gives the same key p50 at
// Go's default pacing and under this limit.
const (
	// bigText is the size of text from which the reader limits its
	// memory.
	bigText = 1 << 20
	// memoryBase is about the memory the runtime holds for the reader
	// with a small article (heap, stacks and the collector's own), and
	// memoryPerByte what each byte of text held adds at most: the body,
	// its layout, and the analysis with its working set.
	memoryBase    = 19 << 20
	memoryPerByte = 2
)

// heldText is the text the reader holds, by source index, for the
// sources whose text is big. It is package state because what it sets
// is: the memory limit is the process's.
var heldText struct {
	sync.Mutex
	on       bool // LimitMemory was called
	bytes    map[int]int
	external bool // GOMEMLIMIT was set from outside: it stays
}

// LimitMemory makes the reader limit its memory for the big texts it
// holds from now on (holdText); the command line calls it before it runs
// the reader.
func LimitMemory() {
	heldText.Lock()
	defer heldText.Unlock()
	heldText.on = true
}

// holdText notes that source idx holds size bytes of text from now on
// (the reader keeps each article it opened) and, when that is big, sets
// the memory limit to cover every big text held: a later, longer
// snapshot of the same source replaces the earlier one.
func holdText(idx, size int) {
	if size < bigText {
		return
	}
	h := &heldText
	h.Lock()
	defer h.Unlock()
	if !h.on {
		return
	}
	if h.bytes == nil {
		h.bytes = map[int]int{}
		h.external = debug.SetMemoryLimit(-1) != math.MaxInt64
	}
	if h.external || size <= h.bytes[idx] {
		return
	}
	h.bytes[idx] = size
	total := 0
	for _, n := range h.bytes {
		total += n
	}
	debug.SetMemoryLimit(memoryBase + memoryPerByte*int64(total))
}
