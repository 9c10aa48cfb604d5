// Package export prints an article's analysis, its quotes (speaker, text,
// how the speaker was found) and its people (name, role, mentions), as
// Markdown, JSON or CSV, for `byline --export` and the reader's `e` key.
//
// The output is deterministic: the same article always gives the same
// bytes. People come in the order of their first mention, quotes in the
// order of the text. Every format is made from the one Document that
// --json prints. Every function is pure, and reads a.Analysis, which the
// caller fills (a.Analysis = article.Analyze(a, lx)); files are read and
// written at the edge, in package source (WriteExport, ArticleFiles).
package export

import (
	"fmt"
	"strings"

	"github.com/byline-reader/byline/article"
)

// Format is an export format.
type Format uint8

// The export formats.
const (
	FormatMarkdown Format = iota
	FormatJSON
	FormatCSV
	// FormatJSONL is JSON Lines: one compact JSON object a line, as
	// byline --json prints.
	FormatJSONL
)

// ParseFormat reads a format name as given to --export: "md" or
// "markdown", "json", "jsonl", "csv" (in any case).
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "md", "markdown":
		return FormatMarkdown, nil
	case "json":
		return FormatJSON, nil
	case "jsonl":
		return FormatJSONL, nil
	case "csv":
		return FormatCSV, nil
	}
	return 0, fmt.Errorf("export: unknown format %q (want md, json, jsonl or csv)", name)
}

// String returns the format's name as --export takes it.
func (f Format) String() string {
	switch f {
	case FormatMarkdown:
		return "md"
	case FormatJSON:
		return "json"
	case FormatCSV:
		return "csv"
	case FormatJSONL:
		return "jsonl"
	}
	return fmt.Sprintf("Format(%d)", f)
}

// Ext returns the file extension of the format, with its dot: ".md".
func (f Format) Ext() string { return "." + f.String() }

// Render returns a's export in format f. url is where the article came
// from when it is a web page, else "".
func Render(f Format, a *article.Article, url string) string {
	switch f {
	case FormatJSON:
		return JSON(a, url)
	case FormatJSONL:
		return JSONLine(a, url)
	case FormatCSV:
		return CSV(a, url)
	}
	return Markdown(a, url)
}
