package article

import (
	"strings"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/charmbracelet/x/ansi"
)

// Plain returns a as plain text for a pipe or --plain: the title, a line
// with the byline and dateline, a blank line, the paragraphs separated by
// blank lines, and the credits at the end, one a line after a blank line.
//
// With width > 0, text paragraphs, the title and the metadata are wrapped
// to width columns (wide characters count two, words longer than a line
// are broken); with width <= 0 each paragraph is one line. A Markdown body
// is rendered to plain text (see markdownPlain): its marks go, lists keep
// their bullets and tables their columns. Whatever built a, the result
// holds no escape sequence or control character but newline and tab.
func Plain(a *Article, width int) string {
	var b strings.Builder
	b.Grow(len(a.Body) + len(a.Body)/32 + 256)
	wrap := func(s string) string {
		if width <= 0 {
			return s
		}
		return ansi.Wrap(s, width, "")
	}
	head := false
	if t := safetext.Line(a.Title); t != "" {
		b.WriteString(wrap(t))
		b.WriteByte('\n')
		head = true
	}
	var meta []string
	for _, m := range []string{a.Byline, a.Dateline} {
		if m = safetext.Line(m); m != "" {
			meta = append(meta, m)
		}
	}
	if len(meta) > 0 {
		b.WriteString(wrap(strings.Join(meta, " · ")))
		b.WriteByte('\n')
		head = true
	}
	if head {
		b.WriteByte('\n')
	}
	body := safetext.Text(a.Body)
	switch {
	case a.Format == Markdown:
		// Entities may decode to controls: sanitize the text again.
		b.WriteString(strings.TrimRight(safetext.Text(markdownPlain(body, width)), "\n"))
		b.WriteByte('\n')
	case body != a.Body:
		// A body that had to be sanitized here no longer matches its
		// spans.
		b.WriteString(strings.TrimRight(body, "\n"))
		b.WriteByte('\n')
	default:
		for i, p := range a.Paragraphs {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(wrap(a.Body[p.Start:p.End]))
			b.WriteByte('\n')
		}
	}
	if len(a.Credits) > 0 {
		b.WriteByte('\n')
		for _, c := range a.Credits {
			if c = safetext.Line(c); c != "" {
				b.WriteString(wrap(c))
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}
