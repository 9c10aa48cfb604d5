package ui

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/source"
)

// screenLog records the screen after every Update. As an io.Reader it
// yields the screens drawn since the last read, each ending in a form
// feed, so teatest.WaitFor can look at whole screens rather than at the
// renderer's partial updates.
type screenLog struct {
	mu      sync.Mutex
	pending bytes.Buffer
}

func (l *screenLog) add(screen string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending.WriteString(screen)
	l.pending.WriteString("\f")
}

func (l *screenLog) Read(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.pending.Read(p)
}

// recorder runs a Model and logs its screens.
type recorder struct {
	m   *Model
	log *screenLog
}

func (r recorder) Init() tea.Cmd { return r.m.Init() }

func (r recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := r.m.Update(msg)
	r.m = m.(*Model)
	r.log.add(plain(r.m))
	return r, cmd
}

func (r recorder) View() tea.View { return r.m.View() }

// lastScreen is the last whole screen in b.
func lastScreen(b []byte) string {
	screens := strings.Split(strings.TrimSuffix(string(b), "\f"), "\f")
	return screens[len(screens)-1]
}

// waitScreen waits until the screen satisfies ok; a step that never
// comes fails the test under the step's name.
func waitScreen(t *testing.T, log *screenLog, step string, ok func(screen string) bool) {
	t.Helper()
	passed := t.Run(step, func(t *testing.T) {
		teatest.WaitFor(t, log, func(b []byte) bool {
			return len(b) > 0 && ok(lastScreen(b))
		}, teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	})
	if !passed {
		t.FailNow()
	}
}

func contains(subs ...string) func(string) bool {
	return func(s string) bool {
		for _, sub := range subs {
			if !strings.Contains(s, sub) {
				return false
			}
		}
		return true
	}
}

// TestFlowSample drives the reader on the embedded sample as a user would:
// open, tab to the quotes, enter, search, help, next article, quit. It
// asserts the structure of the screen, not the analysis, which other
// work improves.
func TestFlowSample(t *testing.T) {
	lx, err := extract.LoadLexicon(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	sample, err := assets.FS.ReadFile(assets.SampleName)
	if err != nil {
		t.Fatal(err)
	}
	// What the analysis finds decides what enter shows.
	art, err := article.Parse(assets.SampleName, sample)
	if err != nil {
		t.Fatal(err)
	}
	an := article.Analyze(art, lx)

	srcs := []source.Source{
		{Name: assets.SampleName, Data: sample},
		{Name: "second.txt", Data: []byte("Second Story\n\nIt has one paragraph about nothing much.")},
	}
	log := &screenLog{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tm := teatest.NewTestModel(t, recorder{New(ctx, srcs, Options{NoColor: true, Lexicon: lx}), log},
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII), tea.WithContext(ctx)))

	// Open: body, both sections and the status bar; the analysis finishes.
	waitScreen(t, log, "open", func(s string) bool {
		return contains("Quotes", "People", "1/2", "? help")(s) && !strings.Contains(s, "analysing…") && !strings.Contains(s, "loading…")
	})

	// Tab gives the quotes the focus.
	tm.Send(press("tab"))
	waitScreen(t, log, "tab", contains("▸ Quotes"))

	// Enter goes to the selected quote.
	if len(an.Quotes) > 0 {
		tm.Send(press("enter"))
		waitScreen(t, log, "enter", contains(fmt.Sprintf("quote 1/%d", len(an.Quotes))))
	}

	// / opens the prompt; enter searches.
	tm.Send(press("/"))
	waitScreen(t, log, "prompt", contains("search the article"))
	tm.Type("Putin")
	waitScreen(t, log, "typed", contains("/Putin"))
	tm.Send(press("enter"))
	waitScreen(t, log, "search", func(s string) bool { return strings.Contains(s, "“Putin” 1/") || strings.Contains(s, "no matches") })

	// ? shows the help and hides it again.
	tm.Send(press("?"))
	waitScreen(t, log, "help", contains("toggle help", "next article"))
	tm.Send(press("?"))
	waitScreen(t, log, "help closed", func(s string) bool { return !strings.Contains(s, "toggle help") })

	// ] opens the second article.
	tm.Send(press("]"))
	waitScreen(t, log, "next", contains("Second Story", "2/2"))

	tm.Send(press("q"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	out, err := io.ReadAll(tm.FinalOutput(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, seq := range []string{"\x1b[?1049h", "\x1b[?1002h"} { // alt screen, mouse cell motion
		if !bytes.Contains(out, []byte(seq)) {
			t.Errorf("the terminal never got %q", seq)
		}
	}
	fm := tm.FinalModel(t).(recorder).m
	if fm.cur != 1 || fm.state != stateReading {
		t.Errorf("final: article %d state %v, want article 1 reading", fm.cur, fm.state)
	}
	if fm.load.ctx.Err() == nil {
		t.Error("quitting did not cancel the work under way")
	}
}

// TestFlowNarrow checks the overlay flow on a small screen: s opens the
// sidebar over the body, enter on a quote closes it and lights the quote.
func TestFlowNarrow(t *testing.T) {
	a, an := fixtureArticle(t)
	m := New(context.Background(), []source.Source{{Name: "council.txt", Data: []byte("x")}}, Options{NoColor: true})
	a.Analysis = an
	m.docs[0] = doc{art: a, anArt: a}
	log := &screenLog{}
	tm := teatest.NewTestModel(t, recorder{m, log},
		teatest.WithInitialTermSize(79, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))

	waitScreen(t, log, "open", func(s string) bool {
		return strings.Contains(s, "Council Approves") && !strings.Contains(s, "Quotes") && strings.Contains(s, "s sidebar")
	})
	tm.Send(press("s"))
	waitScreen(t, log, "overlay", contains("╭", "▸ Quotes 1/5", "People 3"))
	tm.Send(press("j"))
	tm.Send(press("enter"))
	waitScreen(t, log, "quote", func(s string) bool {
		return strings.Contains(s, "quote 2/5") && !strings.Contains(s, "╭")
	})
	tm.Send(press("ctrl+c"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
