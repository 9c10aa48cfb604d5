package source

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/byline-reader/byline/article"
)

// MaxSize is the largest input byline reads, in bytes: 32 MiB. A long news
// article is tens of kilobytes and a whole novel a few megabytes, so
// anything larger is almost surely not meant for a reader, and the limit
// keeps memory bounded on /dev/zero or a runaway pipe.
const MaxSize = 32 << 20

// ReadFile reads the article at path. Its errors are *article.Error
// values naming path and wrapping article.ErrNotFound, ErrIsDir,
// ErrUnreadable, ErrTooLarge, ErrEmpty or ErrBinary. Special files such
// as named pipes (the /dev/fd/63 of "byline <(cmd)") are read like
// regular files, up to MaxSize.
func ReadFile(path string) ([]byte, error) {
	f, hint, err := openFile(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(path, f, hint)
}

// openFile opens the article at path for ReadFile and ReadFileText and
// returns its size when it is a regular file, else 0.
func openFile(path string) (f *os.File, size int, err error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, 0, openError(path, err)
	}
	if fi.IsDir() {
		return nil, 0, &article.Error{Source: path, Kind: article.ErrIsDir}
	}
	if fi.Mode().IsRegular() && fi.Size() > MaxSize {
		return nil, 0, tooLarge(path, fi.Size())
	}
	if f, err = os.Open(path); err != nil {
		return nil, 0, openError(path, err)
	}
	if fi.Mode().IsRegular() {
		size = int(fi.Size())
	}
	return f, size, nil
}

// ReadAll reads an article from r, such as standard input, up to MaxSize.
// Its errors are *article.Error values with Source "stdin".
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
	if err := checkRead(source, len(buf), buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// checkRead checks an input of n bytes that starts with head (at least
// its first article.HeadLen bytes, or all of it): it must be at most MaxSize,
// not empty, and text.
func checkRead(source string, n int, head []byte) error {
	if n > MaxSize {
		return tooLarge(source, -1)
	}
	if n == 0 {
		detail := "empty file"
		if source == "stdin" {
			detail = "no input"
		}
		return &article.Error{Source: source, Kind: article.ErrEmpty, Detail: detail}
	}
	if what := article.NotText(head); what != "" {
		return &article.Error{Source: source, Kind: article.ErrBinary, Detail: what}
	}
	return nil
}

// openError turns an error of os.Stat or os.Open into an *Error.
func openError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return &article.Error{Source: path, Kind: article.ErrNotFound, Err: err}
	case errors.Is(err, fs.ErrPermission):
		return &article.Error{Source: path, Kind: article.ErrUnreadable, Detail: "permission denied", Err: err}
	}
	return readError(path, err)
}

// readError turns a failed read into an *Error whose detail is the
// system's own words ("input/output error"), without the path it repeats.
func readError(source string, err error) error {
	if errors.Is(err, syscall.EISDIR) {
		return &article.Error{Source: source, Kind: article.ErrIsDir, Err: err}
	}
	detail := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		detail = pe.Err.Error()
	}
	return &article.Error{Source: source, Kind: article.ErrUnreadable, Detail: detail, Err: err}
}

// tooLarge reports an input over MaxSize; size is -1 when unknown.
func tooLarge(source string, size int64) error {
	detail := "over " + sizeText(MaxSize)
	if size >= 0 {
		detail = sizeText(size) + "; the limit is " + sizeText(MaxSize)
	}
	return &article.Error{Source: source, Kind: article.ErrTooLarge, Detail: detail}
}

// ReadFileText is ReadFile for article.ParseText: it reads the article at
// path straight into a string, with the same checks and errors. A file
// read as bytes and parsed with article.Parse is copied once more to
// become text; for a file of many megabytes that copy is the largest
// thing alive while it is parsed.
func ReadFileText(path string) (string, error) {
	f, hint, err := openFile(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	b.Grow(min(hint, MaxSize) + 512)
	if _, err := io.Copy(&b, &io.LimitedReader{R: f, N: MaxSize + 1}); err != nil {
		return "", readError(path, err)
	}
	text := b.String()
	if err := checkRead(path, len(text), []byte(text[:min(len(text), article.HeadLen)])); err != nil {
		return "", err
	}
	return text, nil
}

// sizeText formats a byte count for people: "812 B", "3.4 MB".
func sizeText(n int64) string {
	const unit = 1 << 20
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < unit:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	case n%unit == 0:
		return fmt.Sprintf("%d MB", n/unit)
	default:
		return fmt.Sprintf("%.1f MB", float64(n)/unit)
	}
}
