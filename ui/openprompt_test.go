package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/byline-reader/byline/source"
)

// openDir makes a directory of invented articles and makes it the
// working directory, so that the prompt's paths are short and the same
// on every machine.
func openDir(t *testing.T) {
	t.Helper()
	t.Chdir(makeOpenDir(t))
}

// makeOpenDir makes the directory of openDir and returns its path.
func makeOpenDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"harbor-bridge.txt":    "Harbor Bridge Reopens\n\nThe bridge reopened on Thursday.",
		"harbor-ferry.md":      "# Ferry Service Resumes\n\nThe ferry runs again.",
		"council.txt":          "Council Votes\n\nThe council voted.",
		"photo.png":            "not an article",
		".draft.txt":           "Draft\n\nA hidden draft.",
		"notes/zoning.txt":     "Zoning Board Meets\n\nThe board met on Monday.",
		"notes/zoning-old.txt": "Old Zoning\n\nAn older story.",
	}
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// typeIn presses the keys of each rune of s.
func typeIn(t *testing.T, m *Model, s string) *Model {
	t.Helper()
	for _, r := range s {
		m = press1(t, m, string(r))
	}
	return m
}

func TestOpenPromptCompletes(t *testing.T) {
	openDir(t)
	m := press1(t, reader(t, 100, 30), "O")
	if !m.over.openLine.active {
		t.Fatal("O did not open the prompt")
	}
	if s := plain(m); !strings.Contains(s, "open:") || !strings.Contains(s, "tab complete") {
		t.Errorf("the empty prompt lacks its line or keys:\n%s", s)
	}
	steps := []struct {
		typed, keys string
		want        string   // the line after the keys
		shown       []string // candidates listed
		hidden      []string // entries not listed
	}{
		{"h", "", "h", []string{"harbor-bridge.txt", "harbor-ferry.md"}, []string{"council.txt"}},
		{"", "tab", "harbor-", []string{"harbor-bridge.txt", "harbor-ferry.md"}, nil},
		{"", "tab", "harbor-bridge.txt", []string{"harbor-bridge.txt"}, []string{"harbor-ferry.md"}},
	}
	for _, st := range steps {
		m = typeIn(t, m, st.typed)
		if st.keys != "" {
			m = press1(t, m, st.keys)
		}
		if got := m.over.openLine.input.Value(); got != st.want {
			t.Fatalf("after %q %s: line %q, want %q", st.typed, st.keys, got, st.want)
		}
		s := plain(m)
		for _, w := range st.shown {
			if !strings.Contains(s, w) {
				t.Errorf("line %q: %q not listed:\n%s", st.want, w, s)
			}
		}
		for _, w := range st.hidden {
			if strings.Contains(s, w) {
				t.Errorf("line %q: %q listed:\n%s", st.want, w, s)
			}
		}
	}
	m = press1(t, m, "enter")
	if m.over.openLine.active || m.cur != 2 || !strings.Contains(plain(m), "Harbor Bridge Reopens") {
		t.Fatalf("enter: prompt %v, cur %d, note %q:\n%s", m.over.openLine.active, m.cur, m.note, plain(m))
	}
	m = press1(t, m, "o")
	if s := plain(m); !strings.Contains(s, "Harbor Bridge Reopens") || !strings.Contains(s, "3 articles") {
		t.Errorf("the o list lacks the article opened:\n%s", s)
	}
}

func TestOpenPromptDirectories(t *testing.T) {
	openDir(t)
	m := typeIn(t, press1(t, reader(t, 100, 30), "O"), "no")
	m = press1(t, m, "tab")
	if got := m.over.openLine.input.Value(); got != "notes/" {
		t.Fatalf("no + tab: %q, want notes/", got)
	}
	m = press1(t, m, "tab")
	if got := m.over.openLine.input.Value(); got != "notes/zoning" {
		t.Fatalf("notes/ + tab: %q, want notes/zoning", got)
	}
	m = typeIn(t, m, ".")
	if s := plain(m); !strings.Contains(s, "zoning.txt") || strings.Contains(s, "zoning-old") {
		t.Errorf("notes/zoning.: candidates:\n%s", s)
	}
	// Hidden files are candidates once the name typed starts with a dot.
	m = press1(t, press1(t, m, "esc"), "O")
	if s := plain(m); strings.Contains(s, ".draft") {
		t.Errorf("a hidden file is listed before a dot is typed:\n%s", s)
	}
	m = typeIn(t, m, ".")
	if s := plain(m); !strings.Contains(s, ".draft.txt") {
		t.Errorf("a dot does not list the hidden file:\n%s", s)
	}
	// A directory opens all its articles.
	m = press1(t, typeIn(t, press1(t, m, "esc", "O"), "notes"), "enter")
	if len(m.sources) != 4 || !strings.Contains(plain(m), "2 articles") && !strings.Contains(m.note, "opened 2 articles") {
		t.Errorf("notes: %d sources, note %q", len(m.sources), m.note)
	}
}

