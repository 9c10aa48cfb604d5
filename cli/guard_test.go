package cli

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// bomb is a model that panics where it is told to.
type bomb struct{ in string }

func (b bomb) Init() tea.Cmd {
	if b.in == "Init" {
		panic("boom in Init")
	}
	return nil
}

func (b bomb) Update(tea.Msg) (tea.Model, tea.Cmd) {
	switch b.in {
	case "Update":
		panic("boom in Update\nsecond line")
	case "command":
		return b, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("boom in command") })
	}
	return b, nil
}

func (b bomb) View() tea.View {
	if b.in == "View" {
		panic("boom in View")
	}
	return tea.NewView("fine")
}

// TestGuard checks that the guard turns a panic anywhere into a quit and
// keeps its first line as the message. The end-to-end test of the same,
// with the terminal, is TestPanicRestoresTerminal.
func TestGuard(t *testing.T) {
	for _, where := range []string{"Init", "Update", "View", "command"} {
		t.Run(where, func(t *testing.T) {
			g := newGuard(bomb{in: where})
			quits := 0
			g.crash.quit = func() { quits++ }
			isQuit := func(cmd tea.Cmd) bool {
				if cmd == nil {
					return false
				}
				_, ok := cmd().(tea.QuitMsg)
				return ok
			}
			var cmd tea.Cmd
			switch where {
			case "Init":
				cmd = g.Init()
			case "Update":
				_, cmd = g.Update(nil)
			case "View":
				if v := g.View(); v.Content != "" {
					t.Errorf("view after a panic: %q", v.Content)
				}
				_, cmd = g.Update(nil) // the next message quits
			case "command":
				_, batch := g.Update(nil)
				var crashes int
				for _, c := range batch().(tea.BatchMsg) {
					if c() == (crashMsg{}) {
						crashes++
					}
				}
				if crashes != 1 {
					t.Errorf("%d commands reported a crash, want 1", crashes)
				}
				_, cmd = g.Update(crashMsg{})
			}
			if !isQuit(cmd) {
				t.Errorf("no quit after a panic in %s", where)
			}
			if got, want := g.crash.message(), "boom in "+where; got != want {
				t.Errorf("message %q, want %q", got, want)
			}
		})
	}
}
