package pager

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// linkTarget finds the target of each OSC 8 hyperlink that opens.
var linkTarget = regexp.MustCompile("\x1b]8;[^;]*;([^\a\x1b]+)")

// TestLinksOnlyToTheWeb renders Markdown links of every kind: only http,
// https and mailto targets become hyperlinks on the screen; the others
// keep their text but link nowhere.
func TestLinksOnlyToTheWeb(t *testing.T) {
	tr, err := newTermRenderer(layoutKey{width: 60, style: "dark"})
	if err != nil {
		t.Fatal(err)
	}
	src := "See [the notes](file:///home/ann/notes.txt), [a page](https://example.com/x), " +
		"<data:text/html,hi>, [a shell](javascript:alert(1)), [Mail](MAILTO:desk@example.com), " +
		"[plain](http://example.org/) and [relative](../up.md)."
	out := strings.Join(renderMarkdown(tr, src, 60), "\n")
	var got []string
	for _, m := range linkTarget.FindAllStringSubmatch(out, -1) {
		if !slices.Contains(got, m[1]) {
			got = append(got, m[1])
		}
	}
	want := []string{"https://example.com/x", "MAILTO:desk@example.com", "http://example.org/"}
	if !slices.Equal(got, want) {
		t.Errorf("link targets %q, want %q", got, want)
	}
	for _, text := range []string{"the notes", "a shell", "relative", "data:text/html,hi"} {
		if !strings.Contains(out, text) {
			t.Errorf("the text %q is gone:\n%q", text, out)
		}
	}
}
