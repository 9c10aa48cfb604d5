package source

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/byline-reader/byline/article/export"
)

// TestIsExportFile checks that byline's Markdown exports are told from
// articles by their content, whatever their name, and that only regular
// files are read.
func TestIsExportFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	exported, _, err := WriteExport(dir, exportSample(), "")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want bool
	}{
		{exported, true},
		{write("renamed.md", export.Markdown(exportSample(), "")), true},
		{write("article.md", "# A Headline\n\nA paragraph.\n"), false},
		{write("short.md", "[//]"), false},
		{write("empty.md", ""), false},
		{filepath.Join(dir, "missing.md"), false},
		{dir, false},
	}
	for _, tt := range tests {
		if got := isExportFile(tt.path); got != tt.want {
			t.Errorf("isExportFile(%s) = %v, want %v", filepath.Base(tt.path), got, tt.want)
		}
	}
}
