package ui

import "runtime"

// background runs f on an operating-system thread of its own whose
// scheduling priority is lowered (where the system allows), and returns
// its result. The analysis of a large article takes a core for a second;
// on a small machine the reader's own goroutines, the terminal and
// everything else the user runs then come first, so keys stay answered
// within a frame. The thread ends with f (it is never unlocked), so its
// priority is never lent to other goroutines.
func background[T any](f func() T) T {
	out := make(chan T, 1)
	go func() {
		runtime.LockOSThread()
		lowerPriority()
		out <- f()
	}()
	return <-out
}
