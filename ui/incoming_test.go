package ui

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/source"
)

func TestWholeLines(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"complete lines", "a\nb\n", "a\nb\n"},
		{"cut after the last newline", "a\nb\npart", "a\nb\n"},
		{"no newline yet", "one line", "one line"},
		{"a cut character", "caf\xc3", "caf"},
		{"a cut emoji", "ok \xf0\x9f\x91", "ok "},
		{"a whole character", "café", "café"},
		{"UTF-16 is cut to even length", "\xff\xfea\x00\n\x00b", "\xff\xfea\x00\n\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(wholeLines([]byte(tt.in))); got != tt.want {
				t.Errorf("wholeLines(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// loop runs a model as Bubble Tea does: commands in goroutines, their
// messages back through Update, so that a command that waits on a pipe
// does not hold up the test.
type loop struct {
	t    *testing.T
	m    *Model
	msgs chan tea.Msg
}

func newLoop(t *testing.T, m *Model) *loop {
	l := &loop{t: t, m: m, msgs: make(chan tea.Msg, 64)}
	l.run(m.Init())
	return l
}

func (l *loop) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		switch msg := cmd().(type) {
		case nil, tea.QuitMsg:
		case tea.BatchMsg:
			for _, c := range msg {
				l.run(c)
			}
		default:
			l.msgs <- msg
		}
	}()
}

// send gives msg to the model.
func (l *loop) send(msg tea.Msg) {
	tm, cmd := l.m.Update(msg)
	l.m = tm.(*Model)
	l.run(cmd)
}

// until handles messages until the screen satisfies ok; the deadline is
// for a condition, not a timing assertion.
func (l *loop) until(what string, ok func(screen string) bool) string {
	l.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if s := plain(l.m); ok(s) {
			return s
		}
		select {
		case msg := <-l.msgs:
			l.send(msg)
		case <-deadline:
			l.t.Fatalf("waiting for %s; the screen is:\n%s", what, plain(l.m))
		}
	}
}

// TestStreamFlow feeds an article through a pipe in two parts: the first
// shows, with its analysis, while the pipe is open; the second joins it at
// the end, the view stays at the top and the status says when reading is
// over.
func TestStreamFlow(t *testing.T) {
	lx, err := extract.LoadLexicon(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	pr, pw := io.Pipe()
	go pw.Write([]byte("The Streaming Headline Is Here\n\n\"We start now,\" said Ada Lovelace.\n\nA paragraph in the middle"))
	st := source.NewStream(pr, 1<<20)
	m := New(context.Background(), []source.Source{{Name: "stdin", Stream: st}}, Options{NoColor: true, Lexicon: lx})
	l := newLoop(t, m)
	l.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	s := l.until("the first part", contains("The Streaming Headline", "We start now", "reading stdin…", "Ada Lovelace"))
	if strings.Contains(s, "in the middle") {
		t.Errorf("a line cut by the pipe's edge shows:\n%s", s)
	}
	go func() {
		pw.Write([]byte(" of the story.\n\n\"And we finish,\" said Charles Babbage.\n"))
		pw.Close()
	}()
	s = l.until("the end of the input", func(s string) bool {
		return contains("in the middle of the story", "Charles Babbage", "People 2")(s) && !strings.Contains(s, "reading stdin")
	})
	if first, _, _ := strings.Cut(s, "\n"); !strings.Contains(first, "The Streaming Headline") {
		t.Errorf("the view left the top:\n%s", s)
	}
}

// TestStreamFailures covers a pipe that turns out to be binary, one that
// holds only blank lines, and one larger than the limit.
func TestStreamFailures(t *testing.T) {
	tests := []struct {
		name  string
		data  []byte
		limit int
		want  []string
	}{
		{"binary", append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 512)...), 1 << 20, []string{"Could not open stdin", "not a text file"}},
		{"blank", []byte("\n\n   \n\t\n"), 1 << 20, []string{"Could not open stdin", "nothing to read"}},
		{"too large", bytes.Repeat([]byte("Words and more words.\n"), 200), 1 << 10, []string{"Words and more words", "too large"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := source.NewStream(bytes.NewReader(tt.data), tt.limit)
			m := New(context.Background(), []source.Source{{Name: "stdin", Stream: st}}, Options{NoColor: true})
			l := newLoop(t, m)
			l.send(tea.WindowSizeMsg{Width: 100, Height: 20})
			l.until(strings.Join(tt.want, ", "), contains(tt.want...))
		})
	}
}
