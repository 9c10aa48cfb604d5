// Command byline is a terminal reader for news articles that shows who is in
// the story and who said what.
//
//	byline [flags] [FILE|- ...]
//
// With no input it opens an embedded sample article. When stdout is not a
// terminal, or with --plain, it prints the cleaned article; with --json it
// prints the analysis of people and quotes.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/ui"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // bad input, I/O failure, internal error
	exitUsage = 2 // bad flags
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without os.Exit, so that deferred clean-ups always run.
func run(args []string, stdin *os.File, stdout, stderr *os.File) int {
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

	lx, err := extract.LoadLexicon(assets.FS)
	if err != nil {
		fmt.Fprintf(stderr, "byline: word lists: %v\n", err)
		return exitError
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
	srcs, err := in.gather(opts.paths)
	if err != nil {
		fmt.Fprintf(stderr, "byline: %v\n", err)
		return exitError
	}

	switch mode {
	case modeJSON:
		err = writeJSON(stdout, srcs, lx)
	case modePlain:
		err = writePlain(stdout, srcs, plainWidth(stdout))
	default:
		ctx, stop := signalContext()
		defer stop()
		err = runTUI(ctx, srcs, lx, keys)
	}
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
	return exitOK
}

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

// errQuietExit ends the program with status 0 and no message.
var errQuietExit = errors.New("quiet exit")

// signalError reports that a signal ended the reader.
type signalError struct{ sig syscall.Signal }

func (e signalError) Error() string { return "stopped by " + signalName(e.sig) }

func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP"
	}
	return s.String()
}

// signalContext returns a context cancelled, with a signalError as its
// cause, when SIGINT, SIGTERM or SIGHUP arrives.
func signalContext() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			if sig, ok := s.(syscall.Signal); ok {
				cancel(signalError{sig})
			}
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}

// isTerminal reports whether f is a terminal.
func isTerminal(f *os.File) bool { return term.IsTerminal(f.Fd()) }

// outputMode is what byline prints.
type outputMode int

const (
	modeAuto  outputMode = iota // the reader on a terminal, else plain text
	modeTUI                     // the interactive reader
	modePlain                   // the cleaned article as text
	modeJSON                    // the analysis as JSON
)

// options are the parsed command line.
type options struct {
	mode    outputMode
	version bool
	paths   []string // files, or "-" for standard input
}

var errHelp = errors.New("help requested")

const usage = `byline - read news articles in the terminal, with who said what beside them

Usage:
  byline [flags] [FILE|- ...]

With no FILE, byline reads standard input when it is a pipe or a file, and
otherwise opens an embedded sample article. "-" reads standard input.
When standard output is not a terminal, byline prints the cleaned article.

Flags:
  --plain      print the cleaned article as plain text
  --json       print the people and quotes found, as JSON (one object per article)
  --version    print the version
  -h, --help   show this help

Keys in the reader: press ? for the full list.
`

// parseArgs reads flags and paths; flags may stand anywhere, and "--"
// ends them.
func parseArgs(args []string) (options, error) {
	var o options
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch a {
		case "--":
			o.paths = append(o.paths, args[i+1:]...)
			return o, nil
		case "-h", "--help", "-help":
			return o, errHelp
		case "--json", "-json":
			if o.mode == modePlain {
				return o, errors.New("--json and --plain cannot be combined")
			}
			o.mode = modeJSON
		case "--plain", "-plain":
			if o.mode == modeJSON {
				return o, errors.New("--json and --plain cannot be combined")
			}
			o.mode = modePlain
		case "--version", "-version":
			o.version = true
		default:
			if len(a) > 1 && a[0] == '-' {
				return o, fmt.Errorf("unknown flag %s", a)
			}
			o.paths = append(o.paths, a)
		}
	}
	return o, nil
}

