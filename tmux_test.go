package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// tmuxTerm is a real terminal: a private tmux server running one command in
// a window of a fixed size.
type tmuxTerm struct {
	t      *testing.T
	socket string
}

// waitLimit bounds every wait for the screen; it is a deadline for a
// condition, not a timing assertion.
const waitLimit = 15 * time.Second

// tmuxLimit bounds each tmux command, so that a tmux client stuck on a
// loaded machine fails its test (or, in a cleanup, is given up on) instead
// of hanging the package until go test's own timeout.
const tmuxLimit = 20 * time.Second

// runTmux runs one tmux command on the server of socket (a path), killed
// after tmuxLimit.
func runTmux(socket string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), tmuxLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, "tmux", append([]string{"-S", socket}, args...)...)
	cmd.WaitDelay = time.Second
	return cmd.CombinedOutput()
}

// startTmux runs shellCmd in a new tmux server with a window of w×h cells.
func startTmux(t *testing.T, w, h int, shellCmd string) *tmuxTerm {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed (.ci/run installs it)")
		}
		t.Skip("tmux is not installed")
	}
	// The server's socket lives in a directory of the test's own, removed
	// at its end: tmux leaves the file behind when its server is killed.
	dir, err := os.MkdirTemp("", "byline-tmux")
	if err != nil {
		t.Fatal(err)
	}
	tt := &tmuxTerm{t: t, socket: filepath.Join(dir, "socket")}
	tt.tmux("-f", "/dev/null", "new-session", "-d", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		"-e", "TERM=xterm-256color", "-e", "NO_COLOR=", "-e", "COLORTERM=truecolor",
		"-e", "XDG_STATE_HOME="+t.TempDir(), // each test starts with no reading history
		"sh", "-c", shellCmd+`; echo "[exit $?]"; sleep 60`)
	tt.tmux("set-option", "-g", "status", "off")
	var pgid, server int
	fmt.Sscan(tt.tmux("display-message", "-p", "#{pane_pid} #{pid}"), &pgid, &server)
	t.Cleanup(func() {
		if _, err := runTmux(tt.socket, "kill-server"); err != nil && server > 0 {
			if p, err := os.FindProcess(server); err == nil {
				p.Kill() // the server did not answer: end it without its client
			}
		}
		if pgid > 0 {
			waitGroupGone(pgid, 5*time.Second)
		}
		os.RemoveAll(dir)
	})
	return tt
}

