//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestHostileStateInTmux puts at the state file's path a FIFO, which used
// to block start-up before the first screen until SIGKILL, and a symlink
// to /dev/zero, which used to fill memory until the runtime died. The
// reader starts, shows the article, quits cleanly saying the history was
// not saved, and leaves the thing in place.
func TestHostileStateInTmux(t *testing.T) {
	tests := []struct {
		name string
		make func(path string) error
	}{
		{"fifo", func(path string) error { return syscall.Mkfifo(path, 0o600) }},
		{"symlink to /dev/zero", func(path string) error { return os.Symlink("/dev/zero", path) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			state := t.TempDir()
			path := filepath.Join(state, "byline", "positions.json")
			os.Mkdir(filepath.Dir(path), 0o700)
			if err := tc.make(path); err != nil {
				t.Skip(err)
			}
			before, _ := os.Lstat(path)
			tt := startTmux(t, 100, 30, "XDG_STATE_HOME="+shq(state)+" "+shq(binary)+" assets/sample.txt 2>&1")
			tt.waitText("Putin Receives Tillerson", "Quotes")
			tt.keys("q")
			if got := tt.waitExit(); got != "[exit 0]" {
				t.Errorf("exit status %s", got)
			}
			if s := tt.screen(); !strings.Contains(s, "reading history not saved") || !strings.Contains(s, "not a regular file") {
				t.Errorf("no word of the history:\n%s", s)
			}
			if after, err := os.Lstat(path); err != nil || after.Mode() != before.Mode() {
				t.Errorf("the state path was changed: %v, %v", after, err)
			}
		})
	}
}
