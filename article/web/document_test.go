package web_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/web"
)

// TestDocumentParses checks that a page's Document is what article.Parse
// expects: Markdown with front matter for an article, text for text.
func TestDocumentParses(t *testing.T) {
	data, err := os.ReadFile("testdata/meta-byline.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := web.ParseHTML(data, "https://news.example.org/2024/03/14/rail-yard-housing")
	if err != nil {
		t.Fatal(err)
	}
	name, doc := p.Document()
	a, err := article.Parse(name, doc)
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != article.Markdown || a.Title != p.Title || a.Byline != "By Maria Okafor" || a.Dateline != "2024-03-14" {
		t.Errorf("article: format %v, title %q, byline %q, dateline %q", a.Format, a.Title, a.Byline, a.Dateline)
	}
	if !strings.HasPrefix(a.Body, "The Riverside City Council voted") || strings.Contains(a.Body, "site:") {
		t.Errorf("body starts %q", a.Body[:min(len(a.Body), 80)])
	}
	if got := p.Dateline(); got != "Riverside Public Radio · March 14, 2024" {
		t.Errorf("Dateline() = %q", got)
	}

	text := &web.Page{Kind: web.KindText, URL: "https://x.example/notes.txt", Body: "Plain words."}
	if name, doc := text.Document(); name != "page.txt" || string(doc) != "Plain words." {
		t.Errorf("text document %q %q", name, doc)
	}
	md := &web.Page{Kind: web.KindText, URL: "https://x.example/README.md?raw=1", Body: "# Hi"}
	if name, _ := md.Document(); name != "page.md" {
		t.Errorf("markdown text named %q", name)
	}
	if name, doc := (&web.Page{Kind: web.KindFeed}).Document(); name != "" || doc != nil {
		t.Errorf("feed document %q %q", name, doc)
	}
}

func TestDateline(t *testing.T) {
	day := time.Date(2017, 4, 12, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		p    web.Page
		want string
	}{
		{web.Page{SiteName: "NPR", Published: day}, "NPR · April 12, 2017"},
		{web.Page{URL: "https://www.example.org/a", Published: day}, "example.org · April 12, 2017"},
		{web.Page{SiteName: "NPR"}, "NPR"},
		{web.Page{Published: day}, "April 12, 2017"},
		{web.Page{}, ""},
	}
	for _, tt := range tests {
		if got := tt.p.Dateline(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.p, got, tt.want)
		}
	}
}
