package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
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

// startTmux runs shellCmd in a new tmux server with a window of w×h cells.
func startTmux(t *testing.T, w, h int, shellCmd string) *tmuxTerm {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed (.ci/run installs it)")
		}
		t.Skip("tmux is not installed")
	}
	tt := &tmuxTerm{t: t, socket: fmt.Sprintf("byline-test-%d-%d", os.Getpid(), time.Now().UnixNano())}
	tt.tmux("-f", "/dev/null", "new-session", "-d", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		"-e", "TERM=xterm-256color", "-e", "NO_COLOR=", "-e", "COLORTERM=truecolor",
		"sh", "-c", shellCmd+`; echo "[exit $?]"; sleep 60`)
	tt.tmux("set-option", "-g", "status", "off")
	t.Cleanup(func() { exec.Command("tmux", "-L", tt.socket, "kill-server").Run() })
	return tt
}

func (tt *tmuxTerm) tmux(args ...string) string {
	tt.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tt.socket}, args...)...).CombinedOutput()
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
// alternate screen, shows the cursor and echoes typed text.
func (tt *tmuxTerm) terminalIsSane() {
	tt.t.Helper()
	if alt := strings.TrimSpace(tt.tmux("display-message", "-p", "#{alternate_on}")); alt != "0" {
		tt.t.Errorf("still on the alternate screen")
	}
	if cur := strings.TrimSpace(tt.tmux("display-message", "-p", "#{cursor_flag}")); cur != "1" {
		tt.t.Errorf("cursor hidden after exit")
	}
}

// shq quotes s for sh.
func shq(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

// TestReaderInTmux drives the built binary in a real terminal: it opens the
// sample, pages to the end, shows help, moves focus to the quotes, jumps to
// one, searches and quits.
func TestReaderInTmux(t *testing.T) {
	tt := startTmux(t, 120, 40, shq(binary))
	first := tt.waitText("Putin Receives Tillerson", "Quotes", "People")
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
	tt.resize(120, 40)
	tt.waitText("People", "Quotes")
	tt.keys("q")
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// TestSignalsRestoreTerminal kills the reader with each signal and checks the
// terminal is sane and the exit is non-zero with one line saying why.
func TestSignalsRestoreTerminal(t *testing.T) {
	for _, sig := range []string{"TERM", "HUP", "INT"} {
		t.Run(sig, func(t *testing.T) {
			tt := startTmux(t, 100, 30, shq(binary)+" 2>&1")
			tt.waitText("Putin Receives Tillerson")
			shell := strings.TrimSpace(tt.tmux("display-message", "-p", "#{pane_pid}"))
			pid, err := exec.Command("pgrep", "-P", shell).Output()
			if err != nil {
				t.Fatalf("finding the reader's pid: %v", err)
			}
			if out, err := exec.Command("kill", "-"+sig, strings.TrimSpace(string(pid))).CombinedOutput(); err != nil {
				t.Fatalf("kill: %v %s", err, out)
			}
			tt.waitText("stopped by SIG" + sig)
			if got := tt.waitExit(); got == "[exit 0]" {
				t.Errorf("exit status %s, want non-zero", got)
			}
			tt.terminalIsSane()
		})
	}
}
