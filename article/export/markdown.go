package export

import (
	"fmt"
	"strings"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// Markdown returns a's quotes and people as a Markdown document: the
// mark that tells byline's exports from articles (HasMark), which
// no Markdown renderer shows, then the title as a heading, the byline, dateline and URL, then a "Quotes"
// section of block quotes, each as extract.ShownQuote gives it and signed
// by its speaker (with "inferred" or "unattributed" where the speaker is
// not certain), and a "People" table of name, role and mentions. Text
// from the article is escaped, so it shows as written.
func Markdown(a *article.Article, url string) string {
	var b strings.Builder
	b.WriteString(markdownMark + "\n\n")
	title := a.Title
	if title == "" {
		title = "Untitled article"
	}
	fmt.Fprintf(&b, "# %s\n\n", escape(title))
	var meta []string
	for _, s := range []string{a.Byline, a.Dateline} {
		if s != "" {
			meta = append(meta, escape(s))
		}
	}
	if url != "" {
		meta = append(meta, "<"+strings.ReplaceAll(url, ">", "%3E")+">")
	}
	if len(meta) > 0 {
		b.WriteString(strings.Join(meta, "  \n") + "\n\n")
	}

	doc := NewDocument(a, a.Source, url)
	quotes := doc.Quotes
	fmt.Fprintf(&b, "## Quotes (%d)\n\n", len(quotes))
	if len(quotes) == 0 {
		b.WriteString("No quotations found.\n\n")
	}
	for _, q := range quotes {
		for _, line := range strings.Split(strings.TrimSpace(extract.ShownQuote(q.Text)), "\n") {
			if line = strings.TrimSpace(line); line == "" {
				b.WriteString(">\n")
			} else {
				b.WriteString("> " + escape(line) + "\n")
			}
		}
		b.WriteString(">\n> — " + signature(speakerName(q), q.Attribution) + "\n\n")
	}

	ps := doc.People
	fmt.Fprintf(&b, "## People (%d)\n\n", len(ps))
	if len(ps) == 0 {
		b.WriteString("No people found.\n")
		return b.String()
	}
	b.WriteString("| Name | Role | Mentions |\n| --- | --- | ---: |\n")
	for _, p := range ps {
		fmt.Fprintf(&b, "| %s | %s | %d |\n", escape(p.Name), escape(p.Role), p.Mentions)
	}
	return b.String()
}

// signature is the line under a quote: "**Ana Delgado**",
// "**a spokeswoman** (inferred)", or "*unattributed*".
func signature(speaker string, how extract.Attribution) string {
	switch {
	case speaker == "":
		return "*unattributed*"
	case how == extract.Inferred:
		return "**" + escape(speaker) + "** (inferred)"
	}
	return "**" + escape(speaker) + "**"
}

// mdSpecial are the characters escaped anywhere in a line of text.
const mdSpecial = "\\`*_[]<>#|~&"

// escape returns s, on one line, with Markdown's special characters
// backslash-escaped, and a line start that would open a list, a heading
// or a quote made literal.
func escape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		} else if i == 0 && (r == '-' || r == '+' || r == '=') {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := b.String()
	// "1. " or "1) " at the start would begin an ordered list.
	if n := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' }); n > 0 &&
		(strings.HasPrefix(out[n:], ". ") || strings.HasPrefix(out[n:], ") ") || out[n:] == "." || out[n:] == ")") {
		out = out[:n] + "\\" + out[n:]
	}
	return out
}
