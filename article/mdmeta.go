package article

import (
	"github.com/byline-reader/byline/internal/safetext"
	"strings"
)

// A Markdown article's byline and dateline are often lines at the top of
// the body, set off as paragraphs of their own: "*By Jane Doe — Staff
// Writer*" or "Metro Desk | March 4, 2024" under the headline. They are
// metadata, as in plain text: each block at the start of the body that is
// one line of paragraph text, once its emphasis is dropped, goes through
// the classifier of plain text's lines (classify) and, when it is a
// byline, a dateline or a credit, leaves the body for Byline, Dateline or
// Credits. The first other block ends the header: further down, the
// writer's structure is kept (a list of dated items keeps its dates).

// takeMarkdownMeta files the metadata blocks that open body under a's
// Byline, Dateline and Credits and returns body without them. A body
// that is nothing else is returned whole, as cleaning never empties an
// article.
func (a *Article) takeMarkdownMeta(body string) string {
	rest := 0 // where the body after the header starts
	var meta []unit
	for _, sp := range markdownBlocks(body) {
		text, ok := mdParagraphLine(body[sp.Start:sp.End])
		if !ok {
			break
		}
		k := classify(text)
		if k == kindText {
			break
		}
		meta = append(meta, unit{text: text, kind: k, single: true})
		rest = sp.End
	}
	if len(meta) == 0 || !hasText(body[rest:]) {
		return body
	}
	for _, u := range meta {
		a.addMeta(u)
	}
	return trimBlankLines(body[rest:])
}

// mdParagraphLine returns the plain text of a block that is one line of a
// paragraph, without emphasis or links; ok is false for any other block
// (several lines, a heading, a list item, a quote, a table, code, HTML).
func mdParagraphLine(block string) (text string, ok bool) {
	if strings.Contains(block, "\n") || strings.HasPrefix(block, "    ") || strings.HasPrefix(block, "\t") {
		return "", false
	}
	t := strings.TrimSpace(block)
	if t == "" || strings.ContainsRune("#|<`~=", rune(t[0])) || markerEnd(t, 0) >= 0 {
		return "", false
	}
	text = safetext.Line(plainInline(t))
	return text, text != ""
}
