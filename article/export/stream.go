package export

import (
	"bufio"
	"io"
	"strings"

	"github.com/byline-reader/byline/article"
)

// Writer writes the exports of one or more articles to one stream, so
// that the whole is one valid document of its format:
//
//   - Markdown: the exports one after another, a blank line between.
//   - JSON: one article's object alone, as JSON gives it; several
//     articles' objects in one array, "[" to "]".
//   - JSON Lines: one object a line, however many.
//   - CSV: one table with one header row; the source column tells the
//     articles apart.
type Writer struct {
	w     *bufio.Writer
	f     Format
	n     int    // articles written so far
	first string // the first JSON object, held until it is known whether an array follows
}

// NewWriter returns a Writer of format f to w. Call Close after the last
// article.
func NewWriter(w io.Writer, f Format) *Writer {
	return &Writer{w: bufio.NewWriter(w), f: f}
}

// Write adds a's export; url is where a came from when it is a web page.
func (w *Writer) Write(a *article.Article, url string) error {
	out := Render(w.f, a, url)
	w.n++
	switch {
	case w.n == 1 && w.f == FormatJSON:
		w.first = out
		return nil
	case w.n == 1:
	case w.f == FormatJSON:
		if w.n == 2 {
			w.w.WriteString("[\n" + indentElement(w.first))
			w.first = ""
		}
		out = ",\n" + indentElement(out)
	case w.f == FormatCSV:
		_, out, _ = strings.Cut(out, "\n") // the header row is written once
	case w.f == FormatMarkdown:
		out = "\n" + out
	}
	_, err := w.w.WriteString(out)
	return err
}

// Close ends the stream (the JSON array) and flushes it.
func (w *Writer) Close() error {
	switch {
	case w.f != FormatJSON:
	case w.n == 1:
		w.w.WriteString(w.first)
	case w.n > 1:
		w.w.WriteString("\n]\n")
	}
	return w.w.Flush()
}

// indentElement indents an indented JSON object, ending in a newline, by
// one more level, as an element of an array, without the newline. A
// newline inside a JSON string is written "\n", so every newline of obj
// is between tokens.
func indentElement(obj string) string {
	return "  " + strings.ReplaceAll(strings.TrimSuffix(obj, "\n"), "\n", "\n  ")
}
