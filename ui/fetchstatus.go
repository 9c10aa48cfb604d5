package ui

import (
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

// fetchStatus is the part that shows a fetch under way in the body
// note: a spinner, and what the fetch is doing ("downloading 1 MB"), from
// its progress reports (fetchProgressMsg).
type fetchStatus struct {
	spin     spinner.Model
	progress string
}

func newFetchStatus() fetchStatus {
	return fetchStatus{spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
}

// Start is a new fetch: no progress yet, and the spinner turns.
func (f *fetchStatus) Start() tea.Cmd {
	f.progress = ""
	return f.spin.Tick
}

// Update takes the spinner's ticks, which stop when the body no longer
// waits for a fetch (active false), and the progress reports of load
// generation gen. ok says msg was one of them; redraw, that what the
// body note shows changed.
func (f *fetchStatus) Update(msg tea.Msg, gen int, active bool) (cmd tea.Cmd, redraw, ok bool) {
	switch msg := msg.(type) {
	case fetchProgressMsg:
		if msg.gen != gen {
			return msg.next, false, true
		}
		f.progress = msg.progress.String()
		return msg.next, true, true
	case spinner.TickMsg:
		if !active {
			return nil, false, true // the spinner stops
		}
		f.spin, cmd = f.spin.Update(msg)
		return cmd, true, true
	}
	return nil, false, false
}