// version is the module version when built with go install, else "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// inputs reads the command line's inputs, at the edge, so that bad input
// fails with one line before the screen is taken over.
type inputs struct {
	stdin  *os.File
	stderr *os.File
	// stream says the reader may take a pipe on stdin as it arrives.
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
	a, err := article.Parse(s.Name, s.Data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	return a, nil
}

// jsonPerson and jsonQuote are the --json schema.
type jsonPerson struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Role     string   `json:"role"`
	Mentions int      `json:"mentions"`
	Offsets  []int    `json:"offsets"`
}

type jsonQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	How     string  `json:"attribution"`
	Offset  int     `json:"offset"`
}

type jsonArticle struct {
	Source   string       `json:"source"`
	Title    string       `json:"title"`
	Byline   string       `json:"byline,omitempty"`
	Dateline string       `json:"dateline,omitempty"`
	People   []jsonPerson `json:"people"`
	Quotes   []jsonQuote  `json:"quotes"`
}

var howNames = map[extract.Attribution]string{
	extract.Unattributed: "none",
	extract.Explicit:     "explicit",
	extract.Inferred:     "inferred",
}

// writeJSON prints one JSON object per source, each on its own line.
func writeJSON(w io.Writer, srcs []ui.Source, lx *extract.Lexicon) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range srcs {
		a, err := parseSource(s)
		if err != nil {
			return err
		}
		an := article.Analyze(a, lx)
		out := jsonArticle{Source: s.Name, Title: a.Title, Byline: a.Byline, Dateline: a.Dateline,
			People: []jsonPerson{}, Quotes: []jsonQuote{}}
		for _, p := range an.People {
			jp := jsonPerson{Name: p.Name, Aliases: p.Aliases, Role: p.Role, Mentions: len(p.Mentions), Offsets: []int{}}
			if jp.Aliases == nil {
				jp.Aliases = []string{}
			}
			for _, m := range p.Mentions {
				jp.Offsets = append(jp.Offsets, m.Start)
			}
			out.People = append(out.People, jp)
		}
		for _, q := range an.Quotes {
			jq := jsonQuote{Text: q.Text, How: howNames[q.How], Offset: q.Span.Start}
			if q.Speaker != "" {
				sp := q.Speaker
				jq.Speaker = &sp
			}
			out.Quotes = append(out.Quotes, jq)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return nil
}

// writePlain prints each cleaned article, separated by a rule.
func writePlain(w io.Writer, srcs []ui.Source, width int) error {
	bw := bufio.NewWriter(w)
	for i, s := range srcs {
		a, err := parseSource(s)
		if err != nil {
			return err
		}
		if i > 0 {
			bw.WriteString("\n\f\n")
		}
		bw.WriteString(article.Plain(a, width))
	}
	return bw.Flush()
}

// plainWidth is the wrap width for plain output: the terminal's width
// (capped for reading) when stdout is one, else 0 (no wrapping).
func plainWidth(f *os.File) int {
	if !isTerminal(f) {
		return 0
	}
	w, _, err := term.GetSize(f.Fd())
	if err != nil || w <= 0 {
		return 80
	}
	return min(w, 90)
}

// runTUI runs the interactive reader until the user quits or ctx ends;
// keys is the terminal it reads keys from.
func runTUI(ctx context.Context, srcs []ui.Source, lx *extract.Lexicon, keys *os.File) error {
	m := ui.New(ctx, srcs, ui.Options{NoColor: os.Getenv("NO_COLOR") != "", Lexicon: lx})
	g := newGuard(wrapForTest(m))
	p := tea.NewProgram(g, tea.WithContext(ctx), tea.WithoutSignalHandler(), tea.WithInput(keys))
	g.crash.quit = p.Quit
	_, err := p.Run()
	if msg := g.crash.message(); msg != "" {
		return fmt.Errorf("internal error: %s (the terminal was restored)", msg)
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
		c.msg = oneLine(fmt.Sprint(r))
		if c.quit != nil {
			go c.quit()
		}
	}
}

func (c *crash) message() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.msg
}

// oneLine keeps the first line of s, without control characters.
func oneLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
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
