package article

import (
	"strings"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/safetext"
)

// Markdown input keeps its source: Body is the Markdown without its front
// matter and headline, for Glamour to render, and Paragraphs are its
// blocks (runs of lines between blank lines outside fenced code).
//
// The title is the front matter's title, else a first block that is a
// level-1 heading ("# Title" or a setext "Title\n====="), which then leaves
// the body. Failing both, the first level-1 heading anywhere outside code
// names the article but stays in the body, where the writer put it.
// Front matter's author and date fill Byline ("By ...") and Dateline; a
// byline, dateline or credit set off as a paragraph of one line leaves
// the body for them too (see takeMarkdownMeta). Comment lines that open
// the Markdown (see skipComments) are no part of the article.

var (
	atxH1Re    = newPattern(`^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$`)
	setextH1Re = newPattern(`^ {0,3}=+[ \t]*$`)
	fmKeyRe    = newPattern(`^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$`)
	mdLinkRe   = newPattern(`!?\[([^\]]*)\]\([^)]*\)`)
	mdMarkRe   = newPattern("\\*+|`+|(?:^|\\s)_+|_+(?:$|\\s)")
	// mdCommentRe is a Markdown comment: a link reference definition of
	// "//" or "comment" to "#", which no renderer shows, as in
	// `[//]: # (draft: check the figures)`; byline's exports open so.
	mdCommentRe = newPattern(`^ {0,3}\[(?://|comment)\]:[ \t]*#`)
)

// parseMarkdown fills a from Markdown source text.
func parseMarkdown(a *Article, text string) {
	body := text
	if fm, rest, ok := cutFrontMatter(text); ok {
		a.applyFrontMatter(fm)
		body = rest
	}
	a.markdownBody(body)
}

// markdownBody fills a's Body and Paragraphs from body, Markdown without
// front matter, and its Title, Byline, Dateline and Credits from the
// headline and header lines that open it, where a has none yet (see
// above). A headline that repeats a's title leaves the body.
func (a *Article) markdownBody(body string) {
	body = skipComments(trimBlankLines(body))
	if title, rest, ok := leadingH1(body); ok && (a.Title == "" || a.Title == title || plainInline(a.Title) == title) {
		if a.Title == "" {
			a.Title = title
		}
		if rest = trimBlankLines(rest); strings.TrimSpace(rest) != "" {
			body = rest // else the headline is all there is: keep it
		}
	}
	if a.Title == "" {
		a.Title = firstH1(body)
	}
	body = a.takeMarkdownMeta(body)
	a.Body = body
	a.Paragraphs = markdownBlocks(body)
}

// cutFrontMatter splits YAML front matter ("---" lines around "key:
// value" lines) off the start of text. It returns the lines between the
// fences and the text after them.
func cutFrontMatter(text string) (fm []string, rest string, ok bool) {
	line, rest, found := strings.Cut(text, "\n")
	if !found || strings.TrimRight(line, " \t") != "---" {
		return nil, text, false
	}
	keyed := false
	for n := 0; n < 200 && rest != ""; n++ {
		line, rest, _ = strings.Cut(rest, "\n")
		if l := strings.TrimRight(line, " \t"); l == "---" || l == "..." {
			return fm, rest, keyed
		}
		keyed = keyed || fmKeyRe.MatchString(line)
		fm = append(fm, line)
	}
	return nil, text, false
}

// applyFrontMatter takes title, author and date from front matter lines.
func (a *Article) applyFrontMatter(fm []string) {
	for _, line := range fm {
		m := fmKeyRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v := safetext.Line(strings.Trim(strings.TrimSpace(m[2]), `"'[]`))
		if v == "" {
			continue
		}
		switch strings.ToLower(m[1]) {
		case "title":
			a.Title = plainInline(v)
		case "author", "authors", "byline":
			if a.Byline == "" {
				a.Byline = "By " + strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by ")
			}
		case "date", "published", "updated", "lastmod":
			if a.Dateline == "" {
				a.Dateline = v
			}
		}
	}
}

