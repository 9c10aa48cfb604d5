package ui

import (
	"errors"
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/source/web"
)

// What the O prompt opens: the target typed is resolved in a command (a
// URL as it is, a file by its path, a directory by its article files),
// and the sources found join the `o` list, unless they are in it
// already, and the first is shown.

// openedMsg carries the sources of a target typed in the O prompt, or
// why it cannot be opened.
type openedMsg struct {
	sources []source.Source
	err     error
}

// resolveOpenCmd finds the sources of target: a URL, a file or a
// directory ("~/" is the home directory).
func resolveOpenCmd(target string) tea.Cmd {
	return func() tea.Msg {
		if web.IsURL(target) {
			return openedMsg{sources: []source.Source{{Name: target, URL: target}}}
		}
		path := expandHome(target, target)
		fi, err := os.Stat(path)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return openedMsg{err: fmt.Errorf("%s: %w", target, err)}
		}
		if !fi.IsDir() {
			return openedMsg{sources: []source.Source{{Name: target, Path: path}}}
		}
		files, err := source.ArticleFiles(path)
		if err != nil {
			return openedMsg{err: err}
		}
		srcs := make([]source.Source, len(files))
		for i, f := range files {
			srcs[i] = source.Source{Name: f, Path: f}
		}
		return openedMsg{sources: srcs}
	}
}

// onOpened adds the sources of a target to the list and shows the first;
// a source already in the list is shown from there.
func (m *Model) onOpened(msg openedMsg) tea.Cmd {
	first, note := m.lib.opened(msg, &m.shelf)
	switch {
	case first < 0:
		m.setNote(note)
		return nil
	case first == m.cur && m.state != stateError:
		m.note = "already open: " + safetext.Line(m.sources[first].Name)
		return nil
	}
	cmd := m.switchTo(first)
	m.setNote(note)
	return cmd
}