func (tt *tmuxTerm) tmux(args ...string) string {
	tt.t.Helper()
	out, err := runTmux(tt.socket, args...)
	if err != nil {
		tt.t.Fatalf("tmux %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// screen is the visible text of the pane.
func (tt *tmuxTerm) screen() string { return tt.tmux("capture-pane", "-p") }

// styled is the visible pane with its escape sequences (colours, reverse).
func (tt *tmuxTerm) styled() string { return tt.tmux("capture-pane", "-p", "-e") }

// keys sends tmux key names (j, Enter, Tab, BTab, Escape, C-c, ...).
func (tt *tmuxTerm) keys(keys ...string) { tt.tmux(append([]string{"send-keys"}, keys...)...) }

// typeText sends literal text.
func (tt *tmuxTerm) typeText(s string) { tt.tmux("send-keys", "-l", s) }

// resize sets the window's size.
func (tt *tmuxTerm) resize(w, h int) {
	tt.tmux("resize-window", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h))
}

// waitFor waits until the screen satisfies ok and returns it; it fails the
// test with the last screen after waitLimit.
func (tt *tmuxTerm) waitFor(what string, ok func(screen string) bool) string {
	tt.t.Helper()
	deadline := time.Now().Add(waitLimit)
	var s string
	for time.Now().Before(deadline) {
		s = tt.screen()
		if ok(s) {
			return s
		}
		time.Sleep(25 * time.Millisecond)
	}
	tt.t.Fatalf("waiting for %s; the screen is:\n%s", what, s)
	return ""
}

// waitText waits until the screen contains every piece.
func (tt *tmuxTerm) waitText(pieces ...string) string {
	tt.t.Helper()
	return tt.waitFor(fmt.Sprintf("%q", pieces), func(s string) bool {
		for _, p := range pieces {
			if !strings.Contains(s, p) {
				return false
			}
		}
		return true
	})
}

// waitExit waits for the command to end and returns its exit status line.
func (tt *tmuxTerm) waitExit() string {
	tt.t.Helper()
	s := tt.waitFor("the program to exit", func(s string) bool { return strings.Contains(s, "[exit ") })
	i := strings.Index(s, "[exit ")
	j := strings.Index(s[i:], "]")
	return s[i : i+j+1]
}

// terminalIsSane checks that after the program ended the terminal left the
// alternate screen, shows the cursor, left mouse reporting and echoes
// typed text (the terminal is back in cooked mode: the shell's sleep does
// not read, so only the terminal's own echo can show it).
func (tt *tmuxTerm) terminalIsSane() {
	tt.t.Helper()
	if alt := tt.display("#{alternate_on}"); alt != "0" {
		tt.t.Errorf("still on the alternate screen")
	}
	if cur := tt.display("#{cursor_flag}"); cur != "1" {
		tt.t.Errorf("cursor hidden after exit")
	}
	if mouse := tt.display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"); mouse != "000" {
		tt.t.Errorf("mouse reporting left on (%s)", mouse)
	}
	tt.typeText("echo-is-on")
	tt.waitText("echo-is-on")
}

// display is the value of a tmux format for the pane, such as
// #{pane_title}.
func (tt *tmuxTerm) display(format string) string {
	return strings.TrimSpace(tt.tmux("display-message", "-p", format))
}

// readerPid is the process id of the command the pane's shell runs.
func (tt *tmuxTerm) readerPid() string {
	tt.t.Helper()
	shell := tt.display("#{pane_pid}")
	var pid []byte
	deadline := time.Now().Add(waitLimit)
	for {
		out, err := exec.Command("pgrep", "-n", "-P", shell).Output()
		if err == nil {
			pid = out
			break
		}
		if time.Now().After(deadline) {
			tt.t.Fatalf("finding the reader's pid: %v", err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	return strings.TrimSpace(string(pid))
}

// shq quotes s for sh.
func shq(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// TestReaderInTmux drives the built binary in a real terminal: it opens the
// sample, pages to the end, shows help, moves focus to the quotes, jumps to
// one, searches and quits.
func TestReaderInTmux(t *testing.T) {
	tt := startTmux(t, 120, 40, shq(binary))
	// The screen is read whole once the status bar is drawn: a capture
	// can catch the terminal half-way through the first frame.
	first := tt.waitText("Putin Receives Tillerson", "Quotes", "People", "? help")
	if !strings.Contains(first, "1/1") {
		t.Errorf("status bar shows no article count:\n%s", first)
	}
	if !strings.Contains(first, "Tillerson") || !strings.Contains(first, "Lavrov") {
		t.Errorf("sidebar does not list the speakers:\n%s", first)
	}

	tt.keys("G")
	tt.waitText("100%")

	tt.keys("?")
	help := tt.waitText("quit")
	if !strings.Contains(help, "search") {
		t.Errorf("help does not list search:\n%s", help)
	}
	tt.keys("?")
	tt.waitFor("help to close", func(s string) bool { return !strings.Contains(s, "shift+tab") })

	tt.keys("g", "Tab")
	before := tt.styled()
	tt.keys("j", "j", "Enter")
	tt.waitFor("the body to move to the quote", func(string) bool { return tt.styled() != before })

	tt.keys("Escape", "Tab", "Tab", "/")
	tt.typeText("Moscow")
	tt.keys("Enter")
	tt.waitFor("a search hit count", func(s string) bool { return strings.Contains(s, "Moscow") && strings.Contains(s, "1/") })

	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// TestPipeInTmux pipes an article into byline while its keys come from the
// terminal, then resizes the window below the sidebar's width.
func TestPipeInTmux(t *testing.T) {
	story := writeFile(t, "story.md", []byte("# A Test Headline About Ada\n\nAda Lovelace wrote the first program. "+
		"\"The engine might compose music,\" Lovelace said.\n\nCharles Babbage built the engine.\n"))
	tt := startTmux(t, 120, 40, "cat "+shq(story)+" | "+shq(binary))
	tt.waitText("A Test Headline About Ada", "compose music")
	tt.resize(70, 20)
	narrow := tt.waitFor("the sidebar to hide", func(s string) bool {
		return strings.Contains(s, "Babbage") && !strings.Contains(s, "People")
	})
	for _, line := range strings.Split(narrow, "\n") {
		if w := len([]rune(line)); w > 70 {
			t.Errorf("line wider than the window (%d): %q", w, line)
		}
	}
	tt.keys("s")
	tt.waitText("People")
	tt.keys("Escape")
	// Wait for the overlay to close before the next key: a key sent right
	// after a lone ESC would be read with it as alt+key.
	tt.waitFor("the overlay to close", func(s string) bool { return !strings.Contains(s, "People") })
	tt.resize(120, 40)
	tt.waitText("People", "Quotes")
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// waitForFile polls until the file at path exists; scripts in the tests
// wait on such marker files instead of sleeping.
const waitForFile = `while [ ! -e "$1" ]; do sleep 0.02; done`

// TestStreamInTmux pipes an article that arrives in two parts: the first
// part shows while the pipe is still open ("reading stdin…"), the second
// joins it without moving the view, and the status clears at the end.
func TestStreamInTmux(t *testing.T) {
	dir := t.TempDir()
	first := writeFile(t, "first.txt", []byte("Streaming Headline For The Test\n\n"+
		"Ada Lovelace wrote the first program. \"The engine might compose music,\" Lovelace said.\n"))
	second := writeFile(t, "second.txt", []byte("\nCharles Babbage built the engine. \"It works,\" Babbage said.\n"))
	script := writeFile(t, "feed.sh", []byte(`cat "$1"; f="$3/go"; `+strings.Replace(waitForFile, `"$1"`, `"$f"`, 1)+
		`; cat "$2"; f="$3/end"; `+strings.Replace(waitForFile, `"$1"`, `"$f"`, 1)+"\n"))
	tt := startTmux(t, 120, 30, "sh "+shq(script)+" "+shq(first)+" "+shq(second)+" "+shq(dir)+" | "+shq(binary))
	tt.waitText("Streaming Headline For The Test", "compose music", "reading stdin…")
	tt.waitText("Ada Lovelace") // the analysis of what has come
	if err := os.WriteFile(dir+"/go", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s := tt.waitText("Charles Babbage built the engine", "Babbage")
	if !strings.Contains(s, "reading stdin…") {
		t.Errorf("status does not say the input is still open:\n%s", s)
	}
	if lines := strings.Split(s, "\n"); !strings.Contains(lines[0]+lines[1], "Streaming Headline") {
		t.Errorf("the view moved off the top:\n%s", s)
	}
	if err := os.WriteFile(dir+"/end", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tt.waitFor("the end of input", func(s string) bool { return !strings.Contains(s, "reading stdin") })
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// TestNeverEndingStdin reads from tail -f: the reader shows the article
// and quits at once on q although the pipe never ends; --json says what
// it waits for and stops on ctrl+c.
func TestNeverEndingStdin(t *testing.T) {
	story := writeFile(t, "story.txt", sample(t))
	t.Run("reader", func(t *testing.T) {
		tt := startTmux(t, 120, 40, "tail -n +1 -f "+shq(story)+" | "+shq(binary))
		tt.waitText("Putin Receives Tillerson", "reading stdin…", "Lavrov")
		tt.keys("G")
		tt.waitText("100%")
		tt.keys("q")
		if got := tt.waitExit(); got != "[exit 0]" {
			t.Errorf("exit status %s", got)
		}
		tt.terminalIsSane()
	})
	t.Run("json", func(t *testing.T) {
		tt := startTmux(t, 120, 20, "tail -n +1 -f "+shq(story)+" | "+shq(binary)+" --json")
		tt.waitText("byline: waiting for standard input to end")
		// ctrl+c, to byline alone: the pane's shell must live on to report.
		shell := tt.display("#{pane_pid}")
		if out, err := exec.Command("pkill", "-INT", "-P", shell, "-x", filepath.Base(binary)).CombinedOutput(); err != nil {
			t.Fatalf("pkill: %v %s", err, out)
		}
		if got := tt.waitExit(); got == "[exit 0]" {
			t.Errorf("exit status %s after ctrl+c, want non-zero", got)
		}
	})
}

// TestNoTerminalForKeys runs the reader with stdout on a terminal but no
// controlling terminal to read keys from (setsid): it prints the article
// with one line saying why, instead of failing or hanging.
func TestNoTerminalForKeys(t *testing.T) {
	if _, err := exec.LookPath("setsid"); err != nil {
		t.Skip("no setsid")
	}
	story := writeFile(t, "story.txt", []byte("A Short Headline\n\nOne paragraph of text.\n"))
	tt := startTmux(t, 120, 40, "setsid -w "+shq(binary)+" "+shq(story)+" </dev/null")
	s := tt.waitText("[exit 0]")
	if !strings.Contains(s, "byline: no terminal to read keys from") || !strings.Contains(s, "One paragraph of text.") {
		t.Errorf("want the note and the article printed:\n%s", s)
	}
	tt.terminalIsSane()
}

// TestResizeStorm resizes the window through tiny and huge sizes without
// waiting between them, then checks the reader is alive and its screen
// fits the final size with the status bar at the bottom.
func TestResizeStorm(t *testing.T) {
	tt := startTmux(t, 120, 40, shq(binary))
	tt.waitText("Putin Receives Tillerson", "People")
	sizes := [][2]int{{1, 1}, {10, 3}, {20, 5}, {300, 100}, {89, 30}, {90, 30}, {2, 40}, {200, 2}, {45, 12}, {160, 50}}
	for i := 0; i < 60; i++ {
		sz := sizes[i%len(sizes)]
		tt.resize(sz[0], sz[1])
		if i%7 == 0 {
			tt.keys("j")
		}
	}
	tt.resize(100, 30)
	s := tt.waitFor("a sane screen at 100x30", func(s string) bool {
		lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
		return len(lines) == 30 && strings.Contains(lines[29], "? help") && strings.Contains(s, "Quotes")
	})
	for i, line := range strings.Split(s, "\n") {
		if w := ansi.StringWidth(line); w > 100 {
			t.Errorf("line %d is %d cells wide: %q", i, w, line)
		}
	}
	if strings.Contains(s, "[exit ") {
		t.Fatalf("the reader died:\n%s", s)
	}
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// TestHostileInTmux opens a file that tries to set the window title, clear
// the screen, change colours, write a hyperlink and more: the title stays,
// the article shows, and nothing of the escapes reaches the screen.
func TestHostileInTmux(t *testing.T) {
	hostile, err := os.ReadFile("article/testdata/hostile.txt")
	if err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "hostile.txt", append(hostile, []byte(hostileQuote)...))
	tt := startTmux(t, 120, 40, `printf '\033]2;%s\033\\' title-before; `+shq(binary)+" "+shq(path))
	s := tt.waitText("Hostile Headline Tries Every Terminal Trick", "Ada Lovelace", "red and blinking")
	tt.keys("G")
	s += tt.waitText("100%")
	if title := tt.display("#{pane_title}"); title != "title-before" {
		t.Errorf("the window title changed to %q", title)
	}
	styled := tt.styled()
	for _, leak := range []string{"pwned", "evil.example", "\x1b]8", "\x1b]2", "\x1bP"} {
		if strings.Contains(s, leak) || strings.Contains(styled, leak) {
			t.Errorf("the screen shows %q", leak)
		}
	}
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// hostileQuote is a paragraph whose quote and speaker carry escapes, so
// that they reach the sidebar.
const hostileQuote = "\n\"\x1b]0;pwned\x07We will \x1b[5mwin\x1b[0m the race,\x9b2J\" said Ada \x1b]8;;https://evil.example/\x1b\\Lovelace\x1b]8;;\x1b\\ \u202eeno\u202c.\n"

// TestSizesInTmux opens inputs from one word to 10 MB, and articles with
// 1,000 quotes and 2,000 people: each shows its first screen, goes to its
// end and quits.
func TestSizesInTmux(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for _, tc := range bigInputs(t) {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, tc.name+".txt", tc.data)
			tt := startTmux(t, 120, 40, shq(binary)+" "+shq(path))
			tt.waitText(tc.want...)
			if tc.count != nil {
				tt.waitFor(tc.count.String(), tc.count.MatchString)
			}
			tt.keys("G")
			tt.waitText("100%")
			tt.keys("q")
			if got := tt.waitExit(); got != "[exit 0]" {
				t.Errorf("exit status %s", got)
			}
		})
	}
}

// TestDeepQuotesInTmux opens Markdown files, and a web page, with quotes
// nested far deeper than the window is wide: the reader shows them and q
// quits at once, leaving the terminal sane. (Before the nesting was
// flattened, depth 63 took half a minute to draw and depth 100 ran out
// of memory, with q and signals unheard.)
func TestDeepQuotesInTmux(t *testing.T) {
	for _, depth := range []int{57, 63, 100} {
		t.Run(fmt.Sprint(depth), func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "deep.md")
			text := "# Deep nesting\n\n" + strings.Repeat(">", depth) + " innermost\n\nThe end.\n"
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			quitsAtOnce(t, shq(binary)+" "+shq(file))
		})
	}
	t.Run("page", func(t *testing.T) {
		words := strings.Repeat("Words of the story that make it an article. ", 12)
		page := "<html><head><title>Deep nesting</title></head><body><article><h1>Deep nesting</h1><p>" + words + "</p>" +
			strings.Repeat("<blockquote>", 100) + "<p>innermost</p>" + strings.Repeat("</blockquote>", 100) +
			"<p>" + words + "</p></article></body></html>"
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, page)
		}))
		defer srv.Close()
		quitsAtOnce(t, shq(binary)+" "+shq(srv.URL+"/deep"))
	})
}
