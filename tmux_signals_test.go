package main

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestSignalsRestoreTerminal kills the reader with each signal and checks the
// terminal is sane and the exit is non-zero with one line saying why.
func TestSignalsRestoreTerminal(t *testing.T) {
	for _, sig := range []string{"TERM", "HUP", "INT"} {
		t.Run(sig, func(t *testing.T) {
			tt := startTmux(t, 100, 30, shq(binary)+" 2>&1")
			tt.waitText("Putin Receives Tillerson")
			if out, err := exec.Command("kill", "-"+sig, tt.readerPid()).CombinedOutput(); err != nil {
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

// panicBinary is byline built with the bylinetest tag, whose model panics
// on ctrl+p (Update), ctrl+v (View) and ctrl+x (a command).
func panicBinary(t *testing.T) string {
	t.Helper()
	bin := t.TempDir() + "/byline-panic"
	build := exec.Command("go", "build", "-tags", "bylinetest", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building with -tags bylinetest: %v\n%s", err, out)
	}
	return bin
}

// TestPanicRestoresTerminal makes the reader panic in Update, in View and
// in a command: each time the terminal is restored, and the program exits
// non-zero with one line saying why, without a stack trace.
func TestPanicRestoresTerminal(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	bin := panicBinary(t)
	for _, tc := range []struct{ key, where string }{{"C-p", "Update"}, {"C-v", "View"}, {"C-x", "a command"}} {
		t.Run(tc.where, func(t *testing.T) {
			tt := startTmux(t, 100, 30, shq(bin)+" 2>&1")
			tt.waitText("Putin Receives Tillerson", "Lavrov")
			tt.keys(tc.key)
			if got := tt.waitExit(); got != "[exit 1]" {
				t.Errorf("exit status %s, want [exit 1]", got)
			}
			s := tt.screen()
			want := "byline: internal error: test panic in " + tc.where + " (the terminal was restored)"
			if !strings.Contains(s, want) {
				t.Errorf("want the line %q:\n%s", want, s)
			}
			for _, bad := range []string{"goroutine", "Caught panic", ".go:"} {
				if strings.Contains(s, bad) {
					t.Errorf("the screen shows %q:\n%s", bad, s)
				}
			}
			tt.terminalIsSane()
		})
	}
}

// quitsAtOnce runs cmd at 100 columns, waits for the deeply nested
// "innermost" to show, and checks that q ends the reader within 3 s with
// the terminal sane.
func quitsAtOnce(t *testing.T, cmd string) {
	t.Helper()
	tt := startTmux(t, 100, 30, cmd)
	tt.waitText("Deep nesting", "innermost")
	tt.keys("q")
	start := time.Now()
	for !strings.Contains(tt.screen(), "[exit ") {
		if time.Since(start) > 3*time.Second {
			t.Fatalf("still running 3 s after q:\n%s", tt.screen())
		}
		time.Sleep(25 * time.Millisecond)
	}
	if got := tt.waitExit(); got != "[exit 0]" {
		t.Errorf("exit status %s", got)
	}
	tt.terminalIsSane()
}

// TestSignalsRestoreTerminalWhenBusy sends each signal while Update is
// stuck (the bylinetest binary never returns from Update after ctrl+g):
// the reader still restores the terminal and exits with the signal's
// status.
func TestSignalsRestoreTerminalWhenBusy(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	bin := panicBinary(t)
	for _, sig := range []struct {
		name   string
		status int
	}{{"TERM", 143}, {"HUP", 129}, {"INT", 130}} {
		t.Run(sig.name, func(t *testing.T) {
			tt := startTmux(t, 100, 30, shq(bin)+" 2>&1")
			tt.waitText("Putin Receives Tillerson", "Lavrov")
			tt.keys("C-g", "j")
			if out, err := exec.Command("kill", "-"+sig.name, tt.readerPid()).CombinedOutput(); err != nil {
				t.Fatalf("kill: %v %s", err, out)
			}
			tt.waitText("stopped by SIG" + sig.name)
			if got, want := tt.waitExit(), fmt.Sprintf("[exit %d]", sig.status); got != want {
				t.Errorf("exit status %s, want %s", got, want)
			}
			tt.terminalIsSane()
		})
	}
}

// TestSuspendInTmux suspends the reader from an interactive shell, with
// ctrl+z and with a SIGTSTP from outside: each time the terminal is handed
// back (main screen, cursor shown, no mouse reporting, keys echoed), and
// after fg the reader redraws its screen and takes keys again.
func TestSuspendInTmux(t *testing.T) {
	for _, how := range []string{"ctrl+z", "SIGTSTP"} {
		t.Run(how, func(t *testing.T) {
			tt := startTmux(t, 100, 30, "PS1='$ ' bash --norc --noprofile -i")
			tt.waitText("$")
			tt.typeText(shq(binary))
			tt.keys("Enter")
			tt.waitText("Putin Receives Tillerson", "1/1")
			if how == "ctrl+z" {
				tt.keys("C-z")
			} else {
				// the pane runs sh, which runs bash, which runs the reader
				out, err := exec.Command("pgrep", "-n", "-P", tt.readerPid()).Output()
				if err != nil {
					t.Fatalf("finding the reader under bash: %v", err)
				}
				if out, err := exec.Command("kill", "-TSTP", strings.TrimSpace(string(out))).CombinedOutput(); err != nil {
					t.Fatalf("kill: %v %s", err, out)
				}
			}
			tt.waitText("Stopped")
			if alt := tt.display("#{alternate_on}"); alt != "0" {
				t.Errorf("still on the alternate screen while stopped")
			}
			if cur := tt.display("#{cursor_flag}"); cur != "1" {
				t.Errorf("cursor hidden while stopped")
			}
			if mouse := tt.display("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}"); mouse != "000" {
				t.Errorf("mouse reporting left on while stopped (%s)", mouse)
			}
			tt.typeText("echo shell-$((6*7))")
			tt.keys("Enter")
			tt.waitText("shell-42")

			tt.typeText("fg")
			tt.keys("Enter")
			tt.waitText("Putin Receives Tillerson", "1/1", "? help")
			if alt := tt.display("#{alternate_on}"); alt != "1" {
				t.Errorf("not back on the alternate screen after fg")
			}
			tt.keys("G")
			tt.waitText("100%")
			tt.keys("q")
			tt.waitFor("the shell's prompt", func(s string) bool { return tt.display("#{alternate_on}") == "0" })
			tt.typeText("echo status-$?")
			tt.keys("Enter")
			tt.waitText("status-0")
		})
	}
}
