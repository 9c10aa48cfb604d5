package ui

import (
	"runtime"
	"testing"
)

func TestAddProc(t *testing.T) {
	base := runtime.GOMAXPROCS(0)
	first := addProc()
	second := addProc()
	if got := runtime.GOMAXPROCS(0); got != base+2 {
		t.Fatalf("GOMAXPROCS with two jobs = %d, want %d", got, base+2)
	}
	first()
	first() // a second call does nothing
	if got := runtime.GOMAXPROCS(0); got != base+1 {
		t.Errorf("GOMAXPROCS after one of two jobs = %d, want %d", got, base+1)
	}
	second()
	if got := runtime.GOMAXPROCS(0); got != base {
		t.Errorf("GOMAXPROCS after the jobs = %d, want %d back", got, base)
	}
}
