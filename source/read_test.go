package source

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/byline-reader/byline/article"
)

// TestReadFileErrors checks each way a file can fail to open and the one
// line each prints after "byline: ".
func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	png := write("photo.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxSize + 1<<20); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	f.Close()
	missing := filepath.Join(dir, "story.txt")

	tests := []struct {
		name, path string
		kind       error
		msg        string
	}{
		{"missing", missing, article.ErrNotFound, missing + ": no such file"},
		{"directory", dir, article.ErrIsDir, dir + ": is a directory"},
		{"below a file", filepath.Join(empty, "x"), article.ErrNotFound, filepath.Join(empty, "x") + ": no such file"},
		{"empty", empty, article.ErrEmpty, empty + ": nothing to read (empty file)"},
		{"binary", png, article.ErrBinary, png + ": not a text file (PNG image)"},
		{"too large", big, article.ErrTooLarge, big + ": too large (33 MB; the limit is 32 MB)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := ReadFile(tc.path)
			if data != nil || !errors.Is(err, tc.kind) {
				t.Fatalf("ReadFile = %d bytes, %v; want %v", len(data), err, tc.kind)
			}
			if err.Error() != tc.msg {
				t.Errorf("message %q, want %q", err.Error(), tc.msg)
			}
		})
	}
	hostile := filepath.Join(dir, "x\x1b]0;pwned\x07\u202e.txt")
	if _, err := ReadFile(hostile); err == nil || unsafeRune(err.Error()) >= 0 || !strings.Contains(err.Error(), `\x1b]0;pwned\a\u202e.txt"`) {
		t.Errorf("hostile file name: %q", err)
	}
	if _, err := ReadFile(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file error %v does not wrap fs.ErrNotExist", err)
	}
}

// TestReadFilePermission checks an unreadable file (not as root, who can
// read anything).
func TestReadFilePermission(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	p := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(p, []byte("text"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(p)
	if !errors.Is(err, article.ErrUnreadable) || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("err = %v", err)
	}
	if want := p + ": cannot read (permission denied)"; err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
}

// TestReadFileLarge checks that 10 MB opens.
func TestReadFileLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large file")
	}
	p := filepath.Join(t.TempDir(), "big.txt")
	want := []byte(strings.Repeat("A paragraph of a long story that goes on and on.\n\n", 10<<20/50))
	if err := os.WriteFile(p, want, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(p)
	if err != nil || len(got) != len(want) {
		t.Fatalf("ReadFile = %d bytes, %v; want %d bytes", len(got), err, len(want))
	}
}

// TestReadFileFIFO reads a named pipe, as "byline <(cmd)" passes one.
func TestReadFileFIFO(t *testing.T) {
	p := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(p, 0o600); err != nil {
		t.Skip("no named pipes:", err)
	}
	go func() {
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		io.WriteString(f, "Piped text.")
		f.Close()
	}()
	data, err := ReadFile(p)
	if err != nil || string(data) != "Piped text." {
		t.Fatalf("ReadFile = %q, %v", data, err)
	}
}

// failingReader fails every read.
type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

// endless yields 'a' forever.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestReadAll checks reading standard input.
func TestReadAll(t *testing.T) {
	tests := []struct {
		name string
		r    io.Reader
		kind error
		msg  string
	}{
		{"text", strings.NewReader("Hello."), nil, ""},
		{"closed stdin", strings.NewReader(""), article.ErrEmpty, "stdin: nothing to read (no input)"},
		{"read error", failingReader{}, article.ErrUnreadable, "stdin: cannot read (connection reset)"},
		{"binary", strings.NewReader("\x7fELF\x02\x01\x01"), article.ErrBinary, "stdin: not a text file (executable program)"},
		{"endless", endless{}, article.ErrTooLarge, "stdin: too large (over 32 MB)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data, err := ReadAll(tc.r)
			if tc.kind == nil {
				if err != nil || string(data) != "Hello." {
					t.Fatalf("ReadAll = %q, %v", data, err)
				}
				return
			}
			if !errors.Is(err, tc.kind) || err.Error() != tc.msg {
				t.Fatalf("err = %v, want %q", err, tc.msg)
			}
		})
	}
}

// unsafeRune returns the first rune of s that would act on a terminal (a
// C0 or C1 control but newline and tab, a bidi control), or -1.
func unsafeRune(s string) rune {
	for _, r := range s {
		switch {
		case r < 0x20 && r != '\n' && r != '\t', r >= 0x7f && r <= 0x9f:
			return r
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return r
		}
	}
	return -1
}
