package ui

import (
	"math"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
)

// progress is the share of an analysis done so far: the analysing goroutine
// writes it as the work goes on, and the reader reads it on its progress
// ticks (progressTickMsg) to update the sidebar's progress line.
type progress struct{ done atomic.Uint64 } // math.Float64bits of 0..1

func (p *progress) set(done float64) { p.done.Store(math.Float64bits(done)) }

func (p *progress) get() float64 { return math.Float64frombits(p.done.Load()) }

// progressEvery is how often the sidebar's progress line is brought up to
// date while a large article is analysed.
const progressEvery = 250 * time.Millisecond

// progressTickMsg asks for the progress line of the analysis of load
// generation gen to be brought up to date.
type progressTickMsg struct{ gen int }

// progressTick is the next progressTickMsg of generation gen.
func progressTick(gen int) tea.Cmd {
	return tea.Tick(progressEvery, func(time.Time) tea.Msg { return progressTickMsg{gen} })
}
