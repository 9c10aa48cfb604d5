package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"

	"charm.land/glamour/v2"
)

// linkPage is a news page whose links and images point at every kind of
// target.
const linkPage = `<!DOCTYPE html><html><head><title>Ferry Timetable Changes Next Month</title></head>
<body><article><h1>Ferry Timetable Changes Next Month</h1>
<p>The harbour authority will publish the <a href="https://ferries.example/timetable">new timetable</a>
on Monday, and the <a href="/notice">full notice</a> is online already, officials said on Friday.</p>
<p>Readers can open <a href="file:///home/reader/.ssh/id_ed25519">this local file</a>, run
<a href="javascript:alert(document.cookie)">this script</a>, load <a href="data:text/html,&lt;b&gt;hi">this data</a>,
see <a href="FILE:/etc/passwd">a shouted file</a>, <a href=" data:,spaced">a spaced one</a> or
<a href="jav&#x09;ascript:alert(1)">a split scheme</a>, fetch ftp://files.ferries.example/all.zip, or <a href="mailto:desk@ferries.example">write to the desk</a>.</p>
<p><img alt="a pixel" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><img alt="the quay" src="https://ferries.example/quay.jpg">
The changes add two evening crossings on weekdays and drop the first Sunday sailing, which carried few passengers last winter.</p>
<p>Season tickets bought before the change stay valid until they run out, the authority said in its statement.</p>
</article></body></html>`

// osc8 finds the target of each OSC 8 hyperlink that opens.
var osc8 = regexp.MustCompile("\x1b\\]8;[^;\x07\x1b]*;([^\x07\x1b]+)(?:\x07|\x1b\\\\)")

// linkNotes is a Markdown page whose links and images point at every
// kind of target, in every form Markdown has.
const linkNotes = `# Ferry Notes

The [new timetable](https://ferries.example/timetable) and the [notice](notice.html) are out.
Open [this local file](file:///home/reader/.ssh/id_ed25519), [this data](data:text/html,hi),
[a reference][ref], <file:///etc/passwd>, <ftp://files.ferries.example/all.zip>, ftp://files.ferries.example/x.zip or
<a href="FILE:/etc/hosts">raw html</a>, or [write to the desk](mailto:desk@ferries.example).

![a pixel](data:image/gif;base64,R0lGODlhAQABAAAAACw=) ![the quay](https://ferries.example/quay.jpg)

[ref]: data:text/html,ref
`

// TestMarkdownLinkTargets is TestLinkTargets for a Markdown page.
func TestMarkdownLinkTargets(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
		fmt.Fprint(w, linkNotes)
	}))
	t.Cleanup(srv.Close)
	p, err := Fetch(context.Background(), srv.URL+"/notes/ferry.md", quick())
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, p.Body, []string{"https://ferries.example/timetable", srv.URL + "/notes/notice.html",
		"mailto:desk@ferries.example", "https://ferries.example/quay.jpg"},
		[]string{"this local file", "this data", "a reference", "raw html", "the quay"})
}

// TestLinkTargets renders a page's Markdown with Glamour, as the reader
// does, and checks that every hyperlink goes to http, https or mailto,
// and that the text of the links dropped stays.
func TestLinkTargets(t *testing.T) {
	p, err := ParseHTML([]byte(linkPage), "https://ferries.example/news/changes")
	if err != nil {
		t.Fatal(err)
	}
	checkLinks(t, p.Body, []string{"https://ferries.example/timetable", "https://ferries.example/notice",
		"mailto:desk@ferries.example", "https://ferries.example/quay.jpg"},
		[]string{"this local file", "this script", "this data", "a shouted file", "a spaced one", "a split scheme",
			"ftp\\://files.ferries.example/all.zip"})
}

// checkLinks renders the Markdown md with Glamour and checks that every
// hyperlink goes to http, https or mailto, that there is one to each of
// want, and that md still holds each of texts but no link or image to
// another scheme.
func checkLinks(t *testing.T, md string, want, texts []string) {
	t.Helper()
	out, err := glamour.Render(md, "dark")
	if err != nil {
		t.Fatal(err)
	}
	var targets []string
	for _, m := range osc8.FindAllStringSubmatch(out, -1) {
		targets = append(targets, m[1])
		if !strings.HasPrefix(m[1], "https://") && !strings.HasPrefix(m[1], "http://") && !strings.HasPrefix(m[1], "mailto:") {
			t.Errorf("hyperlink to %q", m[1])
		}
	}
	for _, w := range want {
		if !slices.Contains(targets, w) {
			t.Errorf("no hyperlink to %s among %q", w, targets)
		}
	}
	for _, text := range texts {
		if !strings.Contains(md, text) {
			t.Errorf("the text %q is gone from\n%s", text, md)
		}
	}
	for _, gone := range []string{"](file:", "](FILE:", "](data:", "](javascript", "](ftp:", "base64", "<file:", "<ftp:"} {
		if strings.Contains(md, gone) {
			t.Errorf("%q is in the Markdown:\n%s", gone, md)
		}
	}
}
