package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

func TestHeadCut(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"after the last blank line", "Title\n\nOne.\n\nTwo is cu", "Title\n\nOne.\n\n"},
		{"no blank line: whole lines", "Title\nOne.\nTw", "Title\nOne.\n"},
		{"no newline: whole characters", "caf\xc3", "caf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(headCut([]byte(tt.in))); got != tt.want {
				t.Errorf("headCut(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// bigFile writes a plain-text article of about size bytes, with a quote
// near its end, and returns the source for it with its first head bytes
// read, as the command line makes it.
func bigFile(t *testing.T, size, head int) (source.Source, string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("The Headline of a Very Long Story\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Paragraph %d tells what the council decided about the bridge over the river, and why it took so long.\n\n", i)
	}
	b.WriteString("\"It is the last word,\" said Ada Lovelace at the end.\n")
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	data := []byte(b.String())
	return source.Source{Name: path, Path: path, Head: data[:head], Size: int64(len(data))}, b.String()
}

// TestLargeFileStartsWithItsHead loads a file from its start: the start
// shows, nothing is analysed until the whole is in, and the whole then
// takes its place without moving the view.
func TestLargeFileStartsWithItsHead(t *testing.T) {
	src, _ := bigFile(t, 300<<10, 64<<10)
	m := New(t.Context(), []source.Source{src}, Options{NoColor: true, Lexicon: &extract.Lexicon{}})
	m = step(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})

	var partial articleMsg
	for _, msg := range runAll(t, loadCmd(m.load.ctx, 0, m.load.gen, src)) {
		if am, ok := msg.(articleMsg); ok {
			partial = am
		}
	}
	if partial.art == nil || !partial.partial {
		t.Fatalf("the first message is not the article's start: %+v", partial)
	}
	if len(partial.art.Body) > 64<<10 || !strings.HasSuffix(partial.art.Body, "took so long.") {
		t.Fatalf("the start is not cut after a whole paragraph: ...%q", partial.art.Body[max(0, len(partial.art.Body)-40):])
	}
	tm, rest := m.Update(partial)
	m = tm.(*Model)
	if !m.docs[0].partial || m.state != stateReading || !strings.Contains(plain(m), "The Headline of a Very Long Story") {
		t.Fatalf("the start is not shown:\n%s", plain(m))
	}
	if !strings.Contains(plain(m), "reading the rest") {
		t.Errorf("the sidebar does not say the rest is being read:\n%s", plain(m))
	}
	m = keys(t, m, "space", "space", "j")
	before := plain(m)

	// rest holds the read of the whole file (and the pager's work).
	var whole articleMsg
	var others []tea.Msg
	for _, msg := range runAll(t, rest) {
		if am, ok := msg.(articleMsg); ok && !am.partial {
			whole = am
		} else {
			others = append(others, msg)
		}
	}
	if whole.art == nil {
		t.Fatal("the whole file was not read")
	}
	m = drainAll(t, m, others...)
	m = drainAll(t, m, whole)
	if m.docs[0].partial || m.docs[0].art != whole.art {
		t.Fatal("the whole article did not replace its start")
	}
	if m.sources[0].Head != nil {
		t.Error("the head is kept after the whole article is in")
	}
	if got := plain(m); bodyOf(got) != bodyOf(before) {
		t.Errorf("the view moved when the rest came in:\n got:\n%s\nwant:\n%s", got, before)
	}
	if m.docs[0].analysis() == nil {
		t.Error("the whole article was not analysed")
	}
	m = keys(t, m, "G")
	if !strings.Contains(plain(m), "It is the last word") {
		t.Errorf("G does not reach the end of the whole file:\n%s", plain(m))
	}
}

// TestLargeFileEndBeforeTheRest presses G on the start of a file: when
// the rest comes in, the view goes on to the whole article's end.
func TestLargeFileEndBeforeTheRest(t *testing.T) {
	src, _ := bigFile(t, 300<<10, 64<<10)
	m := New(t.Context(), []source.Source{src}, Options{NoColor: true, Lexicon: &extract.Lexicon{}})
	m = step(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	msgs := runAll(t, loadCmd(m.load.ctx, 0, m.load.gen, src))
	if len(msgs) != 1 {
		t.Fatalf("load gave %d messages", len(msgs))
	}
	tm, rest := m.Update(msgs[0])
	m = keys(t, tm.(*Model), "G")
	if strings.Contains(plain(m), "It is the last word") {
		t.Fatal("the start already holds the end")
	}
	m = drainAll(t, m, runAll(t, rest)...)
	if !strings.Contains(plain(m), "It is the last word") {
		t.Errorf("after G, the view did not follow the rest to the end:\n%s", plain(m))
	}
}

// bodyOf is the screen without its status bar and sidebar column.
func bodyOf(screen string) string {
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if r := []rune(l); len(r) > 60 {
			lines[i] = string(r[:60])
		}
	}
	return strings.Join(lines[:len(lines)-1], "\n")
}

// TestLargeFileRestFails removes the file after its start is read: the
// start stays on screen, the status bar's note says why the rest is
// missing (the temporary path is too long for it to show here), and
// the start is analysed.
func TestLargeFileRestFails(t *testing.T) {
	src, _ := bigFile(t, 300<<10, 64<<10)
	m := New(t.Context(), []source.Source{src}, Options{NoColor: true, Lexicon: &extract.Lexicon{}})
	m = step(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	msgs := runAll(t, loadCmd(m.load.ctx, 0, m.load.gen, src))
	tm, rest := m.Update(msgs[0])
	m = tm.(*Model)
	if err := os.Remove(src.Path); err != nil {
		t.Fatal(err)
	}
	m = drainAll(t, m, runAll(t, rest)...)
	s := plain(m)
	if m.state != stateReading || !strings.Contains(s, "The Headline of a Very Long Story") || !strings.Contains(m.note, "showing its start") {
		t.Fatalf("the start did not stay with a note:\n%s", s)
	}
	if m.docs[0].analysis() == nil {
		t.Error("the start was not analysed")
	}
}

// runAll runs cmd and returns the messages it yields, flattening batches,
// however long the commands take (they all end; the deadline only stops a
// test that hangs).
func runAll(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(time.Minute):
		t.Fatal("a command never ended")
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runAll(t, c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// drainAll is step with runAll: it gives msgs to m, and the messages of the
// commands they return, until none are left, however long they take.
func drainAll(t *testing.T, m *Model, msgs ...tea.Msg) *Model {
	t.Helper()
	queue := append([]tea.Msg(nil), msgs...)
	for n := 0; len(queue) > 0; n++ {
		if n > 1000 {
			t.Fatal("drainAll: messages never settle")
		}
		tm, cmd := m.Update(queue[0])
		m, queue = tm.(*Model), append(queue[1:], runAll(t, cmd)...)
	}
	return m
}
