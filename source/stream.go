package source

import (
	"context"
	"io"
	"time"

	"github.com/byline-reader/byline/article"
)

// Stream is an input that arrives over time, such as a pipe on standard
// input. A goroutine reads it into a channel as it comes; the reader
// collects what has arrived (Next), one call at a time, and shows the
// article growing.
type Stream struct {
	pieces chan piece
	buf    []byte // everything collected so far; only ever appended to
	end    error  // io.EOF at the end of input, another error if reading failed
	limit  int
}

// piece is one read from the input, or its end (err set).
type piece struct {
	data []byte
	err  error
}

// readSize is the size of one read from the input.
const readSize = 64 << 10

// NewStream starts reading r in the background, up to limit bytes; more
// than that ends the stream with an error wrapping article.ErrTooLarge.
// The goroutine ends with r; if r never ends (tail -f) it lasts as long as
// the program.
func NewStream(r io.Reader, limit int) *Stream {
	s := &Stream{pieces: make(chan piece, 16), limit: limit}
	go pump(r, s.pieces, limit)
	return s
}

// pump reads r into pieces until its end, an error or more than limit
// bytes.
func pump(r io.Reader, pieces chan<- piece, limit int) {
	total := 0
	for {
		b := make([]byte, readSize)
		n, err := r.Read(b)
		if n > 0 {
			if total+n > limit { // keep up to the limit, then stop
				pieces <- piece{data: b[:limit-total], err: &article.Error{Source: "stdin",
					Kind: article.ErrTooLarge, Detail: "over " + sizeText(int64(limit))}}
				return
			}
			total += n
			pieces <- piece{data: b[:n]}
		}
		if err != nil {
			pieces <- piece{err: err}
			return
		}
	}
}

// Peek waits until the input ends, until enough bytes have arrived or
// until wait has passed, whichever comes first, and returns what has
// arrived and, when the input ended, why (io.EOF at a normal end).
// Stdin uses it before the screen is taken over, so that an input that ends
// at once is checked like a file.
func (s *Stream) Peek(wait time.Duration, enough int) ([]byte, error) {
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for s.end == nil && len(s.buf) < enough {
		select {
		case p := <-s.pieces:
			s.take(p)
		case <-timer.C:
			return s.buf, s.end
		}
	}
	return s.buf, s.end
}

// Next waits for input beyond the first have bytes: it returns at the
// end of input, or once wait has passed and at least one new byte has
// come. It returns everything read so far; the slice's bytes never change
// later. Only one call may run at a time.
func (s *Stream) Next(ctx context.Context, have int, wait time.Duration) ([]byte, error) {
	timer := time.NewTimer(wait)
	defer timer.Stop()
	waited := false
	for s.end == nil && (!waited || len(s.buf) == have) {
		select {
		case p := <-s.pieces:
			s.take(p)
		case <-timer.C:
			waited = true
		case <-ctx.Done():
			return s.buf, ctx.Err()
		}
	}
	return s.buf, s.end
}

// Release lets go of what was read, once the input has ended and been
// parsed; no read may follow.
func (s *Stream) Release() {
	if s != nil && s.end != nil {
		s.buf = nil
	}
}

func (s *Stream) take(p piece) {
	s.buf = append(s.buf, p.data...)
	if p.err != nil {
		s.end = p.err
	}
}
