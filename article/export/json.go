package export

import (
	"bytes"
	"encoding/json"

	"github.com/byline-reader/byline/article"
)

// JSON returns a's Document (source a.Source, fetched from url) as one
// indented JSON object ending in a newline.
func JSON(a *article.Article, url string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	// A Document holds strings, ints, slices of them and attributions
	// that Analyze made: encoding it cannot fail.
	_ = enc.Encode(NewDocument(a, a.Source, url))
	return b.String()
}
