package cli

import (
	"time"

	"github.com/byline-reader/byline/source/web"
)

// A feed given to --json is listed, not analysed: the people and quotes
// of a list of headlines mean nothing. Its object has the feed's title
// and, instead of people and quotes, its items, in the feed's order:
//
//	{"source":"https://example.com/feed.xml","title":"Example News",
//	 "items":[{"title":"Bridge Reopens","link":"https://example.com/bridge",
//	 "date":"2025-10-02T09:30:00Z"}]}
//
// An item's link and date are left out when the feed gives none.

// jsonFeed is the --json object of a feed.
type jsonFeed struct {
	Source string         `json:"source"`
	Title  string         `json:"title"`
	URL    string         `json:"url,omitempty"` // where the feed was fetched from, after redirects
	Items  []jsonFeedItem `json:"items"`
}

// jsonFeedItem is one item of a feed.
type jsonFeedItem struct {
	Title string `json:"title"`
	Link  string `json:"link,omitempty"`
	Date  string `json:"date,omitempty"` // RFC 3339
}

// newJSONFeed lists the items of page, a feed, read from source.
func newJSONFeed(page *web.Page, source string) jsonFeed {
	f := jsonFeed{Source: source, Title: page.Title, Items: []jsonFeedItem{}}
	if f.Title == "" {
		f.Title = page.Feed.Title
	}
	if page.URL != source {
		f.URL = page.URL
	}
	for _, it := range page.Feed.Items {
		item := jsonFeedItem{Title: it.Title, Link: it.Link}
		if !it.Published.IsZero() {
			item.Date = it.Published.Format(time.RFC3339)
		}
		f.Items = append(f.Items, item)
	}
	return f
}
