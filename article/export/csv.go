package export

import (
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/byline-reader/byline/article"
)

// csvHeader names the columns of the CSV export.
var csvHeader = []string{"source", "type", "name", "role", "mentions", "text", "attribution", "offset"}

// CSV returns a's people and quotes as one CSV table (RFC 4180,
// with a header row) that a spreadsheet can filter by its first columns,
// the article's source (as in JSON, so that the rows of several articles
// can share one table) and the row's type:
//
//	source,type,name,role,mentions,text,attribution,offset
//	bridge.txt,person,Ana Delgado,Mayor,12,,,
//	bridge.txt,quote,Ana Delgado,,,"The bridge opens...",explicit,1234
//
// A quote's name is its speaker ("" when unknown), its attribution
// "explicit", "inferred" or "none", and its offset the byte offset of its
// text in the article body. People come first, in the order of their
// first mention, then quotes in the order of the text. Cells are written
// as they are, not guarded against spreadsheet formulas.
func CSV(a *article.Article, url string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	// A strings.Builder never fails, so neither does the csv.Writer.
	_ = w.Write(csvHeader)
	doc := NewDocument(a, a.Source, url)
	for _, p := range doc.People {
		_ = w.Write([]string{doc.Source, "person", p.Name, p.Role, strconv.Itoa(p.Mentions), "", "", ""})
	}
	for _, q := range doc.Quotes {
		_ = w.Write([]string{doc.Source, "quote", speakerName(q), "", "", q.Text, q.Attribution.String(), strconv.Itoa(q.Offset)})
	}
	w.Flush()
	return b.String()
}

// speakerName is q's speaker, or "" when unknown.
func speakerName(q DocQuote) string {
	if q.Speaker == nil {
		return ""
	}
	return *q.Speaker
}
