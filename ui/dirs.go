package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/source"
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

// listDirsCmd lists the directory sources.
func listDirsCmd(sources []source.Source) tea.Cmd {
	var dirs []string
	for _, s := range sources {
		if s.Dir != "" {
			dirs = append(dirs, s.Dir)
		}
	}
	return func() tea.Msg {
		var msg dirsMsg
		for _, d := range dirs {
			files, err := source.ArticleFiles(d)
			msg.listings = append(msg.listings, dirListing{dir: d, files: files, err: err})
		}
		return msg
	}
}

// onDirs puts each directory's files in its place in the list and opens
// the first article. A directory with none is left out, with a note.
func (m *Model) onDirs(msg dirsMsg) tea.Cmd {
	note, ok := m.lib.listed(msg, &m.shelf, &m.load.in)
	if !ok {
		return nil
	}
	m.setNote(note)
	if len(m.sources) == 0 {
		m.state, m.err = stateError, fmt.Errorf("%s", m.note)
		m.note = ""
		m.side.SetEmpty()
		m.drawBodyNote()
		return nil
	}
	m.cur = 0
	if m.load.in.idx == 0 { // it shows when its start is in
		if m.docs[0].art != nil {
			return m.show()
		}
		return nil
	}
	m.state = stateLoading
	m.drawBodyNote()
	return m.loadSource(0)
}
