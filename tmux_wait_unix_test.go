//go:build unix

package main

import (
	"syscall"
	"time"
)

// waitGroupGone waits, up to limit, until no process is left in the
// process group pgid: the pane's shell and the reader it started, which
// share the group. A reader killed with its tmux server still saves its
// reading history as it exits; the test's temporary directories must
// outlive that write, or removing them fails with "directory not empty".
func waitGroupGone(pgid int, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if err := syscall.Kill(-pgid, 0); err == syscall.ESRCH {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}
