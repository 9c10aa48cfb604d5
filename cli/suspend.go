package cli

import (
	"os"
	"os/signal"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// suspender suspends the reader as less does, on ctrl+z (the model's
// tea.Suspend) and on a SIGTSTP sent from outside (kill -TSTP): it hands
// the terminal back (main screen, cursor shown, mouse reporting off, the
// terminal's own mode), stops the process group, and on SIGCONT (the
// shell's fg) takes the terminal again and redraws.
//
// It does the suspending itself rather than let Bubble Tea do it: Bubble
// Tea stops the process by sending SIGTSTP, which a Go program that ever
// caught SIGTSTP can no longer receive with its default action (the
// runtime keeps its handler), so the group is stopped with SIGSTOP.
type suspender struct {
	p    *tea.Program
	sigs chan os.Signal
	done chan struct{}
	// pause stops the process and returns once it is continued; tests
	// replace it.
	pause func()
}

// newSuspender starts catching SIGTSTP; start says which program to
// suspend, and stop ends it.
func newSuspender() *suspender {
	s := &suspender{sigs: make(chan os.Signal, 1), done: make(chan struct{}), pause: stopUntilContinued}
	signal.Notify(s.sigs, syscall.SIGTSTP)
	return s
}

// start sends p a SuspendMsg for each SIGTSTP caught.
func (s *suspender) start(p *tea.Program) {
	s.p = p
	go func() {
		for {
			select {
			case <-s.sigs:
				p.Send(tea.SuspendMsg{})
			case <-s.done:
				return
			}
		}
	}()
}

// filter is the program's message filter (tea.WithFilter): it takes the
// SuspendMsg from Bubble Tea and suspends the program itself. Like Bubble
// Tea's own suspend, it runs on the event loop, which waits meanwhile.
func (s *suspender) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); !ok || s.p == nil {
		return msg
	}
	if s.p.ReleaseTerminal() != nil {
		return nil
	}
	s.pause()
	// RestoreTerminal enters the alternate screen afresh and restarts the
	// renderer, so all is drawn again. (Bubble Tea before v2.2.0 shared one
	// frame ticker between renderer runs: the stopped run's goroutine could
	// stop it after the restart, and nothing was drawn after fg.)
	_ = s.p.RestoreTerminal()
	go s.p.Send(tea.ResumeMsg{})
	return nil
}

// stopUntilContinued stops the process group and waits for SIGCONT (the
// shell's fg or bg).
func stopUntilContinued() {
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	defer signal.Stop(cont)
	_ = syscall.Kill(0, syscall.SIGSTOP)
	<-cont
}

// stop stops catching SIGTSTP.
func (s *suspender) stop() {
	signal.Stop(s.sigs)
	close(s.done)
}
