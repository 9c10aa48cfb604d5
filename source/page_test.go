package source

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/source/web"
)

// TestPageArticle checks that a page's fields become the article's as
// they are, with no trace of front matter in the body.
func TestPageArticle(t *testing.T) {
	data, err := os.ReadFile("web/testdata/meta-byline.html")
	if err != nil {
		t.Fatal(err)
	}
	p, err := web.ParseHTML(data, "https://news.example.org/2024/03/14/rail-yard-housing")
	if err != nil {
		t.Fatal(err)
	}
	a, err := PageArticle(p, "ignored.html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != article.Markdown || a.Title != p.Title || a.Byline != "By Maria Okafor" ||
		a.Dateline != "Riverside Public Radio · March 14, 2024" || a.Source != p.URL {
		t.Errorf("article: format %v, title %q, byline %q, dateline %q, source %q", a.Format, a.Title, a.Byline, a.Dateline, a.Source)
	}
	if !strings.HasPrefix(a.Body, "The Riverside City Council voted") || strings.Contains(a.Body, "site:") {
		t.Errorf("body starts %q", a.Body[:min(len(a.Body), 80)])
	}
}

// TestPageArticleKinds covers the pages that are not articles from HTML:
// text documents, Markdown documents and feeds.
func TestPageArticleKinds(t *testing.T) {
	text := &web.Page{Kind: web.KindText, URL: "https://x.example/notes.txt", Body: "# Not A Heading\n\nPlain words here.\n"}
	a, err := PageArticle(text, "")
	if err != nil || a.Format != article.Text || a.Source != text.URL {
		t.Errorf("text document: %+v, %v", a, err)
	}
	md := &web.Page{Kind: web.KindText, URL: "https://x.example/README.md?raw=1", Body: "---\ntitle: Notes On Tides\n---\nThe tide came in.\n"}
	a, err = PageArticle(md, "")
	if err != nil || a.Format != article.Markdown || a.Title != "Notes On Tides" {
		t.Errorf("Markdown document: %+v, %v", a, err)
	}
	blank := &web.Page{Kind: web.KindText, URL: "https://x.example/blank.txt", Body: " \n"}
	if _, err := PageArticle(blank, ""); err == nil || strings.Count(err.Error(), blank.URL) != 1 {
		t.Errorf("blank document: error %v, want one naming the URL once", err)
	}
	feed := &web.Page{Kind: web.KindFeed, URL: "https://x.example/feed.xml", Feed: &web.Feed{Title: "Tide Tables"}}
	if _, err := PageArticle(feed, "feed.xml"); err == nil || !strings.Contains(err.Error(), "is a feed, not an article") {
		t.Errorf("feed: %v", err)
	}
}

// TestFeedArticle lists a feed's items under its title, and keeps the
// title as a heading when there are none.
func TestFeedArticle(t *testing.T) {
	day := time.Date(2025, 10, 2, 9, 30, 0, 0, time.UTC)
	feed := &web.Page{Kind: web.KindFeed, URL: "https://x.example/feed.xml", Feed: &web.Feed{Title: "Tide *Tables*", Items: []web.Item{
		{Title: "Spring Tides Arrive", Link: "https://x.example/spring", Published: day, Summary: "High water, twice."},
		{Link: "https://x.example/untitled"},
	}}}
	a, err := FeedArticle(feed)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Tide *Tables*" || a.Source != feed.URL {
		t.Errorf("title %q, source %q", a.Title, a.Source)
	}
	for _, want := range []string{"## Spring Tides Arrive", "October 2, 2025 · <https://x.example/spring>", "High water, twice\\.", "## https://x\\.example/untitled"} {
		if !strings.Contains(a.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, a.Body)
		}
	}
	feed.Feed.Items = nil
	if a, err = FeedArticle(feed); err != nil || a.Body != "# Tide \\*Tables\\*" {
		t.Errorf("empty feed: %+v, %v", a, err)
	}
}
