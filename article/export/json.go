package export

import (
	"bytes"
	"encoding/json"

	"github.com/byline-reader/byline/article"
)

// JSON returns a's Document (source a.Source, fetched from url) as one
// indented JSON object ending in a newline.
func JSON(a *article.Article, url string) string {
	return encode(NewDocument(a, a.Source, url), "  ")
}

// JSONLine returns a's Document as one line of JSON Lines: compact,
// ending in a newline, as byline --json prints it.
func JSONLine(a *article.Article, url string) string {
	return encode(NewDocument(a, a.Source, url), "")
}

// encode returns doc as JSON, indented by indent when it is not "",
// ending in a newline. "<", ">" and "&" are written as they are.
func encode(doc Document, indent string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	// A Document holds strings, ints, slices of them and attributions
	// that Analyze made: encoding it cannot fail.
	_ = enc.Encode(doc)
	return b.String()
}
