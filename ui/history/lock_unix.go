//go:build unix

package history

import (
	"errors"
	"fmt"
	"time"

	"golang.org/x/sys/unix"
)

// lockWait bounds how long Save waits for another byline to finish its own
// save: a reader that hangs holding the lock must not hang every other
// reader's quit.
var lockWait = 5 * time.Second

// lock takes an exclusive flock(2) on the file at path, creating it, and
// returns the function that releases it. The lock is held by an open file,
// so a process that dies holding it (kill -9) releases it too; the file
// itself stays, as removing it would let two writers lock different files.
// Another byline holding it is waited for, up to lockWait. On a file
// system that cannot lock, it returns without a lock.
func lock(path string) (unlock func(), err error) {
	// O_NONBLOCK: a FIFO put at path cannot block the open.
	fd, err := unix.Open(path, unix.O_RDWR|unix.O_CREAT|unix.O_NOFOLLOW|unix.O_NONBLOCK|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
		unix.Close(fd)
		return nil, fmt.Errorf("lock %s: not a regular file", path)
	}
	deadline := time.Now().Add(lockWait)
	for {
		err := unix.Flock(fd, unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			return func() { unix.Flock(fd, unix.LOCK_UN); unix.Close(fd) }, nil
		}
		if errors.Is(err, unix.ENOLCK) || errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.ENOSYS) {
			// A file system without locks (some network mounts): save
			// unlocked, as where flock is missing (lock_other.go).
			return func() { unix.Close(fd) }, nil
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) {
			unix.Close(fd)
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			unix.Close(fd)
			return nil, fmt.Errorf("%s is held by another byline for over %v", path, lockWait)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// openFlags are added to O_RDONLY to open the state file: O_NONBLOCK, so
// that opening a FIFO returns at once (and fstat then refuses it) instead
// of waiting for a writer that never comes.
const openFlags = unix.O_NONBLOCK
