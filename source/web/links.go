package web

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The reader shows a page's links and images as terminal hyperlinks
// (OSC 8), which the terminal opens on a click. A page's own links may
// point anywhere: <a href="file:///home/">, <a href="data:text/html,…">,
// <a href="javascript:…">, <img src="data:image/png;base64,…">. Only
// http, https and mailto targets reach the Markdown: any other link
// keeps its text and loses its target, and any other image goes.

// keepWebLinks unwraps every <a> under n whose target, resolved against
// base (nil when the page has no URL), is not http, https or mailto, and
// removes every <img> whose source is not http or https.
func keepWebLinks(n *html.Node, base *url.URL) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		keepWebLinks(c, base)
		if c.Type == html.ElementNode {
			switch {
			case c.DataAtom == atom.A && hasAttr(c, "href") && !webTarget(attr(c, "href"), base, "http", "https", "mailto"):
				unwrap(c)
			case c.DataAtom == atom.Img && !webTarget(attr(c, "src"), base, "http", "https"):
				n.RemoveChild(c)
			}
		}
		c = next
	}
}

// webTarget reports whether ref, resolved against base, has one of the
// schemes.
func webTarget(ref string, base *url.URL, schemes ...string) bool {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	for _, s := range schemes {
		if strings.EqualFold(u.Scheme, s) {
			return true
		}
	}
	return false
}

// unwrap puts n's children in its place.
func unwrap(n *html.Node) {
	parent := n.Parent
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
		parent.InsertBefore(c, n)
	}
	parent.RemoveChild(n)
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
