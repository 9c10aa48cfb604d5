package pager

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/byline-reader/byline/article"
)

// host is a minimal root model around the pager, as the ui package uses
// it; its last line says when the pager's background work is done.
type host struct {
	pager Model
	init  tea.Cmd
}

func (h host) Init() tea.Cmd { return h.init }

func (h host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return h, h.pager.SetSize(msg.Width, msg.Height-1)
	case tea.KeyPressMsg:
		if msg.String() == "q" {
			return h, tea.Quit
		}
	}
	var cmd tea.Cmd
	h.pager, cmd = h.pager.Update(msg)
	return h, cmd
}

func (h host) View() tea.View {
	status := "busy" // (no doubled letters: the renderer may send them as a repeat code)
	if p := h.pager; p.lay != nil && p.lay.measuredTo >= p.d.bodyTo && p.d.wordsAfter != nil {
		status = "DONE"
	}
	return tea.NewView(h.pager.View() + "\n" + status)
}

// TestProgramFlow runs the pager in a real Bubble Tea program, where its
// background commands run concurrently (run it with -race too): the first
// screen shows, G reaches the end, the background measuring completes and
// the pager then knows the exact length.
func TestProgramFlow(t *testing.T) {
	a := repeatArticle(t, 2<<20, article.Text)
	a.Title = "A very long article"
	h := host{pager: New()}
	h.pager.SetStyles(DefaultStyles(true, true), true)
	h.init = h.pager.SetArticle(a)
	tm := teatest.NewTestModel(t, h, teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
	// The output read so far must show the first screen, then the
	// background work done.
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		title := bytes.Index(b, []byte("A very long article"))
		return title >= 0 && bytes.Contains(b[title:], []byte("DONE"))
	}, teatest.WithDuration(30*time.Second))
	tm.Send(keyMsg("G"))
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(host)
	if got := final.pager.ScrollPercent(); got != 1 {
		t.Errorf("percent at the end = %v", got)
	}
	last := a.Body[a.Paragraphs[len(a.Paragraphs)-1].Start:a.Paragraphs[len(a.Paragraphs)-1].End]
	if v := screen(final.pager); !strings.Contains(v, last[len(last)-10:]) {
		t.Errorf("G does not show the end %q:\n%s", last[len(last)-10:], v)
	}
	full := fullRender(final.pager)
	if got := final.pager.lay.first[len(final.pager.lay.count)]; got != len(full) {
		t.Errorf("measured %d lines, a full render has %d", got, len(full))
	}
}
