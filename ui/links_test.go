package ui

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/byline-reader/byline/source"
)

func TestCollectLinks(t *testing.T) {
	tests := []struct {
		name string
		md   string
		want []link
	}{
		{"inline", "See [the **council** notes](https://example.org/notes) today.",
			[]link{{"the council notes", "https://example.org/notes"}}},
		{"autolink and bare", "Mail <mailto:desk@example.org> or visit https://example.com/a.",
			[]link{{"mailto:desk@example.org", "mailto:desk@example.org"}, {"https://example.com/a", "https://example.com/a"}}},
		{"each target once", "[one](https://example.org/x) and [again](https://example.org/x)",
			[]link{{"one", "https://example.org/x"}}},
		{"control codes stripped", "[red\x07 text](https://example.org/a\x07)",
			[]link{{"red text", "https://example.org/a"}}},
		{"image alt as text", "[![a chart](c.png)](https://example.org/c)",
			[]link{{"a chart", "https://example.org/c"}}},
		{"none", "Plain words only.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := collectLinks(tt.md); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("collectLinks(%q) = %q, want %q", tt.md, got, tt.want)
			}
		})
	}
}

func TestOpenableLink(t *testing.T) {
	for u, want := range map[string]bool{
		"https://example.org/a": true, "HTTP://example.org": true, "mailto:a@example.org": true,
		"file:///etc/passwd": false, "javascript:alert(1)": false, "notes.md": false,
		"//example.org/x": false, "https://": false, "mailto:": false,
	} {
		if got := openableLink(u); got != want {
			t.Errorf("openableLink(%q) = %v, want %v", u, got, want)
		}
	}
}

// fakeOpener replaces the system opener for a test and records the URLs
// handed to it.
func fakeOpener(t *testing.T) *[]string {
	t.Helper()
	var mu sync.Mutex
	var got []string
	old := runOpener
	runOpener = func(u string) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, u)
		return nil
	}
	t.Cleanup(func() { runOpener = old })
	return &got
}

// linksReader is a reader of a Markdown article with a web link and a
// file: link.
func linksReader(t *testing.T) *Model {
	t.Helper()
	md := "# Bridge Notes\n\nRead [the minutes](https://example.org/minutes) first.\n\n" +
		"Then see [the local copy](file:///tmp/minutes.txt).\n"
	srcs := []source.Source{{Name: "notes.md", Data: []byte(md)}}
	return start(t, New(context.Background(), srcs, Options{NoColor: true}), 100, 30)
}

func TestLinkListOpens(t *testing.T) {
	got := fakeOpener(t)
	m := press1(t, linksReader(t), "L")
	if !m.tools.links.Shown() {
		t.Fatalf("L did not open the link list:\n%s", plain(m))
	}
	screen := plain(m)
	for _, want := range []string{"the minutes", "https://example.org/minutes", "the local copy", "file:///tmp/minutes.txt"} {
		if !strings.Contains(screen, want) {
			t.Errorf("link list lacks %q:\n%s", want, screen)
		}
	}
	m = press1(t, m, "enter")
	if m.tools.links.Shown() {
		t.Error("enter left the list open")
	}
	if want := []string{"https://example.org/minutes"}; !reflect.DeepEqual(*got, want) {
		t.Errorf("opener got %q, want %q", *got, want)
	}
	if !strings.Contains(plain(m), "opening https://example.org/minutes") {
		t.Errorf("status bar does not say opening:\n%s", plain(m))
	}
}

func TestLinkListRefusesFileLinks(t *testing.T) {
	got := fakeOpener(t)
	m := press1(t, linksReader(t), "L", "j", "enter")
	if len(*got) != 0 {
		t.Errorf("a file: link reached the opener: %q", *got)
	}
	if !strings.Contains(plain(m), "not opening file:") {
		t.Errorf("status bar does not say the link was refused:\n%s", plain(m))
	}
}

func TestLinkListOpenerError(t *testing.T) {
	old := runOpener
	runOpener = func(string) error { return errTestOpener }
	t.Cleanup(func() { runOpener = old })
	m := press1(t, linksReader(t), "L", "enter")
	if !strings.Contains(plain(m), "could not open https://example.org/minutes: no opener here") {
		t.Errorf("status bar does not give the opener's error:\n%s", plain(m))
	}
}

var errTestOpener = errorString("no opener here")

type errorString string

func (e errorString) Error() string { return string(e) }

func TestLinkListNoLinks(t *testing.T) {
	srcs := []source.Source{{Name: "plain.md", Data: []byte("# Quiet\n\nNo links at all here.\n")}}
	m := start(t, New(context.Background(), srcs, Options{NoColor: true}), 100, 30)
	m = press1(t, m, "L")
	if m.tools.links.Shown() || !strings.Contains(plain(m), "no links in this article") {
		t.Errorf("L on an article without links:\n%s", plain(m))
	}
}
