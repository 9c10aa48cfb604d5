package source

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// textInputs are inputs of every kind article.Parse tells apart: plain text,
// Markdown, byte order marks, wide encodings, legacy bytes, binary data,
// nothing and escape sequences.
var textInputs = []struct{ name, data string }{
	{"story.txt", "A Headline Of Some Length Here\n\nThe mayor said \"yes,\" she said.\n"},
	{"story.md", "---\ntitle: T\n---\n# Heading\n\nBody *text*.\n"},
	{"bom.txt", "\xef\xbb\xbfTitle Line Here\n\nBody text.\n"},
	{"wide.txt", "\xff\xfeH\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00\n\x00"},
	{"latin1.txt", "Caf\xe9 au lait, na\xefve r\xe9sum\xe9.\n"},
	{"fixed.txt", "Mostly UTF-8 – dashes — and one bad \xff byte.\n"},
	{"photo.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
	{"empty.txt", ""},
	{"blank.txt", " \n\t\n"},
	{"hostile.txt", "Title\x1b]0;pwned\x07 Here\n\nBody\r\nmore \x1b[31mred\x1b[0m.\n"},
	{"big.txt", strings.Repeat("A paragraph of the long story goes on.\n\n", 3000)},
}

// TestReadFileText checks that ReadFileText reads what ReadFile reads and
// fails as it fails.
func TestReadFileText(t *testing.T) {
	dir := t.TempDir()
	paths := []string{dir, filepath.Join(dir, "missing.txt")}
	for _, in := range textInputs {
		p := filepath.Join(dir, in.name)
		if err := os.WriteFile(p, []byte(in.data), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	for _, p := range paths {
		want, werr := ReadFile(p)
		got, gerr := ReadFileText(p)
		if got != string(want) || !reflect.DeepEqual(gerr, werr) {
			t.Errorf("%s: ReadFileText = %d bytes, %v; ReadFile = %d bytes, %v", filepath.Base(p), len(got), gerr, len(want), werr)
		}
	}
}
