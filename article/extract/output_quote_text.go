package extract

import (
	"strings"
	"unicode"
)

// ShownQuote returns a quote's text as people read it apart from the
// sentence it stands in: without the commas and white space at its end
// that tie it to its attribution ("We are ready," she said gives
// We are ready). A quote that ends with a stop, a question or an
// exclamation keeps it. Quote.Text keeps the comma, as written, so that
// it and its span locate the quote; the sidebar, the copied quote and the
// Markdown export show ShownQuote.
func ShownQuote(text string) string {
	return strings.TrimRightFunc(text, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
}
