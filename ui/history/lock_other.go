//go:build !unix

package history

// lock is a no-op where flock(2) is missing: there, two readers quitting
// at the same moment may still lose one of their places, as before
// locking was added. Each Save still re-reads and merges the file, so
// readers that quit at different moments keep every place.
func lock(string) (unlock func(), err error) { return func() {}, nil }

// openFlags are added to O_RDONLY to open the state file: none here, as
// Windows, the one such system byline is built for, has no FIFOs in its
// file system.
const openFlags = 0
