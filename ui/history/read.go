package history

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxFileSize is the largest state file read, in bytes. The file byline
// writes stays far below it (MaxEntries places take about 120 KB); a
// larger one was not written by byline, and is set aside like a corrupt
// one rather than read into memory.
const MaxFileSize = 4 << 20

// errNotRegular is the error for a state path that is not a regular file:
// a FIFO, which would block the reader before its first screen, or a
// device such as /dev/zero, which would never end.
var errNotRegular = errors.New("not a regular file")

// errTooLarge is the error for a state file over MaxFileSize.
var errTooLarge = fmt.Errorf("larger than %d MiB", MaxFileSize>>20)

// readState reads the regular file at path, up to MaxFileSize bytes. It
// opens without blocking and checks what it opened before reading, so a
// FIFO or a device put in the file's place is refused at once
// (errNotRegular), and a file over the cap is refused without reading it
// (errTooLarge).
func readState(path string) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, errNotRegular
	}
	if fi.Size() > MaxFileSize {
		return nil, errTooLarge
	}
	// The file may grow after the Stat: read one byte past the cap to
	// tell.
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, errTooLarge
	}
	return data, nil
}
