package source

import (
	"bytes"
	"io"
	"time"
)

// The reader waits this long, or for this much, for the start of a piped
// input before it takes over the screen: an input that ends by then is
// checked like a file, and a longer one shows as soon as its start is in.
const (
	peekWait = 100 * time.Millisecond
	peekSize = 64 << 10
)

// StreamStdin returns the source of r, a pipe on standard input, for the
// reader: it starts streaming r and waits for its start. An input that
// ends at once is checked and returned whole, like a file; a longer one
// comes as a Stream that the reader shows as it arrives.
func StreamStdin(r io.Reader) (Source, error) {
	st := NewStream(r, MaxSize)
	head, end := st.Peek(peekWait, peekSize)
	if end == nil {
		return Source{Name: "stdin", Stream: st}, nil
	}
	// The whole input is in: check it as ReadAll does.
	data, err := ReadAll(io.MultiReader(bytes.NewReader(head), errReader{end}))
	if err != nil {
		return Source{}, err
	}
	return Source{Name: "stdin", Data: data}, nil
}

// errReader returns err from every Read; io.EOF ends a MultiReader.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }
