package source

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestReadHead(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	text := bytes.Repeat([]byte("A line of news text, long enough to read.\n\n"), 8000) // ~350 KB
	binary := append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 300<<10)...)
	tests := []struct {
		name     string
		path     string
		wantHead bool // read from its start only
	}{
		{"small file read whole", write("small.txt", []byte("Title\n\nBody.\n")), false},
		{"large file read from its start", write("large.txt", text), true},
		{"missing", filepath.Join(dir, "nope.txt"), false},
		{"directory", dir, false},
		{"empty", write("empty.txt", nil), false},
		{"large binary", write("large.bin", binary), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := ReadHead(tt.path)
			_, wantErr := ReadFile(tt.path)
			switch {
			case (err == nil) != (wantErr == nil):
				t.Fatalf("ReadHead error %v, ReadFile error %v", err, wantErr)
			case err != nil:
				if err.Error() != wantErr.Error() {
					t.Errorf("ReadHead error %q, want ReadFile's %q", err, wantErr)
				}
				return
			}
			if got := src.Head != nil; got != tt.wantHead {
				t.Fatalf("read from its start: %v, want %v", got, tt.wantHead)
			}
			if tt.wantHead {
				if len(src.Head) != headSize || src.Data != nil || src.Size != int64(len(text)) || src.Path != tt.path {
					t.Errorf("source = head %d bytes, data %d, size %d, path %q", len(src.Head), len(src.Data), src.Size, src.Path)
				}
			} else if src.Data == nil {
				t.Error("a small file's bytes are missing")
			}
		})
	}
}
