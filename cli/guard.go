package cli

import (
	"fmt"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/byline-reader/byline/internal/safetext"
)

// guard wraps the root model so that a panic in Init, Update, View or a
// command ends the program cleanly: Bubble Tea restores the terminal and
// run prints one line saying why, instead of Bubble Tea's stack trace.
type guard struct {
	tea.Model
	crash *crash // shared by every copy and by the commands' goroutines
}

// crash is the first panic's message.
type crash struct {
	mu   sync.Mutex
	msg  string
	quit func() // ends the program from outside the event loop (Program.Quit)
}

// set records a panic and asks the program to quit: a panic in View,
// which cannot return tea.Quit, ends the program too.
func (c *crash) set(r any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.msg == "" {
		c.msg = panicLine(r)
		if c.quit != nil {
			go c.quit()
		}
	}
}

// panicLine returns the first line of a recovered panic value, safe to
// print: "runtime error: index out of range [3] with length 3", not the
// goroutine dump a panic value may carry after it.
func panicLine(r any) string {
	msg, _, _ := strings.Cut(fmt.Sprint(r), "\n")
	return safetext.Line(msg)
}

func (c *crash) message() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.msg
}

// crashMsg tells the guard that a command panicked.
type crashMsg struct{}

func newGuard(m tea.Model) guard { return guard{Model: m, crash: new(crash)} }

// Init starts the model, turning a panic into a quit.
func (g guard) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.crash.set(r)
			cmd = tea.Quit
		}
	}()
	return g.wrap(g.Model.Init())
}

// Update passes msg on, turning a panic into a quit.
func (g guard) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	if g.crash.message() != "" {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.crash.set(r)
			next, cmd = g, tea.Quit
		}
	}()
	inner, cmd := g.Model.Update(msg)
	return guard{Model: inner, crash: g.crash}, g.wrap(cmd)
}

// View draws the model; after a panic it draws nothing, and the next
// message quits.
func (g guard) View() (v tea.View) {
	if g.crash.message() != "" {
		return tea.NewView("")
	}
	defer func() {
		if r := recover(); r != nil {
			g.crash.set(r)
			v = tea.NewView("")
		}
	}()
	return g.Model.View()
}

// wrap makes cmd, and the commands of a batch it returns, report a panic
// as a crashMsg instead of panicking in Bubble Tea's goroutine.
func (g guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.crash.set(r)
				msg = crashMsg{}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			wrapped := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				wrapped[i] = g.wrap(c)
			}
			return wrapped
		}
		return msg
	}
}
