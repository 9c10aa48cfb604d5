package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/ui"
	"github.com/charmbracelet/x/term"
)

// openKeys returns the terminal the reader takes its keys from: stdin
// when it is one, else the controlling terminal, /dev/tty (stdin is then
// the article, piped in).
func openKeys(stdin *os.File) (*os.File, error) {
	if isTerminal(stdin) {
		return stdin, nil
	}
	f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = fmt.Errorf("%s: %w", pe.Path, pe.Err)
		}
		return nil, err
	}
	if !isTerminal(f) {
		f.Close()
		return nil, errors.New("/dev/tty is not a terminal")
	}
	return f, nil
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// frameRate is how many frames a second the reader draws at most.
const frameRate = 120

// runTUI runs the interactive reader until the user quits or ctx ends;
// keys is the terminal it reads keys from.
//
// The word lists are loaded by the analysis, in the background: the first
// screen does not wait for them. The program draws at 120 frames a second,
// Bubble Tea's most, rather than its default 60: a frame is drawn only on
// the renderer's ticker, so its period is what a key waits at worst
// (about 8 ms instead of 17 ms), for a few more wake-ups a second.
func runTUI(ctx context.Context, srcs []source.Source, keys *os.File, lib readerLib) error {
	warmUp()
	ui.LimitMemory()
	m := ui.New(ctx, srcs, lib.options(ui.Options{NoColor: os.Getenv("NO_COLOR") != "", LoadLexicon: loadLexicon}))
	g := newGuard(wrapForTest(m))
	susp := newSuspender()
	defer susp.stop()
	p := tea.NewProgram(g, tea.WithContext(ctx), tea.WithoutSignalHandler(), tea.WithInput(keys),
		tea.WithFPS(frameRate), tea.WithColorProfile(colorProfile()), tea.WithFilter(susp.filter))
	g.crash.quit = p.Quit
	susp.start(p)
	ended := make(chan struct{})
	go killOnSignal(ctx, p, ended)
	final, err := p.Run()
	close(ended)
	if msg := g.crash.message(); msg != "" {
		return fmt.Errorf("internal error: %s (the terminal was restored)", msg)
	}
	if quit := lib.finish(final); quit != nil && err == nil {
		return quit
	}
	if err == nil {
		return nil
	}
	if cause := context.Cause(ctx); cause != nil && !errors.Is(cause, context.Canceled) {
		return cause
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		return errors.New("internal error: the reader crashed (the terminal was restored)")
	}
	return fmt.Errorf("cannot start the reader: %w", err)
}
