package cli

import (
	"context"
	"fmt"
	"os"
	"time"

	tea "charm.land/bubbletea/v2"
)

// signalGrace is how long the reader has to end by itself once a signal
// arrived, before it is killed from outside its event loop.
const signalGrace = time.Second

// killOnSignal makes sure a signal ends the reader even when its event
// loop is busy and cannot see the signal's context end (an Update caught
// in some long computation): once ctx ends, if done is not closed within
// signalGrace, it kills p, which leaves the alternate screen, shows the
// cursor, turns mouse reporting off and restores the terminal's mode, and
// exits with the status the signal asks for.
func killOnSignal(ctx context.Context, p *tea.Program, done <-chan struct{}) {
	select {
	case <-done:
		return
	case <-ctx.Done():
	}
	t := time.NewTimer(signalGrace)
	defer t.Stop()
	select {
	case <-done:
		return
	case <-t.C:
	}
	killed := make(chan struct{})
	go func() {
		p.Kill()
		close(killed)
	}()
	select {
	case <-killed:
	case <-time.After(signalGrace):
	}
	code := exitError
	cause := context.Cause(ctx)
	if sig, ok := cause.(signalError); ok {
		code = 128 + int(sig.sig)
	}
	fmt.Fprintf(os.Stderr, "byline: %v\n", cause)
	os.Exit(code) // Run cannot return: the event loop holds the program
}
