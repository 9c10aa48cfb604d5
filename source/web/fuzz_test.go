package web

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkClean fails when s is not valid UTF-8 or holds what must not reach
// a terminal; oneLine fields must also have no line breaks.
func checkClean(t *testing.T, field, s string, oneLine bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s is not valid UTF-8: %q", field, s)
	}
	if i := strings.IndexFunc(s, dropRune); i >= 0 {
		t.Errorf("%s holds a control at %d: %q", field, i, s)
	}
	if oneLine && strings.ContainsAny(s, "\n\t") {
		t.Errorf("%s spans lines: %q", field, s)
	}
}

func FuzzParseHTML(f *testing.F) {
	for _, name := range []string{"meta-byline.html", "figures.html", "comments.html"} {
		f.Add(readTestdata(f, name))
	}
	for _, s := range []string{
		"", "<p>", "<html><body><article><p>one</p><p>two</p></article></body></html>",
		"<title>\x1b]0;x\x07</title><p>" + strings.Repeat("long text here. ", 40) + "</p>",
		`<meta charset="shift_jis"><p>` + strings.Repeat("\x82\xa0", 300) + "</p>",
		"<ul><li><a href='javascript:alert(1)'>x</a></li></ul><pre>```</pre>",
		"<table><tr><td>" + strings.Repeat("cell ", 100) + "</td></tr></table>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseHTML(data, "https://example.org/a/b")
		if err != nil {
			return
		}
		checkClean(t, "Title", p.Title, true)
		checkClean(t, "Byline", p.Byline, true)
		checkClean(t, "SiteName", p.SiteName, true)
		checkClean(t, "Excerpt", p.Excerpt, true)
		checkClean(t, "Body", p.Body, false)
		if strings.TrimSpace(p.Body) == "" {
			t.Error("empty body without an error")
		}
	})
}

func FuzzParseFeed(f *testing.F) {
	for _, name := range []string{"feed.rss", "feed.atom", "feed.json"} {
		f.Add(readTestdata(f, name))
	}
	for _, s := range []string{
		"", "<rss/>", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="rel"/></entry></feed>`,
		`{"version":"https://jsonfeed.org/version/1","items":[{"url":"/x","title":"\u001b[31m"}]}`,
		`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Caf` + "\xe9" + `</title></item></channel></rss>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ParseFeed(data)
		if err != nil {
			return
		}
		checkClean(t, "Title", feed.Title, true)
		checkClean(t, "Link", feed.Link, true)
		for _, it := range feed.Items {
			checkClean(t, "item Title", it.Title, true)
			checkClean(t, "item Link", it.Link, true)
			checkClean(t, "item Summary", it.Summary, true)
			if it.Title == "" && it.Link == "" {
				t.Error("item with neither title nor link")
			}
			if n := utf8.RuneCountInString(it.Summary); n > MaxSummary+1 {
				t.Errorf("summary of %d runes", n)
			}
		}
	})
}
