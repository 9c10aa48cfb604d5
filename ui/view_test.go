package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/byline-reader/byline/source"
)

// TestView compares whole screens of the fixture article with goldens in
// testdata/TestView. The body comes from the pager, so a change there
// means regenerating them: go test ./ui -update.
func TestView(t *testing.T) {
	tests := []struct {
		name string
		w, h int
		keys []string
	}{
		{"120x40", 120, 40, nil},
		{"80x24", 80, 24, nil},
		{"120x40-quotes", 120, 40, []string{"tab", "j", "j"}},
		{"120x40-people", 120, 40, []string{"tab", "tab", "j"}},
		{"120x40-help", 120, 40, []string{"?"}},
		{"79x24", 79, 24, nil},
		{"79x24-overlay", 79, 24, []string{"s", "j"}},
		{"80x24-quotes", 80, 24, []string{"tab", "j"}},
		{"80x24-help", 80, 24, []string{"?"}},
		{"120x40-search", 120, 40, []string{"/", "b", "r"}},
		{"120x40-person-enter", 120, 40, []string{"tab", "tab", "enter", "n"}},
		{"120x40-hidden", 120, 40, []string{"s"}},
		{"60x12", 60, 12, nil},
		{"60x12-overlay-scrolled", 60, 12, []string{"s", "j", "j", "j"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := keys(t, fixtureModel(t, tt.w, tt.h), tt.keys...)
			out := plain(m)
			checkSize(t, out, tt.w, tt.h)
			golden.RequireEqual(t, out)
		})
	}
}

// checkSize fails unless screen is h lines of at most w cells.
func checkSize(t *testing.T, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("screen has %d lines, want at most %d", len(lines), h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("line %d is %d cells wide, want at most %d: %q", i, lw, w, l)
		}
	}
}

// TestViewStates covers the screens without an article: loading and the
// error of a file that vanished.
func TestViewStates(t *testing.T) {
	t.Run("loading", func(t *testing.T) {
		m := New(t.Context(), []source.Source{{Name: "slow.txt", Path: "slow.txt"}}, Options{NoColor: true})
		m = step(t, m, tea.WindowSizeMsg{Width: 80, Height: 10})
		golden.RequireEqual(t, plain(m))
	})
	t.Run("error", func(t *testing.T) {
		srcs := []source.Source{{Name: "gone.txt", Path: t.TempDir() + "/gone.txt"}, {Name: "other.txt", Data: []byte("Other\n\nText.")}}
		m := New(t.Context(), srcs, Options{NoColor: true})
		m = step(t, m, tea.WindowSizeMsg{Width: 80, Height: 12})
		m = step(t, m, runCmd(m.Init())...)
		out := plain(m)
		if !strings.Contains(out, "Could not open gone.txt") {
			t.Fatalf("no error shown:\n%s", out)
		}
		if m.state != stateError {
			t.Fatalf("state = %v, want stateError", m.state)
		}
		// ] still opens the other article.
		m = keys(t, m, "]")
		if m.state != stateReading || m.cur != 1 {
			t.Fatalf("after ]: state %v, article %d; want reading article 1", m.state, m.cur)
		}
	})
	t.Run("error-golden", func(t *testing.T) {
		srcs := []source.Source{{Name: "empty.txt"}, {Name: "other.txt", Data: []byte("Other\n\nText.")}}
		m := New(t.Context(), srcs, Options{NoColor: true})
		m = step(t, m, tea.WindowSizeMsg{Width: 100, Height: 12})
		m = step(t, m, runCmd(m.Init())...)
		golden.RequireEqual(t, plain(m))
	})
	t.Run("no sources", func(t *testing.T) {
		m := New(t.Context(), nil, Options{NoColor: true})
		m = step(t, m, tea.WindowSizeMsg{Width: 40, Height: 6})
		m = step(t, m, runCmd(m.Init())...)
		if !strings.Contains(plain(m), "nothing to read") {
			t.Fatalf("no message:\n%s", plain(m))
		}
	})
}

// TestSizes resizes through tiny and huge screens in every mode: nothing
// panics and the screen never exceeds the terminal.
func TestSizes(t *testing.T) {
	sizes := [][2]int{{1, 1}, {10, 3}, {20, 5}, {300, 100}, {0, 0}, {89, 30}, {90, 30}, {2, 40}, {200, 2}}
	modes := [][]string{nil, {"tab"}, {"tab", "tab"}, {"?"}, {"s"}, {"/"}}
	for _, mode := range modes {
		for _, sz := range sizes {
			t.Run(fmt.Sprintf("%v/%dx%d", mode, sz[0], sz[1]), func(t *testing.T) {
				m := keys(t, fixtureModel(t, 120, 40), mode...)
				m = step(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				m = keys(t, m, "j", "G", "n")
				checkSize(t, plain(m), max(sz[0], 0), max(sz[1], 1))
				// And straight back: a rapid resize.
				m = step(t, m, tea.WindowSizeMsg{Width: 120, Height: 40})
				checkSize(t, plain(m), 120, 40)
			})
		}
	}
}
