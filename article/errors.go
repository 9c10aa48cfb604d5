package article

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The kinds of input byline cannot show. Every error that Parse, and the
// readers of package source (ReadFile, ReadAll), return is an *Error
// wrapping one of them, so callers
// test the kind with errors.Is. Their texts carry no package prefix because
// they always follow the input's name: "story.txt: no such file".
var (
	// ErrNotFound means the file does not exist.
	ErrNotFound = errors.New("no such file")
	// ErrIsDir means the path names a directory.
	ErrIsDir = errors.New("is a directory")
	// ErrUnreadable means the input exists but could not be read.
	ErrUnreadable = errors.New("cannot read")
	// ErrTooLarge means the input is larger than MaxSize.
	ErrTooLarge = errors.New("too large")
	// ErrEmpty means the input holds no readable text.
	ErrEmpty = errors.New("nothing to read")
	// ErrBinary means the input is not text (an image, an archive, a
	// program, or mostly control bytes).
	ErrBinary = errors.New("not a text file")
)

// Error is a failure to read or parse one input. Its text is a single
// line naming the input, such as
//
//	story.txt: no such file
//	photo.png: not a text file (PNG image)
//	stdin: nothing to read (only whitespace)
type Error struct {
	// Source names the input: a file path or "stdin".
	Source string
	// Kind is one of the Err* sentinels.
	Kind error
	// Detail says more, in a few words for the reader, or "".
	Detail string
	// Err is the underlying cause (an *fs.PathError, ...), or nil.
	Err error
}

// Error returns "source: kind (detail)". A source with characters that
// could disturb a terminal (a file named with an escape sequence) is
// quoted, Go-style.
func (e *Error) Error() string {
	s := e.Kind.Error()
	if src := e.Source; src != "" {
		if strings.IndexFunc(src, notPrint) >= 0 || !utf8.ValidString(src) {
			src = strconv.Quote(src)
		}
		s = src + ": " + s
	}
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap returns the kind and the cause, so that both errors.Is(err,
// ErrNotFound) and errors.Is(err, fs.ErrNotExist) hold.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// notPrint reports whether r is not printable (controls, bidi controls).
func notPrint(r rune) bool { return !strconv.IsPrint(r) }