func TestOpenPromptErrors(t *testing.T) {
	openDir(t)
	m := reader(t, 100, 30)
	m = press1(t, typeIn(t, press1(t, m, "O"), "missing.txt"), "enter")
	if m.cur != 0 || len(m.sources) != 2 || !strings.Contains(plain(m), "could not open missing.txt") {
		t.Errorf("a missing file: cur %d, %d sources:\n%s", m.cur, len(m.sources), plain(m))
	}
	// esc cancels; the same file twice is one source.
	m = press1(t, typeIn(t, press1(t, m, "O"), "council.txt"), "esc")
	if m.over.openLine.active || len(m.sources) != 2 {
		t.Fatalf("esc: prompt %v, %d sources", m.over.openLine.active, len(m.sources))
	}
	for range 2 {
		m = press1(t, typeIn(t, press1(t, m, "O"), "./council.txt"), "enter")
		m = press1(t, m, "[")
	}
	if len(m.sources) != 3 {
		t.Errorf("council.txt opened twice makes %d sources, want 3", len(m.sources))
	}
}

// TestOpenPromptView is the prompt over the reader, with candidates, in
// testdata/TestOpenPromptView.
func TestOpenPromptView(t *testing.T) {
	dir := makeOpenDir(t)
	for _, tt := range []struct {
		name  string
		w, h  int
		typed string
	}{
		{"empty-80x24", 80, 24, ""},
		{"candidates-80x24", 80, 24, "harbor"},
		{"narrow-40x12", 40, 12, "notes/"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// The working directory is dir while the prompt lists it,
			// and the package's again for the golden file.
			wd, err := os.Getwd()
			if err != nil || os.Chdir(dir) != nil {
				t.Fatal("cannot change to the test directory")
			}
			m := typeIn(t, press1(t, fixtureModel(t, tt.w, tt.h), "O"), tt.typed)
			if err := os.Chdir(wd); err != nil {
				t.Fatal(err)
			}
			out := plain(m)
			checkSize(t, out, tt.w, tt.h)
			golden.RequireEqual(t, out)
		})
	}
}

// TestOpenPromptFromNothing opens an article in a reader that had none
// to show (an empty directory): O still works, and the reader then has
// opened something.
func TestOpenPromptFromNothing(t *testing.T) {
	openDir(t)
	empty := t.TempDir()
	m := start(t, New(t.Context(), []source.Source{{Name: empty, Dir: empty}}, Options{NoColor: true}), 100, 30)
	if m.state != stateError {
		t.Fatalf("an empty directory: state %d", m.state)
	}
	m = press1(t, typeIn(t, press1(t, m, "O"), "council.txt"), "enter")
	if !strings.Contains(plain(m), "Council Votes") || m.Err() != nil {
		t.Errorf("Err %v; screen:\n%s", m.Err(), plain(m))
	}
}

// TestOpenPromptLinks completes through symbolic links: a link to a
// directory as a directory, a link to an article as a file.
func TestOpenPromptLinks(t *testing.T) {
	openDir(t)
	if os.Symlink("notes", "archive") != nil || os.Symlink("council.txt", "latest.txt") != nil {
		t.Skip("no symbolic links here")
	}
	m := press1(t, typeIn(t, press1(t, reader(t, 100, 30), "O"), "ar"), "tab")
	if got := m.over.openLine.input.Value(); got != "archive/" {
		t.Errorf("ar + tab: %q, want archive/", got)
	}
	m = press1(t, typeIn(t, press1(t, m, "esc", "O"), "la"), "tab")
	if got := m.over.openLine.input.Value(); got != "latest.txt" {
		t.Errorf("la + tab: %q, want latest.txt", got)
	}
}

// TestOpenPromptTabBeforeListing checks that a tab pressed before the
// directory's listing is in completes the line once it comes, as a fast
// typist expects, and that a key typed after it cancels the wait.
func TestOpenPromptTabBeforeListing(t *testing.T) {
	p := newOpenPrompt(NewStyles(true, true))
	p.Open(80)
	for _, k := range []string{"s", "u", "tab"} {
		p, _ = p.Update(press(k))
	}
	p, cmd := p.Update(candidatesMsg{dir: "", names: []string{"sub/", "alpha.txt"}})
	if got := p.input.Value(); got != "sub/" {
		t.Fatalf("tab before the listing: line %q, want sub/", got)
	}
	if cmd == nil {
		t.Error("the completed directory is not listed")
	}

	p.Open(80)
	for _, k := range []string{"s", "tab", "x"} {
		p, _ = p.Update(press(k))
	}
	p, _ = p.Update(candidatesMsg{dir: "", names: []string{"sub/"}})
	if got := p.input.Value(); got != "sx" {
		t.Errorf("a key after the tab: line %q, want sx", got)
	}
}
