package article

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// MaxSize is the largest input byline reads, in bytes: 32 MiB. A long news
// article is tens of kilobytes and a whole novel a few megabytes, so
// anything larger is almost surely not meant for a reader, and the limit
// keeps memory bounded on /dev/zero or a runaway pipe.
const MaxSize = 32 << 20

// ReadFile reads the article at path. Its errors are *Error values naming
// path and wrapping ErrNotFound, ErrIsDir, ErrUnreadable, ErrTooLarge,
// ErrEmpty or ErrBinary. Special files such as named pipes (the
// /dev/fd/63 of "byline <(cmd)") are read like regular files, up to
// MaxSize.
func ReadFile(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, openError(path, err)
	}
	if fi.IsDir() {
		return nil, &Error{Source: path, Kind: ErrIsDir}
	}
	if fi.Mode().IsRegular() && fi.Size() > MaxSize {
		return nil, tooLarge(path, fi.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(path, err)
	}
	defer f.Close()
	hint := 0
	if fi.Mode().IsRegular() {
		hint = int(fi.Size())
	}
	return readLimited(path, f, hint)
}

// ReadAll reads an article from r, such as standard input, up to MaxSize.
// Its errors are *Error values with Source "stdin".
func ReadAll(r io.Reader) ([]byte, error) {
	return readLimited("stdin", r, 0)
}

// readLimited reads r to its end or to one byte past MaxSize, and checks
// that what it read is text. hint is the expected size, or 0.
func readLimited(source string, r io.Reader, hint int) ([]byte, error) {
	buf := make([]byte, 0, min(hint, MaxSize)+512)
	lr := &io.LimitedReader{R: r, N: MaxSize + 1}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, readError(source, err)
		}
	}
	if len(buf) > MaxSize {
		return nil, tooLarge(source, -1)
	}
	if len(buf) == 0 {
		detail := "empty file"
		if source == "stdin" {
			detail = "no input"
		}
		return nil, &Error{Source: source, Kind: ErrEmpty, Detail: detail}
	}
	if what := sniffBinary(buf); what != "" {
		return nil, &Error{Source: source, Kind: ErrBinary, Detail: what}
	}
	return buf, nil
}

// openError turns an error of os.Stat or os.Open into an *Error.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return &Error{Source: path, Kind: ErrNotFound, Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &Error{Source: path, Kind: ErrUnreadable, Detail: "permission denied", Err: err}
	}
	return readError(path, err)
}

// readError turns a failed read into an *Error whose detail is the
// system's own words ("input/output error"), without the path it repeats.
func readError(source string, err error) error {
	if errors.Is(err, syscall.EISDIR) {
		return &Error{Source: source, Kind: ErrIsDir, Err: err}
	}
	detail := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		detail = pe.Err.Error()
	}
	return &Error{Source: source, Kind: ErrUnreadable, Detail: detail, Err: err}
}

// tooLarge reports an input over MaxSize; size is -1 when unknown.
func tooLarge(source string, size int64) error {
	detail := "over " + sizeText(MaxSize)
	if size >= 0 {
		detail = sizeText(size) + "; the limit is " + sizeText(MaxSize)
	}
	return &Error{Source: source, Kind: ErrTooLarge, Detail: detail}
}
