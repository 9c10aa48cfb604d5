package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/source"
)

// TestExportBeforeAnalysisUsesWordLists presses e before the reader's
// analysis is done, in a reader given the word lists by a loader (as the
// command line does): the export analyses the article itself, and must
// do so with the word lists, not with none.
func TestExportBeforeAnalysisUsesWordLists(t *testing.T) {
	t.Chdir(t.TempDir())
	text := "Bridge Opens in May\n\n\"The bridge opens in May,\" said Ana Ruiz, the city engineer.\n"
	load := func() (*extract.Lexicon, error) { return extract.LoadLexicon(assets.FS) }
	m := New(context.Background(), []source.Source{{Name: "bridge.txt", Data: []byte(text)}}, Options{NoColor: true, LoadLexicon: load})
	tm, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	a, err := article.Parse("bridge.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	tm, _ = tm.Update(articleMsg{idx: 0, gen: 1, art: a}) // its analysis is not run
	tm, cmd := tm.Update(press("e"))
	if cmd == nil {
		t.Fatalf("e gave no command:\n%s", plain(tm.(*Model)))
	}
	msg, ok := cmd().(exportedMsg)
	if !ok || msg.err != nil {
		t.Fatalf("export: %#v", msg)
	}
	data, err := os.ReadFile(filepath.Join(".", filepath.Base(msg.path)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "Ana Ruiz") {
		t.Errorf("the export names no speaker:\n%s", data)
	}
}
