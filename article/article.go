// Package article turns raw bytes (plain text scraped from a web page,
// Markdown) into an Article: a cleaned body, its metadata, and the analysis
// of who is in the story and who said what.
//
// It does no I/O: package source reads files, standard input and the web,
// and hands their bytes here. Parse is pure and runs in stages,
// one file each: decode (encodings, binary detection), safetext.Text
// (escape sequences and controls), then text (cleaning of scraped pages, with the
// line classifiers of classify) or markdown. Analyze runs package extract
// on the body, and Plain prints an article for a pipe.
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
	// Encoding names how the input was decoded: "UTF-8", "UTF-8 with
	// BOM", "UTF-8 (invalid bytes replaced)", "UTF-16LE", "UTF-16BE",
	// "UTF-32LE", "UTF-32BE" or "Windows-1252".
	Encoding string
	// Title is the headline, or "" when none was found.
	Title string
	// Byline is the author line ("By Jane Doe"), or "".
	Byline string
	// Dateline is the publication or update line ("Updated at 9:10 a.m. CT"), or "".
	Dateline string
	// Credits are photo credits, copyright and staff credit lines
	// ("Reporting by ..."), and any second byline or dateline: metadata,
	// not body. Each is one line, in the order of the input.
	Credits []string
	// Body is the cleaned text: for Text, paragraphs separated by one
	// blank line, each on one line; for Markdown, the Markdown source
	// without its front matter and title. Either way it is valid UTF-8
	// with no control characters but newline (and tab in Markdown).
	Body string
	// Paragraphs are the spans of Body's paragraphs (blocks), in order.
	Paragraphs []extract.Span
	// Analysis holds people and quotes; its offsets index Body.
	Analysis extract.Analysis
}
