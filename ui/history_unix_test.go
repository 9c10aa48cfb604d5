//go:build unix

package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
	"golang.org/x/sys/unix"

	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/ui/history"
)

// TestHistoryReadInBackground: the first screen does not wait for the
// history. Another byline holds the state file's lock, so reading it
// waits; the reader shows the article meanwhile, at the top, and scrolls
// to the place it was left once the history is in.
func TestHistoryReadInBackground(t *testing.T) {
	dir := t.TempDir()
	var body strings.Builder
	body.WriteString("A Story Read Twice\n\n")
	for i := range 60 {
		fmt.Fprintf(&body, "Paragraph %d goes on for long enough to wrap over a line or two.\n\n", i)
	}
	src := func() []source.Source { return []source.Source{{Name: "story.txt", Data: []byte(body.String())}} }
	first := OpenHistory(dir)
	m := start(t, New(context.Background(), src(), Options{NoColor: true, History: first}), 80, 24)
	m = press1(t, m, "space", "space", "j")
	left := history.At(m.docs[0].art.Paragraphs, m.pager.TopOffset())
	m.Remember()
	if err := first.Save(); err != nil || left.Paragraph == 0 {
		t.Fatalf("left at %v; saved: %v", left, err)
	}

	fd, err := unix.Open(filepath.Join(dir, history.FileName+".lock"), unix.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fd)
	if err := unix.Flock(fd, unix.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	h := OpenHistory(dir)
	// start drops the history's command, which is waiting for the lock.
	m = start(t, New(context.Background(), src(), Options{NoColor: true, History: h}), 80, 24)
	if h.isReady() || m.pager.TopOffset() != 0 || !strings.Contains(plain(m), "Paragraph 1 goes on") {
		t.Fatalf("before the history is in: ready %v, top %d\n%s", h.isReady(), m.pager.TopOffset(), plain(m))
	}
	unix.Flock(fd, unix.LOCK_UN)
	m = settle(t, m, runCmd(func() tea.Msg { return historyLoadedMsg{h.load()} })...)
	if got := history.At(m.docs[0].art.Paragraphs, m.pager.TopOffset()); got.Paragraph != left.Paragraph {
		t.Errorf("once the history is in, at paragraph %d; left at %d", got.Paragraph, left.Paragraph)
	}
}

// TestHistoryFIFOWarns: a FIFO at the state file's path neither blocks
// the reader nor goes unmentioned.
func TestHistoryFIFOWarns(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, history.FileName), 0o600); err != nil {
		t.Skip(err)
	}
	src := []source.Source{{Name: "story.txt", Data: []byte("Title\n\nOne paragraph.")}}
	m := start(t, New(context.Background(), src, Options{NoColor: true, History: OpenHistory(dir)}), 200, 24)
	if !strings.Contains(m.note, "not a regular file") || !strings.Contains(plain(m), "One paragraph.") {
		t.Errorf("note %q\n%s", m.note, plain(m))
	}
}

// TestHistoryNoteSaysHistoryOnce reads a corrupt state file: the note
// says where the file went, with "history:" once, not twice.
func TestHistoryNoteSaysHistoryOnce(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, history.FileName), []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	src := []source.Source{{Name: "story.txt", Data: []byte("Title\n\nOne paragraph.")}}
	m := start(t, New(context.Background(), src, Options{NoColor: true, History: OpenHistory(dir)}), 200, 24)
	if !strings.HasPrefix(m.note, "reading history: ") || strings.Count(m.note, "history:") != 1 || !strings.Contains(m.note, "started afresh") {
		t.Errorf("note %q", m.note)
	}
}
