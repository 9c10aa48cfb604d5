package source

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/byline-reader/byline/article"
)

// TestLoad loads each kind of source the printing modes read whole.
func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	page := write("page.html", `<html><head><title>Harbour Lights Return</title></head><body><article>
<h1>Harbour Lights Return</h1><p>The lights came back on along the harbour wall on Tuesday evening,
after a month of repairs that kept the promenade dark.</p><p>"It feels like home again," said
Ines Varga, who walks there each night.</p></article></body></html>`)
	story := write("story.txt", "Harbour Lights Return\n\nThe lights came back on.\n")
	tests := []struct {
		name      string
		src       Source
		wantTitle string
		wantPage  bool
		wantErr   error
	}{
		{"bytes", Source{Name: "stdin", Data: []byte("# Harbour Lights Return\n\nThe lights came back on.\n")}, "Harbour Lights Return", false, nil},
		{"file read here", Source{Name: story, Path: story}, "Harbour Lights Return", false, nil},
		{"HTML file", Source{Name: page, Path: page}, "Harbour Lights Return", true, nil},
		{"missing file", Source{Name: "gone.txt", Path: filepath.Join(dir, "gone.txt")}, "", false, article.ErrNotFound},
		{"blank bytes", Source{Name: "stdin", Data: []byte("\n \n")}, "", false, article.ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, p, err := Load(context.Background(), tt.src, "")
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || strings.Count(err.Error(), filepath.Base(tt.src.Name)) != 1 {
					t.Fatalf("error %v, want %v naming the source once", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.wantTitle || (p != nil) != tt.wantPage {
				t.Errorf("title %q, page %v; want %q, page %v", a.Title, p != nil, tt.wantTitle, tt.wantPage)
			}
		})
	}
}

// TestReadDir reads a directory's article files, keeping the good ones
// when one cannot be read.
func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"a.txt": "First story.\n", "b.md": "", "c.html": "<p>Third.</p>", "notes.pdf": "%PDF"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srcs, failed, err := ReadDir(dir)
	if err != nil || len(srcs) != 2 || len(failed) != 1 || !errors.Is(failed[0], article.ErrEmpty) {
		t.Fatalf("ReadDir = %d sources, failed %v, %v; want a.txt and c.html, b.md empty", len(srcs), failed, err)
	}
	if _, _, err := ReadDir(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no .txt, .md or .html files") {
		t.Errorf("empty directory: %v", err)
	}
}
