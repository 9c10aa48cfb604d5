// Package article turns raw bytes (plain text scraped from a web page,
// Markdown) into an Article: a cleaned body, its metadata, and the analysis
// of who is in the story and who said what.
package article

import "github.com/byline-reader/byline/article/extract"

// Format is the markup of an article's body.
type Format uint8

// The formats byline reads.
const (
	// Text is plain text: paragraphs separated by blank lines.
	Text Format = iota
	// Markdown is rendered with Glamour.
	Markdown
)

// Article is one cleaned, analysed article.
type Article struct {
	// Source names where it came from: a file path, "stdin" or "sample".
	Source string
	// Format is the markup of Body.
	Format Format
	// Title is the headline, or "" when none was found.
	Title string
	// Byline is the author line ("By Jane Doe"), or "".
	Byline string
	// Dateline is the publication or update line ("Updated at 2:45 p.m. ET"), or "".
	Dateline string
	// Credits are photo credits, copyright and similar lines that are
	// metadata, not body.
	Credits []string
	// Body is the cleaned text: for Text, paragraphs separated by one
	// blank line; for Markdown, the Markdown source without the title.
	Body string
	// Paragraphs are the spans of Body's paragraphs (blocks), in order.
	Paragraphs []extract.Span
	// Analysis holds people and quotes; its offsets index Body.
	Analysis extract.Analysis
}