// leadingH1 reports whether body starts with a level-1 heading and
// returns its text and what follows it.
func leadingH1(body string) (title, rest string, ok bool) {
	first, after, _ := strings.Cut(body, "\n")
	if m := atxH1Re.FindStringSubmatch(first); m != nil {
		if t := plainInline(safetext.Line(m[1])); t != "" {
			return t, after, true
		}
	}
	second, after2, _ := strings.Cut(after, "\n")
	if strings.TrimSpace(first) != "" && setextH1Re.MatchString(second) {
		if t := plainInline(safetext.Line(first)); t != "" {
			return t, after2, true
		}
	}
	return "", body, false
}

// firstH1 returns the text of the first ATX level-1 heading outside
// fenced code, or "".
func firstH1(body string) string {
	var f fence
	for rest := body; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if f.step(line) {
			continue
		}
		if m := atxH1Re.FindStringSubmatch(line); m != nil {
			if t := plainInline(safetext.Line(m[1])); t != "" {
				return t
			}
		}
	}
	return ""
}

// plainInline strips the inline Markdown of a title: links and images
// keep their text, emphasis and code marks go.
func plainInline(s string) string {
	s = mdLinkRe.ReplaceAllString(s, "$1")
	s = mdMarkRe.ReplaceAllStringFunc(s, func(m string) string {
		return strings.Trim(m, "*`_")
	})
	s = strings.ReplaceAll(s, `\`, "")
	return strings.TrimSpace(s)
}

// fence tracks fenced code blocks line by line.
type fence struct {
	char byte // '`' or '~' inside a fence, 0 outside
	n    int  // length of the opening fence
}

// step feeds one line and reports whether it belongs to fenced code,
// fences included.
func (f *fence) step(line string) bool {
	l := strings.TrimLeft(line, " ")
	if len(line)-len(l) > 3 {
		return f.char != 0
	}
	n := 0
	for n < len(l) && (l[n] == '`' || l[n] == '~') && l[n] == l[0] {
		n++
	}
	switch {
	case f.char == 0 && n >= 3:
		if l[0] == '`' && strings.Contains(l[n:], "`") {
			return false // inline code, not a fence
		}
		f.char, f.n = l[0], n
		return true
	case f.char != 0 && n >= f.n && l[0] == f.char && strings.TrimSpace(l[n:]) == "":
		f.char = 0
		return true
	}
	return f.char != 0
}

// markdownBlocks returns the spans of body's blocks: runs of non-blank
// lines, where blank lines inside fenced code do not split.
func markdownBlocks(body string) []extract.Span {
	var spans []extract.Span
	var f fence
	start, end := -1, 0
	for off := 0; off < len(body); {
		line := body[off:]
		next := len(body)
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line, next = line[:i], off+i+1
		}
		inCode := f.step(line)
		if !inCode && strings.TrimSpace(line) == "" {
			if start >= 0 {
				spans = append(spans, extract.Span{Start: start, End: end})
				start = -1
			}
		} else {
			if start < 0 {
				start = off
			}
			end = off + len(line)
		}
		off = next
	}
	if start >= 0 {
		spans = append(spans, extract.Span{Start: start, End: end})
	}
	return spans
}

// trimBlankLines drops the blank lines at the start of s and the
// whitespace at its end, keeping the first line's indentation.
func trimBlankLines(s string) string {
	for {
		line, rest, found := strings.Cut(s, "\n")
		if !found || strings.TrimSpace(line) != "" {
			break
		}
		s = rest
	}
	return strings.TrimRight(s, " \t\n")
}

// skipComments drops the comment lines (mdCommentRe) that open body, and
// the blank lines after them, so that a headline under them is the
// title.
func skipComments(body string) string {
	for {
		line, rest, _ := strings.Cut(body, "\n")
		if !mdCommentRe.MatchString(line) {
			return body
		}
		body = trimBlankLines(rest)
	}
}

// looksLikeMarkdown reports whether text, of unknown format, is clearly
// Markdown: it opens with front matter or with a "# " heading, after any
// comment lines.
func looksLikeMarkdown(text string) bool {
	if _, _, ok := cutFrontMatter(text); ok {
		return true
	}
	first, _, _ := strings.Cut(skipComments(trimBlankLines(text)), "\n")
	return strings.HasPrefix(first, "# ") && strings.TrimSpace(first[2:]) != ""
}
