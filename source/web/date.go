package web

import (
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
)

// Readability finds the publication date in meta tags and JSON-LD. Many
// small sites have neither and show the date only in the page, so
// pageDate looks there too, for use when the metadata says nothing.

// dateClasses are class names that mark an element holding the
// publication date.
var dateClasses = []string{"published", "pubdate", "entry-date", "post-date", "article-date", "date-published", "publish-date"}

// pageDate returns the publication date shown in doc: the first <time
// datetime>, else the first element with itemprop="datePublished", else
// the first element with one of dateClasses whose text is a date. It
// returns the zero Time when there is none.
func pageDate(doc *html.Node) time.Time {
	var byTime, byProp, byClass time.Time
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case byTime.IsZero() && n.Data == "time":
				byTime = parseDate(attr(n, "datetime"))
			case byProp.IsZero() && attr(n, "itemprop") == "datePublished":
				byProp = firstDate(attr(n, "content"), attr(n, "datetime"), textOf(n))
			case byClass.IsZero() && hasClass(n, dateClasses):
				byClass = firstDate(attr(n, "datetime"), attr(n, "title"), textOf(n))
			}
			if !byTime.IsZero() {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, t := range []time.Time{byTime, byProp, byClass} {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// firstDate returns the first of values that parses as a date.
func firstDate(values ...string) time.Time {
	for _, v := range values {
		if t := parseDate(v); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// parseDate parses a date in any common layout ("2022-06-03",
// "June 3, 2022", "Fri, 03 Jun 2022 10:00:00 GMT"), or returns the zero
// Time. Strings longer than a date line are not tried.
func parseDate(s string) time.Time {
	s = oneLine(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	t, err := dateparse.ParseAny(s)
	if err != nil || t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}
	}
	return t
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether n has one of names among its classes.
func hasClass(n *html.Node, names []string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		for _, name := range names {
			if strings.EqualFold(c, name) {
				return true
			}
		}
	}
	return false
}

// textOf returns the text inside n, up to about 200 bytes.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 200 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
