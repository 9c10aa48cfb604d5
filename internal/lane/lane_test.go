package lane_test

import (
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/byline-reader/byline/internal/lane"
)

// TestOneAtATime runs pieces of work that yield between their chunks
// from many goroutines, and checks that no two ever ran at once.
func TestOneAtATime(t *testing.T) {
	bg := lane.New()
	var in, most atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				bg.Do(func() {
					for range 4 {
						n := in.Add(1)
						if n > most.Load() {
							most.Store(n)
						}
						in.Add(-1)
						bg.Yield()
					}
				})
			}
		})
	}
	wg.Wait()
	if m := most.Load(); m != 1 {
		t.Errorf("%d pieces of work ran at once, want 1", m)
	}
}

// TestYieldHandsOver checks that a piece of work that yields lets the
// one waiting for the lane run before it goes on, and that the waiting
// one cannot run before.
func TestYieldHandsOver(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		bg := lane.New()
		var order []string
		yield, done := make(chan struct{}), make(chan struct{})
		go bg.Do(func() {
			order = append(order, "long, first chunk")
			<-yield
			bg.Yield()
			order = append(order, "long, second chunk")
			close(done)
		})
		synctest.Wait() // the long piece holds the lane
		go bg.Do(func() { order = append(order, "short") })
		synctest.Wait() // the short piece waits for its turn
		if len(order) != 1 {
			t.Fatalf("ran %q while the lane was taken", order)
		}
		close(yield)
		<-done
		want := []string{"long, first chunk", "short", "long, second chunk"}
		if len(order) != 3 || order[1] != want[1] || order[2] != want[2] {
			t.Errorf("ran %q, want %q", order, want)
		}
	})
}

// TestNilLane checks that a nil lane runs work at once.
func TestNilLane(t *testing.T) {
	var bg *lane.Lane
	ran := false
	bg.Do(func() {
		bg.Yield()
		ran = true
	})
	if !ran {
		t.Error("a nil lane did not run the work")
	}
}

// TestHoldStopsWork checks that work which yields while the lane is held
// goes on only once the hold is over, and that work which does not yield
// still runs meanwhile (the lane is free while the held work waits).
func TestHoldStopsWork(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		bg := lane.New()
		start := time.Now()
		bg.Hold(200 * time.Millisecond)
		var resumed time.Time
		done := make(chan struct{})
		go bg.Do(func() {
			bg.Yield()
			resumed = time.Now()
			close(done)
		})
		synctest.Wait() // the piece waits in Yield for the hold to end
		ran := false
		bg.Do(func() { ran = true })
		if !ran {
			t.Error("work that does not yield waited for the hold")
		}
		bg.Hold(300 * time.Millisecond) // a key meanwhile extends it
		<-done
		if got := resumed.Sub(start); got < 300*time.Millisecond {
			t.Errorf("held work went on after %v, want 300ms", got)
		}
	})
}
