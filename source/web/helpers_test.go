package web

import (
	"strings"
	"testing"
	"unicode"

	"github.com/byline-reader/byline/internal/safetext"
	"golang.org/x/net/html"
)

func mustParse(t testing.TB, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// dropRune reports whether r must not be in a Page's text: a control but
// newline and tab, an invisible format rune (safetext.Invisible), or a
// soft hyphen.
func dropRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case unicode.IsControl(r), safetext.Invisible(r), r == 0xad:
		return true
	}
	return false
}
