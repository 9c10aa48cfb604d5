// Package cli is byline's command line: it parses the flags, gathers the
// inputs through package source (files, directories, URLs, standard
// input, the embedded sample), and then prints plain text, the JSON
// analysis or an export, or runs the interactive reader with the terminal
// guarded against signals and panics. Only the reader (reader.go,
// history.go) uses package ui.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // bad input, I/O failure, internal error
	exitUsage = 2 // bad flags
)

// Run runs byline with the command-line arguments args (without the
// program name) and returns the exit status. It is main without os.Exit,
// so that deferred clean-ups always run.
func Run(args []string, stdin *os.File, stdout, stderr *os.File) int {
	opts, err := parseArgs(args)
	if errors.Is(err, errHelp) {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(stderr, "byline: %v\n", err)
		fmt.Fprintln(stderr, "Try 'byline --help' for more information.")
		return exitUsage
	}
	if opts.version {
		fmt.Fprintln(stdout, "byline", version())
		return exitOK
	}

	mode := opts.mode
	if mode == modeAuto {
		mode = modeTUI
		if !isTerminal(stdout) {
			mode = modePlain
		}
	}
	// The reader needs a terminal for its keys; with none (cron, CI, a
	// detached session) it prints the article instead, as when piped.
	var keys *os.File
	if mode == modeTUI {
		if keys, err = openKeys(stdin); err != nil {
			fmt.Fprintf(stderr, "byline: no terminal to read keys from (%v); printing the article instead\n", err)
			mode = modePlain
		} else if keys != stdin {
			defer keys.Close()
		}
	}

	in := inputs{stdin: stdin, stderr: stderr, stream: mode == modeTUI}
	srcs, failed := in.gather(opts.paths)
	bad := &badInputs{w: stderr}
	for _, err := range failed {
		bad.report(err)
	}
	if len(srcs) == 0 {
		return exitError
	}

	switch mode {
	case modeJSON, modeExport:
		var lx *extract.Lexicon
		if lx, err = loadLexicon(); err != nil {
			break
		}
		if mode == modeJSON {
			err = writeJSON(stdout, srcs, lx, bad.report)
		} else {
			err = writeExport(stdout, srcs, lx, opts.export, bad.report)
		}
	case modePlain:
		err = writePlain(stdout, srcs, plainWidth(stdout), bad.report)
	default:
		ctx, stop := signalContext()
		defer stop()
		lib := newReaderLib(opts.noHistory, stderr)
		lib.failed = bad.errs
		err = runTUI(ctx, srcs, keys, lib)
	}
	return exitStatus(err, bad, stderr)
}

// exitStatus says on stderr why byline stopped, when err says it failed,
// and returns the exit status: that of err, else 1 when some input was
// bad (each was said on stderr as it was met), else 0.
func exitStatus(err error, bad *badInputs, stderr io.Writer) int {
	if err != nil && !errors.Is(err, errQuietExit) {
		if errors.Is(err, syscall.EPIPE) {
			return exitOK // `byline story.txt | head -1`: the reader went away
		}
		fmt.Fprintf(stderr, "byline: %v\n", err)
		var sig signalError
		if errors.As(err, &sig) {
			return 128 + int(sig.sig)
		}
		return exitError
	}
	if len(bad.errs) > 0 {
		return exitError
	}
	return exitOK
}

// badInputs reports each input that cannot be read or parsed on stderr,
// one line each, and keeps them: one bad input does not stop the others,
// but the exit status says that some failed.
type badInputs struct {
	w    io.Writer
	errs []error
}

// report says on stderr why an input failed.
func (b *badInputs) report(err error) {
	fmt.Fprintf(b.w, "byline: %v\n", err)
	b.errs = append(b.errs, err)
}

// loadLexicon loads the word lists that the analysis needs, once: --json
// and --export before their first article, the reader in the background.
var loadLexicon = sync.OnceValues(func() (*extract.Lexicon, error) { return extract.LoadLexicon(assets.FS) })

// errQuietExit ends the program with status 0 and no message.
var errQuietExit = errors.New("quiet exit")
