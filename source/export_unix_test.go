//go:build unix

package source

import (
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/byline-reader/byline/article/export"
)

// TestWriteExportSquatters puts something other than a plain earlier export
// at the export's name and checks that WriteExport neither reads it (a link
// to /dev/zero used to be read until memory ran out, a named pipe blocked
// for ever) nor takes it for the export, but writes "-2.md" promptly.
func TestWriteExportSquatters(t *testing.T) {
	a := exportSample()
	data := []byte(export.Markdown(a, ""))
	tests := []struct {
		name  string
		place func(t *testing.T, path string) error
	}{
		{"link to /dev/zero", func(t *testing.T, path string) error { return os.Symlink("/dev/zero", path) }},
		{"named pipe", func(t *testing.T, path string) error { return syscall.Mkfifo(path, 0o600) }},
		{"directory", func(t *testing.T, path string) error { return os.Mkdir(path, 0o755) }},
		{"link to a copy of the export", func(t *testing.T, path string) error {
			copied := filepath.Join(t.TempDir(), "copy.md")
			if err := os.WriteFile(copied, data, 0o644); err != nil {
				return err
			}
			return os.Symlink(copied, path)
		}},
		{"sparse 256 MB file", func(t *testing.T, path string) error {
			f, err := os.Create(path)
			if err != nil {
				return err
			}
			defer f.Close()
			return f.Truncate(256 << 20)
		}},
		{"other bytes of the same size", func(t *testing.T, path string) error {
			return os.WriteFile(path, make([]byte, len(data)), 0o644)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			taken := filepath.Join(dir, export.FileName(a.Title, export.FormatMarkdown))
			if err := tt.place(t, taken); err != nil {
				t.Skip("cannot set up:", err)
			}
			path, alloc, err := writeWithin(t, dir, taken)
			if err != nil || filepath.Base(path) != "harbour-lights-return-2.md" {
				t.Fatalf("WriteExport = %q, %v; want the -2 name", path, err)
			}
			if got, _ := os.ReadFile(path); string(got) != string(data) {
				t.Errorf("the -2 file holds %q", got)
			}
			if alloc > 1<<20 {
				t.Errorf("WriteExport allocated %d bytes", alloc)
			}
		})
	}
}

// writeWithin runs WriteExport for exportSample() into dir and fails the test if
// it takes more than five seconds; then it opens taken for writing, which
// frees a reader blocked on a named pipe. alloc is what WriteExport
// allocated.
func writeWithin(t *testing.T, dir, taken string) (path string, alloc uint64, err error) {
	t.Helper()
	type result struct {
		path  string
		err   error
		alloc uint64
	}
	done := make(chan result, 1)
	go func() {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		p, _, err := WriteExport(dir, exportSample(), "")
		runtime.ReadMemStats(&after)
		done <- result{p, err, after.TotalAlloc - before.TotalAlloc}
	}()
	select {
	case r := <-done:
		return r.path, r.alloc, r.err
	case <-time.After(5 * time.Second):
		if f, err := os.OpenFile(taken, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("WriteExport still running after 5 s")
	}
	return "", 0, nil
}
