package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/ui"
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

// The reader waits this long, or for this much, for the start of a piped
// input before it takes over the screen: an input that ends by then is
// checked like a file, and a longer one shows as soon as its start is in.
const (
	peekWait = 100 * time.Millisecond
	peekSize = 64 << 10
)

// waitNotice is how long a read may block before byline says what it is
// waiting for.
const waitNotice = 2 * time.Second

// gather turns the paths into sources. With no path, it reads stdin when
// it is a pipe or a file, and otherwise opens the embedded sample. Files
// are read here; stdin is read once even when "-" is given twice, and a
// pipe read by the reader is streamed in: only its start is read here.
func (in inputs) gather(paths []string) ([]ui.Source, error) {
	if len(paths) == 0 {
		if !stdinHasInput(in.stdin) {
			data, err := assets.FS.ReadFile(assets.SampleName)
			if err != nil {
				return nil, err
			}
			return []ui.Source{{Name: "sample", Data: data}}, nil
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
	var srcs []ui.Source
	var stdinData []byte
	for _, p := range paths {
		switch {
		case p != "-" && isWebOrDir(p):
			more, err := in.webSources(p, in.stream)
			if err != nil {
				return nil, err
			}
			srcs = append(srcs, more...)
		case p == "-" && stream:
			src, err := in.peekStdin()
			if err != nil {
				return nil, err
			}
			srcs = append(srcs, src)
		case p == "-":
			if stdinData == nil {
				data, err := in.waiting("standard input", func() ([]byte, error) { return article.ReadAll(in.stdin) })
				if err != nil {
					return nil, err
				}
				stdinData = data
			}
			srcs = append(srcs, ui.Source{Name: "stdin", Data: stdinData})
		case in.stream:
			var src ui.Source
			_, err := in.waiting(p, func() (data []byte, err error) {
				src, err = readHead(p)
				return nil, err
			})
			if err != nil {
				return nil, err
			}
			srcs = append(srcs, src)
		default:
			data, err := in.waiting(p, func() ([]byte, error) { return article.ReadFile(p) })
			if err != nil {
				return nil, err
			}
			srcs = append(srcs, ui.Source{Name: p, Path: p, Data: data})
		}
	}
	return srcs, nil
}

// peekStdin starts streaming the pipe on stdin and waits for its start.
// An input that ends at once is checked and returned whole, like a file;
// a longer one comes as a Stream the reader shows as it arrives.
func (in inputs) peekStdin() (ui.Source, error) {
	st := ui.NewStream(in.stdin, article.MaxSize)
	head, end := st.Peek(peekWait, peekSize)
	if end == nil {
		return ui.Source{Name: "stdin", Stream: st}, nil
	}
	// The whole input is in: check it as ReadAll does.
	data, err := article.ReadAll(io.MultiReader(bytes.NewReader(head), errReader{end}))
	if err != nil {
		return ui.Source{}, err
	}
	return ui.Source{Name: "stdin", Data: data}, nil
}

// errReader returns err from every Read; io.EOF ends a MultiReader.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

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

// stdinHasInput reports whether standard input is a pipe or a file, the
// cases where a user means byline to read it.
func stdinHasInput(f *os.File) bool {
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	return fi.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0 || fi.Mode().IsRegular()
}

// isPipe reports whether f is a pipe or a socket: input that may arrive
// slowly or never end.
func isPipe(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&(os.ModeNamedPipe|os.ModeSocket) != 0
}

// parseSource cleans a source into an article.
func parseSource(s ui.Source) (*article.Article, error) {
	if a, ok, err := parseWeb(s); ok {
		return a, err
	}
	a, err := article.Parse(s.Name, s.Data)
	var ae *article.Error
	if err != nil && !(errors.As(err, &ae) && ae.Source != "") { // an article.Error names its source
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	return a, err
}
