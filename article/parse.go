package article

import (
	"strings"

	"github.com/byline-reader/byline/article/extract"
)

// Parse decodes, sanitizes and cleans data into an Article without
// analysing it. source names the input and picks the format by extension.
// (Stub: the loader owner replaces it.)
func Parse(source string, data []byte) (*Article, error) {
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	title, body, _ := strings.Cut(strings.TrimSpace(text), "\n")
	a := &Article{Source: source, Title: strings.TrimSpace(title)}
	var paras []string
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	a.Body = strings.Join(paras, "\n\n")
	off := 0
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, extract.Span{Start: off, End: off + len(p)})
		off += len(p) + 2
	}
	return a, nil
}
