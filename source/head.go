package source

import (
	"errors"
	"io"
	"os"
)

// headSize is how much of a large file the reader reads before it takes
// over the screen: enough to check it as ReadFile does (its binary
// sniffing looks at the first 64 KiB) and to show the first screen at
// once; the rest is read in the background (Source.Head).
const headSize = 128 << 10

// ReadHead returns the source for the file at path, for the reader. A
// regular file larger than headSize is read only up to headSize, checked
// and returned with Head set; anything else is read whole, as ReadFile
// does, and every error is ReadFile's, so bad input is reported the same
// way on either path.
func ReadHead(path string) (Source, error) {
	whole := func() (Source, error) {
		data, err := ReadFile(path)
		if err != nil {
			return Source{}, err
		}
		return Source{Name: path, Path: path, Data: data}, nil
	}
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() <= headSize || fi.Size() > MaxSize {
		return whole()
	}
	f, err := os.Open(path)
	if err != nil {
		return whole()
	}
	defer f.Close()
	head := make([]byte, headSize)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return whole()
	}
	head = head[:n]
	// The checks (empty, binary) of the head are those of ReadFile on the
	// whole file.
	if err := checkRead(path, n, head); err != nil {
		return Source{}, err
	}
	return Source{Name: path, Path: path, Head: head, Size: fi.Size()}, nil
}
