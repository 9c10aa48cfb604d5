package ui

import "syscall"

// backgroundNice is the nice value of background threads: they get about
// a tenth of a core that a normal thread also wants.
const backgroundNice = 10

// lowerPriority lowers the calling thread's scheduling priority; Linux
// keeps a nice value per thread.
func lowerPriority() {
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), backgroundNice)
}
