package ui

import (
	"runtime/debug"
	"testing"
)

func TestCollectOften(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)
	gogc := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}

	small := collectOften(bigWork - 1)
	if got := gogc(); got != 100 {
		t.Errorf("small work changed GOGC to %d", got)
	}
	small()

	first := collectOften(bigWork)
	second := collectOften(10 * bigWork)
	if got := gogc(); got != tightGC {
		t.Fatalf("GOGC during big work = %d, want %d", got, tightGC)
	}
	first()
	first() // a second call does nothing
	if got := gogc(); got != tightGC {
		t.Errorf("GOGC = %d after one of two jobs ended, want %d", got, tightGC)
	}
	second()
	if got := gogc(); got != 100 {
		t.Errorf("GOGC = %d after the jobs, want 100 back", got)
	}

	debug.SetGCPercent(-1) // the user turned the collector off: it stays off
	done := collectOften(bigWork)
	if got := gogc(); got != -1 {
		t.Errorf("GOGC = %d with the collector off, want -1", got)
	}
	done()
	debug.SetGCPercent(100)
}
