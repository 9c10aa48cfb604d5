package web

import (
	"bytes"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// verdict is what a content type says about a body before it is read.
type verdict uint8

const (
	isHTML  verdict = iota // extract the article
	isText                 // show as text
	isFeed                 // parse as a feed
	isXML                  // a feed if it looks like one, else refuse
	isSniff                // no useful type: look at the bytes
	refused                // anything else
)

// verdictOf classifies a Content-Type header value.
func verdictOf(contentType string) (v verdict, mediaType string) {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return isHTML, mt
	case "text/plain", "text/markdown", "text/x-markdown":
		return isText, mt
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
		"application/feed+json":
		return isFeed, mt
	case "text/xml", "application/xml", "application/json":
		return isXML, mt
	case "", "application/octet-stream", "binary/octet-stream", "application/unknown":
		return isSniff, mt
	}
	if strings.HasSuffix(mt, "+xml") {
		return isXML, mt
	}
	return refused, mt
}

// kindOf decides what a body is from its verdict and its bytes. ok is
// false when byline cannot show it.
func kindOf(v verdict, body []byte) (k Kind, ok bool) {
	switch v {
	case isHTML:
		if looksLikeXMLFeed(body) { // a feed served as text/html
			return KindFeed, true
		}
		return KindArticle, true
	case isText:
		if looksLikeXMLFeed(body) { // a feed served as text/plain
			return KindFeed, true
		}
		return KindText, true
	case isFeed:
		return KindFeed, true
	case isXML:
		return KindFeed, looksLikeFeed(body)
	case isSniff:
		if looksLikeFeed(body) {
			return KindFeed, true
		}
		sniffed, _ := verdictOf(http.DetectContentType(body))
		if sniffed == isHTML || sniffed == isText {
			return kindOf(sniffed, body)
		}
	}
	return 0, false
}

// looksLikeFeed reports whether body is an RSS, Atom or JSON feed by its
// root element or, for JSON, its version member.
func looksLikeFeed(body []byte) bool {
	switch gofeed.DetectFeedType(bytes.NewReader(body)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	case gofeed.FeedTypeJSON:
		head := body[:min(len(body), 4096)]
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	return false
}

// looksLikeXMLFeed reports whether body opens with an XML declaration or
// a feed's root element and is an RSS or Atom feed.
func looksLikeXMLFeed(body []byte) bool {
	head := bytes.TrimLeft(body[:min(len(body), 512)], "\ufeff \t\r\n")
	for _, p := range []string{"<?xml", "<rss", "<feed", "<rdf:RDF"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return looksLikeFeed(body)
		}
	}
	return false
}

// decodeText returns body as UTF-8. The encoding comes from a byte order
// mark, the charset of contentType, or a <meta charset> in the first
// kilobyte. Without a BOM or a charset parameter, a body that is valid
// UTF-8 is taken as UTF-8 whatever its <meta> says, and anything else
// as Windows-1252, the web's default.
func decodeText(body []byte, contentType string) string {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && utf8.Valid(body) || name == "utf-8" {
		return string(body)
	}
	text, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return string(body) // cleanText makes it valid UTF-8
	}
	return string(text)
}
