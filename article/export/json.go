package export

import (
	"bytes"
	"encoding/json"

	"github.com/byline-reader/byline/article"
)

// jsonQuote is one quote as exported.
type jsonQuote struct {
	Text        string  `json:"text"`
	Speaker     *string `json:"speaker"` // null when unknown
	Attribution string  `json:"attribution"`
	Offset      int     `json:"offset"`
}

// jsonDoc is the JSON export.
type jsonDoc struct {
	Title    string      `json:"title"`
	URL      string      `json:"url,omitempty"`
	Source   string      `json:"source,omitempty"`
	Byline   string      `json:"byline,omitempty"`
	Dateline string      `json:"dateline,omitempty"`
	People   []person    `json:"people"`
	Quotes   []jsonQuote `json:"quotes"`
}

// JSON returns a's quotes and people as one indented JSON object:
//
//	{"title", "url", "source", "byline", "dateline",
//	 "people": [{"name", "aliases", "role", "mentions"}],
//	 "quotes": [{"text", "speaker", "attribution", "offset"}]}
//
// with the same field meanings as byline --json: speaker is null when
// unknown, attribution is "explicit", "inferred" or "none", and offset is
// the quote's byte offset in the article body. Empty url, source, byline
// and dateline are left out.
func JSON(a *article.Article, url string) string {
	doc := jsonDoc{Title: a.Title, URL: url, Source: a.Source, Byline: a.Byline, Dateline: a.Dateline,
		People: people(a), Quotes: []jsonQuote{}}
	for _, q := range a.Analysis.Quotes {
		jq := jsonQuote{Text: q.Text, Attribution: attribution(q.How), Offset: q.Span.Start}
		if q.Speaker != "" {
			speaker := q.Speaker
			jq.Speaker = &speaker
		}
		doc.Quotes = append(doc.Quotes, jq)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	// Encoding strings, ints and slices of them cannot fail.
	_ = enc.Encode(doc)
	return b.String()
}
