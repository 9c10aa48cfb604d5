package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/byline-reader/byline/source"
)

// TestErrWhenNothingOpened checks what the reader's exit reports (issue
// 14, bug 10): an error when it opened nothing because its input failed,
// nil when it showed an article or was quit before its first one loaded.
func TestErrWhenNothingOpened(t *testing.T) {
	srv := testServer(t)
	good := source.Source{Name: "a.txt", Data: []byte("Alpha Story Here\n\nBody one.\n")}
	for _, tc := range []struct {
		name    string
		sources []source.Source
		started bool   // run Init and its commands
		want    string // a piece of Err(), "" for nil
	}{
		{"empty directory", []source.Source{{Name: "empty", Dir: t.TempDir()}}, true, "no .txt, .md or .html files"},
		{"page not found", []source.Source{{Name: "gone", URL: srv.URL + "/missing"}}, true, "404"},
		{"an article shown", []source.Source{good}, true, ""},
		{"an article, then a failed one", []source.Source{good, {Name: "empty", Dir: t.TempDir()}}, true, ""},
		{"quit while loading", []source.Source{good}, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := New(context.Background(), tc.sources, Options{NoColor: true})
			if tc.started {
				m = start(t, m, 100, 24)
			}
			err := m.Err()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Err() = %v, want nil", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("Err() = %v, want one with %q", err, tc.want)
			}
		})
	}
}

// TestFailedInputs checks that inputs the command line could not read are
// named in the status bar and listed in the `o` list (issue 14, bug 2).
func TestFailedInputs(t *testing.T) {
	good := source.Source{Name: "a.txt", Data: []byte("Alpha Story Here\n\nBody one.\n")}
	one := []error{errors.New("gone.txt: no such file")}
	m := start(t, New(context.Background(), []source.Source{good}, Options{NoColor: true, Failed: one}), 100, 24)
	if s := plain(m); !strings.Contains(s, "could not open gone.txt: no such file") {
		t.Errorf("status bar does not name the failure:\n%s", s)
	}
	m = press1(t, m, "o")
	if s := plain(m); !strings.Contains(s, "gone.txt: no such file") || !strings.Contains(s, "could not be opened") {
		t.Fatalf("the o list does not list the failure:\n%s", s)
	}
	m = press1(t, m, "j", "enter")
	if m.over.libList.Shown() || m.cur != 0 || !strings.Contains(plain(m), "gone.txt: no such file") {
		t.Errorf("enter on a failed input: cur %d; screen:\n%s", m.cur, plain(m))
	}

	two := append(one, errors.New("empty.txt: nothing to read (empty file)"))
	m = start(t, New(context.Background(), []source.Source{good}, Options{NoColor: true, Failed: two, Notice: "history off"}), 120, 24)
	if s := plain(m); !strings.Contains(s, "could not open 2 inputs") || !strings.Contains(s, "history off") {
		t.Errorf("status bar:\n%s", s)
	}
}
