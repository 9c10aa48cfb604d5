package cli

import (
	"bufio"
	"encoding/json"
	"io"
	"os"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/ui"
	"github.com/charmbracelet/x/term"
)

// jsonPerson and jsonQuote are the --json schema.
type jsonPerson struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Role     string   `json:"role"`
	Mentions int      `json:"mentions"`
	Offsets  []int    `json:"offsets"`
}

type jsonQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
	How     string  `json:"attribution"`
	Offset  int     `json:"offset"`
}

type jsonArticle struct {
	Source   string       `json:"source"`
	Title    string       `json:"title"`
	Byline   string       `json:"byline,omitempty"`
	Dateline string       `json:"dateline,omitempty"`
	People   []jsonPerson `json:"people"`
	Quotes   []jsonQuote  `json:"quotes"`
}

var howNames = map[extract.Attribution]string{
	extract.Unattributed: "none",
	extract.Explicit:     "explicit",
	extract.Inferred:     "inferred",
}

// writeJSON prints one JSON object per source, each on its own line. A
// source that does not parse is reported and left out.
func writeJSON(w io.Writer, srcs []ui.Source, lx *extract.Lexicon, report func(error)) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range srcs {
		a, err := parseSource(s)
		if err != nil {
			report(err)
			continue
		}
		an := article.Analyze(a, lx)
		out := jsonArticle{Source: s.Name, Title: a.Title, Byline: a.Byline, Dateline: a.Dateline,
			People: []jsonPerson{}, Quotes: []jsonQuote{}}
		for _, p := range an.People {
			jp := jsonPerson{Name: p.Name, Aliases: p.Aliases, Role: p.Role, Mentions: len(p.Mentions), Offsets: []int{}}
			if jp.Aliases == nil {
				jp.Aliases = []string{}
			}
			for _, m := range p.Mentions {
				jp.Offsets = append(jp.Offsets, m.Start)
			}
			out.People = append(out.People, jp)
		}
		for _, q := range an.Quotes {
			jq := jsonQuote{Text: q.Text, How: howNames[q.How], Offset: q.Span.Start}
			if q.Speaker != "" {
				sp := q.Speaker
				jq.Speaker = &sp
			}
			out.Quotes = append(out.Quotes, jq)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return nil
}

// writePlain prints each cleaned article, separated by a form feed on a
// line of its own. A source that does not parse is reported and left out.
func writePlain(w io.Writer, srcs []ui.Source, width int, report func(error)) error {
	bw := bufio.NewWriter(w)
	n := 0
	for _, s := range srcs {
		a, err := parseSource(s)
		if err != nil {
			report(err)
			continue
		}
		if n++; n > 1 {
			bw.WriteString("\n\f\n")
		}
		bw.WriteString(article.Plain(a, width))
	}
	return bw.Flush()
}

// plainWidth is the wrap width for plain output: the terminal's width
// (capped for reading) when stdout is one, else 0 (no wrapping).
func plainWidth(f *os.File) int {
	if !isTerminal(f) {
		return 0
	}
	w, _, err := term.GetSize(f.Fd())
	if err != nil || w <= 0 {
		return 80
	}
	return min(w, 90)
}
