package cli

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// screenLog keeps all a program writes.
type screenLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *screenLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(b)
}

// since is what was written after the first n bytes.
func (l *screenLog) since(n int) string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()[n:]
}

func (l *screenLog) len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Len()
}

// stillFrame is a model whose screen never changes: only a resume can make
// the renderer draw it again.
type stillFrame struct{}

func (stillFrame) Init() tea.Cmd                         { return nil }
func (m stillFrame) Update(tea.Msg) (tea.Model, tea.Cmd) { return m, nil }
func (stillFrame) View() tea.View {
	v := tea.NewView("a still frame")
	v.AltScreen = true
	return v
}

// waitFor waits until the log after mark holds every piece.
func (l *screenLog) waitFor(t *testing.T, mark int, what string, pieces ...string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := l.since(mark)
		ok := true
		for _, p := range pieces {
			ok = ok && strings.Contains(got, p)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: no frame drawn; written since: %q", what, got)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSuspendRedrawsOnResume suspends and resumes a program many times
// (the stop itself is left out) and checks that each resume enters the
// alternate screen again and redraws the unchanged frame. On one
// processor, the renderer run stopped by the suspend used to stop the
// frame ticker of the run the resume started: nothing was drawn after fg.
func TestSuspendRedrawsOnResume(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	screen := &screenLog{}
	var stoppedAt int
	s := &suspender{pause: func() { stoppedAt = screen.len() }}
	p := tea.NewProgram(stillFrame{}, tea.WithInput(nil), tea.WithOutput(screen),
		tea.WithoutSignalHandler(), tea.WithWindowSize(40, 5), tea.WithFilter(s.filter))
	s.p = p
	ended := make(chan error, 1)
	go func() { _, err := p.Run(); ended <- err }()
	defer func() { p.Quit(); <-ended }()

	screen.waitFor(t, 0, "the first frame", ansi.SetModeAltScreenSaveCursor, "a still frame")
	for i := range 30 {
		p.Send(tea.SuspendMsg{})
		p.Send(tea.ResumeMsg{}) // returns once the filter has resumed
		screen.waitFor(t, stoppedAt, fmt.Sprintf("resume %d", i+1), ansi.SetModeAltScreenSaveCursor, "a still frame")
	}
}
