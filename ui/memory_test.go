package ui

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestHoldText checks the memory limit the reader sets for the texts it
// holds: none before LimitMemory or for small texts, one that covers every big text held, a
// longer snapshot of a source in place of the shorter one, and a limit
// set from outside (GOMEMLIMIT) left alone.
func TestHoldText(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	reset := func(limit int64) {
		debug.SetMemoryLimit(limit)
		heldText.on, heldText.bytes, heldText.external = true, nil, false
	}
	defer func() {
		reset(math.MaxInt64)
		heldText.on = false
	}()
	limit := func() int64 { return debug.SetMemoryLimit(-1) }
	budget := func(bytes int) int64 { return memoryBase + memoryPerByte*int64(bytes) }
	steps := []struct {
		name      string
		idx, size int
		want      int64
	}{
		{"small text", 0, bigText - 1, math.MaxInt64},
		{"big text", 0, 10 * bigText, budget(10 * bigText)},
		{"another big text", 1, 2 * bigText, budget(12 * bigText)},
		{"shorter snapshot of the first", 0, 5 * bigText, budget(12 * bigText)},
		{"longer snapshot of the second", 1, 4 * bigText, budget(14 * bigText)},
	}
	heldText.on = false
	holdText(0, 10*bigText)
	if got := limit(); got != math.MaxInt64 {
		t.Errorf("before LimitMemory: limit %d, want none", got)
	}
	reset(math.MaxInt64)
	for _, s := range steps {
		holdText(s.idx, s.size)
		if got := limit(); got != s.want {
			t.Errorf("%s: limit %d, want %d", s.name, got, s.want)
		}
	}

	reset(1 << 30) // GOMEMLIMIT=1GiB
	holdText(0, 10*bigText)
	if got := limit(); got != 1<<30 {
		t.Errorf("with GOMEMLIMIT set: limit %d, want it kept at %d", got, 1<<30)
	}
}
