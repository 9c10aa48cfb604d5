package cli

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/byline-reader/byline/source"
)

// inputs reads the command line's inputs, at the edge, so that bad input
// fails with one line before the screen is taken over.
type inputs struct {
	stdin  *os.File
	stderr *os.File
	// stream says the reader may take a pipe on stdin as it arrives, and
	// a large file from its start (see readHead).
	stream bool
}

// waitNotice is how long a read may block before byline says what it is
// waiting for.
const waitNotice = 2 * time.Second

// gather turns the paths into sources. With no path, it opens the
// embedded sample when stdin is a terminal, and otherwise reads stdin (an
// empty pipe or /dev/null is an empty input, not a request for the
// sample). Files are read here; stdin is read once even when "-" is given
// twice, and a pipe read by the reader is streamed in: only its start is
// read here.
//
// An input that cannot be read does not stop the others: its error is
// returned in failed, in the order of the paths, and the sources are those
// of the inputs that could be read.
func (in inputs) gather(paths []string) (srcs []source.Source, failed []error) {
	if len(paths) == 0 {
		if isTerminal(in.stdin) {
			sample, err := source.Sample()
			if err != nil {
				return nil, []error{err}
			}
			return []source.Source{sample}, nil
		}
		paths = []string{"-"}
	}
	dashes := 0
	for _, p := range paths {
		if p == "-" {
			dashes++
		}
	}
	stream := in.stream && isPipe(in.stdin) && dashes == 1
	var stdinData []byte
	var stdinErr error
	for _, p := range paths {
		if p != "-" && isWebOrDir(p) {
			more, errs := in.webSources(p, in.stream)
			srcs, failed = append(srcs, more...), append(failed, errs...)
			continue
		}
		var src source.Source
		var err error
		switch {
		case p == "-" && stream:
			src, err = source.StreamStdin(in.stdin)
		case p == "-":
			if stdinData == nil && stdinErr == nil {
				stdinData, stdinErr = in.waiting("standard input", func() ([]byte, error) { return source.ReadAll(in.stdin) })
			}
			src, err = source.Source{Name: "stdin", Data: stdinData}, stdinErr
		case in.stream:
			_, err = in.waiting(p, func() (data []byte, err error) {
				src, err = source.ReadHead(p)
				return nil, err
			})
		default:
			var data []byte
			data, err = in.waiting(p, func() ([]byte, error) { return source.ReadFile(p) })
			src = source.Source{Name: p, Path: p, Data: data}
		}
		if err != nil {
			failed = append(failed, err)
			continue
		}
		srcs = append(srcs, src)
	}
	return srcs, failed
}

// waiting runs read and, when it blocks for longer than waitNotice and
// stderr is a terminal, says on stderr what byline is waiting for: a pipe
// that never ends (tail -f) or a terminal on stdin must not look like a
// hang.
func (in inputs) waiting(what string, read func() ([]byte, error)) ([]byte, error) {
	if !isTerminal(in.stderr) {
		return read()
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		t := time.NewTimer(waitNotice)
		defer t.Stop()
		select {
		case <-t.C:
			fmt.Fprintln(in.stderr, waitingNotice(what, in.stdin))
		case <-done:
		}
	}()
	return read()
}

// waitingNotice is the line that says what byline waits for.
func waitingNotice(what string, stdin *os.File) string {
	switch {
	case what != "standard input":
		return fmt.Sprintf("byline: waiting for %s to end (press ctrl+c to stop)…", strconv.QuoteToGraphic(what))
	case isTerminal(stdin):
		return "byline: reading the article from the terminal; press ctrl+d on a new line to end it…"
	}
	return "byline: waiting for standard input to end (press ctrl+c to stop, or pipe a file)…"
}

// isPipe reports whether f is a pipe or a socket: input that may arrive
// slowly or never end.
func isPipe(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0
}
