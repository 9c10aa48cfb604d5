// Package web opens articles on the web: it fetches a URL (Fetch, the
// only I/O, with timeouts, size and redirect limits and progress reports),
// extracts the article from an HTML page (ParseHTML: readability, then
// Markdown for Glamour) and reads RSS, Atom and JSON feeds (ParseFeed).
//
// Every string a Page, Feed or Item holds is valid UTF-8 with no escape
// sequences, control characters (but newline and tab in bodies) or bidi
// controls, so the UI can show it as it is.
package web

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"
)

// Kind is what a fetched URL turned out to be.
type Kind uint8

// The kinds of page Fetch returns.
const (
	// KindArticle is an HTML page reduced to its article: Body is Markdown.
	KindArticle Kind = iota
	// KindText is a text/plain (or text/markdown) document: Body is its text.
	KindText
	// KindFeed is an RSS, Atom or JSON feed: Feed lists its items.
	KindFeed
)

// String names the kind for messages: "article", "text" or "feed".
func (k Kind) String() string {
	switch k {
	case KindArticle:
		return "article"
	case KindText:
		return "text"
	case KindFeed:
		return "feed"
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Page is what a URL or an HTML file holds.
type Page struct {
	// URL is the page's address after redirects, or the URL given to
	// ParseHTML ("" for a local file read without one).
	URL string
	// Kind says which of Body and Feed is set.
	Kind Kind
	// Title is the article's headline (or the feed's title), or "".
	Title string
	// Byline names the author(s) without a leading "By " ("Jane Doe"), or "".
	Byline string
	// SiteName is the publication ("NPR"), or "".
	SiteName string
	// Published is the publication time, or the zero Time when the page
	// does not say.
	Published time.Time
	// Excerpt is the page's summary (its description meta tag), or "".
	Excerpt string
	// Body is the article as Markdown (Kind KindArticle) or the document's
	// text (Kind KindText); "" for a feed.
	Body string
	// Feed is the feed (Kind KindFeed), else nil.
	Feed *Feed
}

// Feed is an RSS, Atom or JSON feed.
type Feed struct {
	// Title is the feed's title, or "".
	Title string
	// Link is the feed's web site, or "".
	Link string
	// Description says what the feed is about, as plain text, or "".
	Description string
	// Items are the feed's entries in the feed's order (usually newest first).
	Items []Item
}

// Item is one entry of a feed.
type Item struct {
	// Title is the item's title, or "" (then Summary names it).
	Title string
	// Link is the absolute URL of the item's page, or "" when it has none.
	Link string
	// Published is when the item was published (or else updated), or the
	// zero Time.
	Published time.Time
	// Summary is the item's description as plain text on one line,
	// shortened to about MaxSummary characters, or "".
	Summary string
}

// MaxSummary is the length, in characters, beyond which an item's summary
// is cut (at a word, with "…").
const MaxSummary = 300

// IsMarkdown reports whether the page's Body is Markdown: an article's
// always is, a text document's when its URL ends in a Markdown extension.
func (p *Page) IsMarkdown() bool {
	return p.Kind == KindArticle || p.Kind == KindText && isMarkdownPath(p.URL)
}

// Dateline is the line shown under the headline: the site name (else
// the URL's host) and the publication date, "NPR · April 12, 2017",
// either alone, or "".
func (p *Page) Dateline() string {
	var parts []string
	if site := p.SiteName; site != "" {
		parts = append(parts, site)
	} else if u, err := url.Parse(p.URL); err == nil && u.Hostname() != "" {
		parts = append(parts, strings.TrimPrefix(u.Hostname(), "www."))
	}
	if !p.Published.IsZero() {
		parts = append(parts, p.Published.Format("January 2, 2006"))
	}
	return strings.Join(parts, " · ")
}

// isMarkdownPath reports whether the path of rawURL ends in a Markdown
// extension.
func isMarkdownPath(rawURL string) bool {
	path, _, _ := strings.Cut(rawURL, "?")
	path, _, _ = strings.Cut(path, "#")
	path = strings.ToLower(path)
	for _, ext := range []string{".md", ".markdown", ".mdown", ".mkd"} {
		if strings.HasSuffix(path, ext) {
			return true
		}
	}
	return false
}

// IsURL reports whether arg names a URL rather than a file: it starts with
// a scheme and "://" ("https://...", but also "ftp://..." so that Fetch
// can refuse it with a clear message). A path that merely contains a
// colon, or a Windows drive letter ("C:\..."), is not a URL.
func IsURL(arg string) bool {
	scheme, rest, ok := strings.Cut(arg, "://")
	if !ok || len(scheme) < 2 || rest == "" {
		return false
	}
	for i, r := range scheme {
		letter := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || !('0' <= r && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return false
		}
	}
	return true
}

// IsHTMLFile reports whether path names an HTML file by its extension
// (.html, .htm, .xhtml), which opens like a web page (ParseHTML).
func IsHTMLFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return false
}
