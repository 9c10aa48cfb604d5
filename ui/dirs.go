package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/article/web"
)

// A directory given as a source stands for its articles: its .txt, .md
// and .html files, sorted by name, but byline's own Markdown exports,
// which take its place in the list. The
// directories are listed in one command when the reader starts; until
// their files are in, nothing else loads, so the sources keep their
// indices while any load is under way.

// dirsMsg carries the listing of every directory source.
type dirsMsg struct{ listings []dirListing }

// dirListing is the article files of one directory.
type dirListing struct {
	dir   string
	files []string
	err   error
}

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

// ArticleFiles lists the article files of dir (see IsArticleFile), sorted
// by name, leaving out the exports byline wrote there
// (export.IsExportFile): pressing e in a directory of articles must not
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
		if isMarkdownName(e.Name()) && export.IsExportFile(path) {
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

// listDirsCmd lists the directory sources.
func listDirsCmd(sources []Source) tea.Cmd {
	var dirs []string
	for _, s := range sources {
		if s.Dir != "" {
			dirs = append(dirs, s.Dir)
		}
	}
	return func() tea.Msg {
		var msg dirsMsg
		for _, d := range dirs {
			files, err := ArticleFiles(d)
			msg.listings = append(msg.listings, dirListing{dir: d, files: files, err: err})
		}
		return msg
	}
}

// onDirs puts each directory's files in its place in the list and opens
// the first article. A directory with none is left out, with a note.
func (m *Model) onDirs(msg dirsMsg) tea.Cmd {
	if !m.lib.listing {
		return nil
	}
	m.lib.listing = false
	var sources []Source
	var docs []doc
	var notes []string
	next := 0
	for i, s := range m.sources {
		if s.Dir == "" {
			sources, docs = append(sources, s), append(docs, m.docs[i])
			continue
		}
		l := msg.listings[next]
		next++
		if l.err != nil {
			notes = append(notes, l.err.Error())
			continue
		}
		for _, f := range l.files {
			sources, docs = append(sources, Source{Name: f, Path: f}), append(docs, doc{})
		}
	}
	m.sources, m.docs = sources, docs
	for i, s := range sources { // the source streaming in moved too
		if s.Stream != nil && s.Stream == m.feed.stream {
			m.feed.idx = i
		}
	}
	if len(notes) > 0 {
		m.note = strings.Join(notes, "; ")
	}
	if len(sources) == 0 {
		m.state, m.err = stateError, fmt.Errorf("%s", m.note)
		m.note = ""
		m.side.SetEmpty()
		m.drawBodyNote()
		return nil
	}
	m.cur = 0
	if m.feed.idx == 0 { // it shows when its start is in
		if m.docs[0].art != nil {
			return m.show()
		}
		return nil
	}
	m.state = stateLoading
	m.drawBodyNote()
	return m.loadSource(0)
}
