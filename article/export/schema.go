package export

import (
	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// Document is the JSON form of one analysed article, which byline --json
// prints one a line and --export json prints indented. Its fields, in
// this order:
//
//	{"source", "title", "url", "byline", "dateline",
//	 "people": [{"name", "aliases", "role", "mentions", "offsets"}],
//	 "quotes": [{"text", "speaker", "attribution", "offset"}]}
//
// source names where the article came from (a path, "stdin", "sample" or
// an address); url is the page's address when it was fetched from the web;
// url, byline and dateline are left out when empty. People come in the
// order of their first mention (extract.ByFirstMention); mentions counts
// them and offsets are their byte offsets in the article body. Quotes
// come in the order of the text: text is exactly what stands between the
// quotation marks (a trailing comma included), offset its byte offset in
// the body, speaker null when unknown, and attribution "explicit",
// "inferred" or "none" (extract.Attribution).
type Document struct {
	Source   string      `json:"source"`
	Title    string      `json:"title"`
	URL      string      `json:"url,omitempty"`
	Byline   string      `json:"byline,omitempty"`
	Dateline string      `json:"dateline,omitempty"`
	People   []DocPerson `json:"people"`
	Quotes   []DocQuote  `json:"quotes"`
}

// DocPerson is one person of a Document.
type DocPerson struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Role     string   `json:"role"`
	Mentions int      `json:"mentions"`
	Offsets  []int    `json:"offsets"`
}

// DocQuote is one quote of a Document.
type DocQuote struct {
	Text        string              `json:"text"`
	Speaker     *string             `json:"speaker"` // null when unknown
	Attribution extract.Attribution `json:"attribution"`
	Offset      int                 `json:"offset"`
}

// NewDocument returns the Document of a, which the caller has analysed
// (a.Analysis), named source, fetched from url ("" when not from the
// web). Empty lists are empty, never nil, so that JSON shows [].
func NewDocument(a *article.Article, source, url string) Document {
	an := &a.Analysis
	doc := Document{Source: source, Title: a.Title, URL: url, Byline: a.Byline, Dateline: a.Dateline,
		People: make([]DocPerson, 0, len(an.People)), Quotes: make([]DocQuote, 0, len(an.Quotes))}
	for _, i := range extract.ByFirstMention(an.People) {
		p := an.People[i]
		jp := DocPerson{Name: p.Name, Aliases: p.Aliases, Role: p.Role, Mentions: len(p.Mentions),
			Offsets: make([]int, 0, len(p.Mentions))}
		if jp.Aliases == nil {
			jp.Aliases = []string{}
		}
		for _, m := range p.Mentions {
			jp.Offsets = append(jp.Offsets, m.Start)
		}
		doc.People = append(doc.People, jp)
	}
	for _, q := range an.Quotes {
		jq := DocQuote{Text: q.Text, Attribution: q.How, Offset: q.Span.Start}
		if q.Speaker != "" {
			speaker := q.Speaker
			jq.Speaker = &speaker
		}
		doc.Quotes = append(doc.Quotes, jq)
	}
	return doc
}
