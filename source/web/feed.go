package web

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseFeed reads an RSS (0.9x, 1.0, 2.0), Atom or JSON feed. Each item
// keeps its title, link, date and a plain-text summary; items with
// neither a title nor a link are dropped. Relative item links are
// resolved against the feed's own link when it has one. ParseFeed is
// pure: no I/O. It returns an error wrapping ErrNotFeed for anything
// else.
func ParseFeed(data []byte) (*Feed, error) {
	return parseFeed(data, "")
}

// parseFeed is ParseFeed with the URL the feed was fetched from, against
// which relative links are resolved when the feed has no absolute link.
func parseFeed(data []byte, feedURL string) (*Feed, error) {
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(dropControls(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotFeed, firstLine(err.Error()))
	}
	f := &Feed{
		Title:       oneLine(plainText(gf.Title)),
		Description: oneLine(plainText(gf.Description)),
	}
	base, _ := url.Parse(feedURL)
	if link, err := url.Parse(strings.TrimSpace(gf.Link)); err == nil && link.IsAbs() {
		base = link
	}
	f.Link = resolve(base, gf.Link)
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		it := Item{
			Title: oneLine(plainText(gi.Title)),
			Link:  resolve(base, itemLink(gi)),
		}
		if gi.PublishedParsed != nil {
			it.Published = *gi.PublishedParsed
		} else if gi.UpdatedParsed != nil {
			it.Published = *gi.UpdatedParsed
		}
		summary := gi.Description
		if strings.TrimSpace(summary) == "" {
			summary = gi.Content
		}
		it.Summary = shorten(oneLine(plainText(summary)), MaxSummary)
		if it.Title == "" && it.Link == "" {
			continue
		}
		f.Items = append(f.Items, it)
	}
	return f, nil
}

// dropControls returns data without the C0 control bytes other than tab,
// newline and carriage return: XML forbids them even as character
// references, and a stray one would make a whole feed unreadable. Data in
// UTF-16 (which has NUL bytes) is returned as it is. It works on bytes,
// so feeds in Latin-1 or another ASCII-compatible encoding keep theirs.
func dropControls(data []byte) []byte {
	if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return data
	}
	out := make([]byte, 0, len(data))
	for _, b := range data {
		if b >= 0x20 || b == '\t' || b == '\n' || b == '\r' {
			out = append(out, b)
		}
	}
	return out
}

// itemLink returns an item's link, or else the first of its links, or
// else a GUID that is a URL.
func itemLink(gi *gofeed.Item) string {
	if strings.TrimSpace(gi.Link) != "" {
		return gi.Link
	}
	for _, l := range gi.Links {
		if strings.TrimSpace(l) != "" {
			return l
		}
	}
	if g := strings.TrimSpace(gi.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

// resolve returns ref made absolute against base, cleaned to one line;
// "" when ref is empty or not a URL, and ref itself when there is no base.
func resolve(base *url.URL, ref string) string {
	ref = oneLine(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && !u.IsAbs() {
		u = base.ResolveReference(u)
	}
	return u.String()
}

// plainText returns the text of an HTML fragment (feed summaries are
// usually HTML), with block elements and <br> as spaces. Text without
// markup comes back as it is, with its entities decoded.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return s
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "img", "figure", "iframe":
				return
			case "br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote":
				b.WriteByte(' ')
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return b.String()
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
