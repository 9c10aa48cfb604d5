package source

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/source/web"
)

// IsArticleFile reports whether a directory's file named name is one
// byline opens from it: text, Markdown or HTML, not hidden.
func IsArticleFile(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown":
		return true
	}
	return web.IsHTMLFile(name)
}

// isMarkdownName reports whether a file named name is Markdown, as an
// export is.
func isMarkdownName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// isExportFile reports whether path is a Markdown export that byline
// wrote: a regular file that starts with the export's mark
// (export.HasMark). Only the mark's bytes are read, and only from a
// regular file, opened without blocking: a named pipe or a device is no
// export.
func isExportFile(path string) bool {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return false
	}
	head := make([]byte, export.MarkLen)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	return export.HasMark(head)
}

// ArticleFiles lists the article files of dir (see IsArticleFile), sorted
// by name, leaving out the exports byline wrote there
// (isExportFile): pressing e in a directory of articles must not
// add one to it. It fails when dir cannot be read or holds none.
func ArticleFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	var files []string
	exports := 0
	for _, e := range entries {
		if !e.Type().IsRegular() || !IsArticleFile(e.Name()) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if isMarkdownName(e.Name()) && isExportFile(path) {
			exports++
			continue
		}
		files = append(files, path)
	}
	switch {
	case len(files) == 0 && exports > 0:
		return nil, fmt.Errorf("%s: no articles, only byline's exports", dir)
	case len(files) == 0:
		return nil, fmt.Errorf("%s: no .txt, .md or .html files", dir)
	}
	return files, nil
}

// ReadDir reads the article files of dir (ArticleFiles), for the printing
// modes. A file that cannot be read is returned in failed, in order, as
// a file named on the command line would be, and the others are kept;
// err says why dir itself gives none.
func ReadDir(dir string) (srcs []Source, failed []error, err error) {
	files, err := ArticleFiles(dir)
	if err != nil {
		return nil, nil, err
	}
	srcs = make([]Source, 0, len(files))
	for _, f := range files {
		data, err := ReadFile(f)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		srcs = append(srcs, Source{Name: f, Path: f, Data: data})
	}
	return srcs, failed, nil
}
