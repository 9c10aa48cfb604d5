package source

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
)

// maxNumbered is the highest number WriteExport puts on a name before it
// gives up: "name-99.md".
const maxNumbered = 99

// WriteExport writes a's Markdown export (export.Markdown) into dir under
// export.FileName(a.Title), and returns the path it wrote. It never
// overwrites anything: when the name is taken it tries "name-2.md",
// "name-3.md" and so on, so an export the user edited, or an older one,
// stays as it was. When a name holds this very export already, as a
// regular file, it returns that path and existed true without writing:
// pressing e twice makes one file.
func WriteExport(dir string, a *article.Article, url string) (path string, existed bool, err error) {
	data := []byte(export.Markdown(a, url))
	ext := export.FormatMarkdown.Ext()
	stem := strings.TrimSuffix(export.FileName(a.Title, export.FormatMarkdown), ext)
	for n := 1; n <= maxNumbered; n++ {
		name := stem + ext
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", stem, n, ext)
		}
		path := filepath.Join(dir, name)
		if holds(path, data) {
			return path, true, nil
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", false, fmt.Errorf("export: %w", err)
		}
		_, werr := f.Write(data)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			os.Remove(path)
			return "", false, fmt.Errorf("export: %w", werr)
		}
		return path, false, nil
	}
	return "", false, fmt.Errorf("export: %s and %d numbered names are all taken in %s",
		stem+ext, maxNumbered-1, dir)
}

// holds reports whether path is a regular file whose bytes are data. It
// reads at most len(data)+1 bytes, and only from a regular file that is
// not a link: a link "story.md" → /dev/zero would be read without end,
// a named pipe "story.md" with no writer would block the open, and both
// are just names that are taken. The file is opened without blocking and
// checked again once open, in case it was swapped after Lstat.
func holds(path string, data []byte) bool {
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil || !opened.Mode().IsRegular() || !os.SameFile(info, opened) {
		return false
	}
	old := make([]byte, len(data)+1)
	n, _ := io.ReadFull(f, old)
	return n == len(data) && bytes.Equal(old[:n], data)
}
