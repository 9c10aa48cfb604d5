package cli

import (
	"bytes"
	"errors"
	"io"
	"os"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/ui"
)

// headSize is how much of a large file the reader reads before it takes
// over the screen: enough to check it as source.ReadFile does (its
// binary sniffing looks at the first 64 KiB) and to show the first screen
// at once; the rest is read in the background (ui.Source.Head).
const headSize = 128 << 10

// readHead returns the source for the file at path. A regular file larger
// than headSize is read only up to headSize, checked and returned with
// Head set; anything else is read whole, as source.ReadFile does, and
// every error is source.ReadFile's, so bad input is reported the same
// way on either path.
func readHead(path string) (ui.Source, error) {
	whole := func() (ui.Source, error) {
		data, err := source.ReadFile(path)
		if err != nil {
			return ui.Source{}, err
		}
		return ui.Source{Name: path, Path: path, Data: data}, nil
	}
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() <= headSize || fi.Size() > source.MaxSize {
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
	// The checks of ReadAll (empty, binary) on the head are those of
	// ReadFile on the whole file.
	if _, err := source.ReadAll(bytes.NewReader(head)); err != nil {
		var ae *article.Error
		if errors.As(err, &ae) {
			ae.Source = path
		}
		return ui.Source{}, err
	}
	return ui.Source{Name: path, Path: path, Head: head, Size: fi.Size()}, nil
}
