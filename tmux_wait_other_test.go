//go:build !unix

package main

import "time"

// waitGroupGone has nothing to wait for where tmux does not run.
func waitGroupGone(pgid int, limit time.Duration) {}
