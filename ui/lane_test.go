package ui

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// TestBackgroundWorkTakesTurns opens a large file from its start, as the
// command line does, and checks that the reader's work in the
// background (reading the rest of the file, counting its words,
// measuring it, analysing it) all runs in the reader's lane: while the
// lane is taken none of it ends, and once it is free all of it does. Two
// pieces of that work at once would keep both processors of a
// two-core machine busy, and a key would wait for one (issue 15).
func TestBackgroundWorkTakesTurns(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		src, _ := bigFile(t, 300<<10, 64<<10)
		m := New(t.Context(), []source.Source{src}, Options{NoColor: true, Lexicon: &extract.Lexicon{}})
		m = step(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
		start := runAll(t, loadCmd(m.load.ctx, 0, m.load.gen, src))
		tm, rest := m.Update(start[0])
		m = tm.(*Model)

		msgs := heldBack(t, m, rest)
		want := []string{"pager.measuredMsg", "pager.wordsMsg", "ui.articleMsg"}
		if got := typeNames(msgs); !slices.Equal(got, want) {
			t.Errorf("after the start is shown, the work held back gave %v, want %v", got, want)
		}
		var whole tea.Msg
		for _, msg := range msgs {
			if am, ok := msg.(articleMsg); ok && !am.partial {
				whole = am
			}
		}
		tm, cmd := m.Update(whole)
		m = tm.(*Model)
		want = []string{"pager.measuredMsg", "pager.wordsMsg", "ui.analysisMsg"}
		if got := typeNames(heldBack(t, m, cmd)); !slices.Equal(got, want) {
			t.Errorf("after the whole is in, the work held back gave %v, want %v", got, want)
		}
	})
}

// heldBack runs cmd, and the commands of its batches, in the bubble of a
// synctest while the reader's lane is taken, for a second of the
// bubble's time; it checks that nothing it did ended meanwhile but
// ticks, and returns the messages of the work held back, which all end
// once the lane is free.
func heldBack(t *testing.T, m *Model, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	free := make(chan struct{})
	go m.load.bg.Do(func() { <-free })
	synctest.Wait()

	var (
		mu    sync.Mutex
		ended []tea.Msg
		wg    sync.WaitGroup
	)
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		wg.Go(func() {
			switch msg := c().(type) {
			case nil, progressTickMsg:
			case tea.BatchMsg:
				for _, c := range msg {
					if c != nil {
						run(c)
					}
				}
			default:
				mu.Lock()
				ended = append(ended, msg)
				mu.Unlock()
			}
		})
	}
	run(cmd)
	time.Sleep(time.Second) // the bubble's time: the work's timers fire
	synctest.Wait()
	mu.Lock()
	if len(ended) > 0 {
		t.Errorf("%v ended while the lane was taken", typeNames(ended))
	}
	mu.Unlock()
	close(free)
	wg.Wait()
	return ended
}

// typeNames are the sorted type names of msgs.
func typeNames(msgs []tea.Msg) []string {
	var names []string
	for _, msg := range msgs {
		names = append(names, fmt.Sprintf("%T", msg))
	}
	slices.Sort(names)
	return names
}
