package web_test

import (
	"testing"
	"time"

	"github.com/byline-reader/byline/source/web"
)

// TestIsMarkdown checks which pages hold Markdown: an article always, a
// text document when its address ends in a Markdown extension.
func TestIsMarkdown(t *testing.T) {
	tests := []struct {
		p    web.Page
		want bool
	}{
		{web.Page{Kind: web.KindArticle, URL: "https://x.example/story"}, true},
		{web.Page{Kind: web.KindText, URL: "https://x.example/notes.txt"}, false},
		{web.Page{Kind: web.KindText, URL: "https://x.example/README.md?raw=1"}, true},
		{web.Page{Kind: web.KindText, URL: "https://x.example/guide.markdown#top"}, true},
		{web.Page{Kind: web.KindFeed, URL: "https://x.example/feed.md"}, false},
	}
	for _, tt := range tests {
		if got := tt.p.IsMarkdown(); got != tt.want {
			t.Errorf("%v %s: IsMarkdown = %v, want %v", tt.p.Kind, tt.p.URL, got, tt.want)
		}
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
