package web

import (
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// ParseHTML extracts the article from an HTML page: its main content,
// found by readability (the algorithm of Firefox's Reader View) and
// converted to Markdown with links kept, and its metadata (title, byline,
// site name, publication date) from meta tags, JSON-LD and the page.
// pageURL, which may be "", makes relative links absolute. The encoding
// comes from a byte order mark or a <meta charset>; valid UTF-8 is taken
// as UTF-8 and anything else as Windows-1252.
//
// ParseHTML is pure: no I/O. It returns an error wrapping ErrNoArticle
// when the page has no readable text.
func ParseHTML(data []byte, pageURL string) (*Page, error) {
	return parseHTML(data, "", pageURL)
}

// parseHTML is ParseHTML with the Content-Type header the page came with.
func parseHTML(data []byte, contentType, pageURL string) (*Page, error) {
	base, err := url.Parse(pageURL)
	if err != nil || pageURL == "" {
		base = nil
	}
	doc, err := html.Parse(strings.NewReader(decodeText(data, contentType)))
	if err != nil { // html.Parse fails only when its reader does
		return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	shownDate := pageDate(doc) // before readability takes the page apart
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	p := &Page{
		URL:      pageURL,
		Kind:     KindArticle,
		Title:    oneLine(art.Title()),
		Byline:   cleanByline(art.Byline()),
		SiteName: oneLine(art.SiteName()),
		Excerpt:  oneLine(art.Excerpt()),
	}
	if t, err := art.PublishedTime(); err == nil {
		p.Published = t
	} else if t, err := art.ModifiedTime(); err == nil {
		p.Published = t
	}
	if p.Published.IsZero() {
		p.Published = shownDate
	}
	if art.Node != nil {
		md, err := toMarkdown(art.Node, base)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrNoArticle, err)
		}
		p.Body = trimEdges(md, p.Title, p.Byline)
	}
	if leadingJunk(p.Excerpt, p.Title, p.Byline) { // readability's fallback took a byline line
		p.Excerpt = ""
	}
	if strings.TrimSpace(p.Body) == "" {
		return nil, ErrNoArticle
	}
	return p, nil
}

// cleanByline returns a byline on one line without a leading "By ".
func cleanByline(s string) string {
	s = oneLine(s)
	for _, by := range []string{"By ", "by ", "BY "} {
		if after, ok := strings.CutPrefix(s, by); ok {
			return strings.TrimSpace(after)
		}
	}
	return s
}
