package pager

import (
	"context"
	"math"
	"time"

	"charm.land/glamour/v2"
)

// Glamour cannot be stopped once it has started on a block, so each block
// is rendered in a goroutine of its own that the caller waits for only so
// long. Flattening (glamourSource) bounds what an abandoned goroutine can
// still cost: every block that reaches Glamour renders in bounded time and
// memory, so one left behind soon ends.
// updateWindow is the period over which Update's waiting is metered.
const updateWindow = 250 * time.Millisecond

// renderBudget is how long a block may take in the background before it
// is shown as plain wrapped text instead. The package's tests raise it,
// so that a machine loaded by other work does not turn a block plain.
var renderBudget = 2 * time.Second

// updateBudget is how long Update waits for Glamour in any updateWindow;
// beyond it, blocks on screen show as plain text until the background has
// rendered them. Zero waits as long as Glamour takes: the package's tests
// set it so, to compare screens that do not depend on the machine's speed.
var updateBudget = 100 * time.Millisecond

// renderJob is one block being rendered by Glamour in its own goroutine.
type renderJob struct {
	done  chan struct{} // closed when lines is set
	lines []string
}

// startRender renders src at key in a new goroutine with tr, or with a
// renderer of its own when tr is nil. The job owns tr until it is done.
func startRender(tr *glamour.TermRenderer, src string, key layoutKey) *renderJob {
	j := &renderJob{done: make(chan struct{})}
	go func() {
		defer close(j.done)
		if tr == nil {
			var err error
			if tr, err = newTermRenderer(key); err != nil {
				j.lines = plainLines(src, key.width)
				return
			}
		}
		j.lines = renderMarkdown(tr, src, key.width)
	}()
	return j
}

// wait returns the job's lines once they are ready, or false when ctx
// ends or d passes first.
func (j *renderJob) wait(ctx context.Context, d time.Duration) ([]string, bool) {
	if d <= 0 {
		select {
		case <-j.done:
			return j.lines, true
		default:
			return nil, false
		}
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-j.done:
		return j.lines, true
	case <-t.C:
	case <-ctx.Done():
	}
	return nil, false
}

// updateClock meters the time Update spends waiting for Glamour.
type updateClock struct {
	start time.Time     // of the current window
	spent time.Duration // waiting, in the current window
}

// left is how long Update may still wait now.
func (c *updateClock) left(now time.Time) time.Duration {
	if updateBudget <= 0 {
		return time.Duration(math.MaxInt64)
	}
	if now.Sub(c.start) >= updateWindow {
		c.start, c.spent = now, 0
	}
	return updateBudget - c.spent
}
