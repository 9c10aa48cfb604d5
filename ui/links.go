package ui

import (
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/internal/safetext"
)

// link is one link of an article: its text and its target, both made
// safe for the screen.
type link struct {
	text, url string
}

// linksMsg carries the links of source idx, collected in a command.
type linksMsg struct {
	idx   int
	links []link
}

// linkOpenedMsg says how handing url to the system opener went.
type linkOpenedMsg struct {
	url string
	err error
}

// collectLinksCmd collects the links of a's Markdown body off the UI
// goroutine; plain text has none.
func collectLinksCmd(idx int, a *article.Article) tea.Cmd {
	return func() tea.Msg {
		if a.Format != article.Markdown {
			return linksMsg{idx: idx}
		}
		return linksMsg{idx: idx, links: collectLinks(a.Body)}
	}
}

// linkParser reads Markdown as Glamour does, bare URLs ("see
// https://example.org/x") included.
var linkParser = goldmark.New(goldmark.WithExtensions(extension.Linkify))

// collectLinks lists the links of Markdown src in order, each target
// once: [text](url), <url> and bare URLs.
func collectLinks(src string) []link {
	source := []byte(src)
	doc := linkParser.Parser().Parse(text.NewReader(source))
	var links []link
	seen := map[string]bool{}
	add := func(label, target string) {
		target = strings.TrimSpace(safetext.Line(target))
		if target == "" || seen[target] {
			return
		}
		seen[target] = true
		label = strings.TrimSpace(safetext.Line(label))
		if label == "" {
			label = target
		}
		links = append(links, link{text: label, url: target})
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			add(plainText(n, source), string(n.Destination))
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			add(string(n.Label(source)), string(n.URL(source)))
		}
		return ast.WalkContinue, nil
	})
	return links
}

// plainText is the text inside n, without its markup: "**big** news"
// gives "big news".
func plainText(n ast.Node, source []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(source))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan, *ast.Image:
			// their text nodes are children, walked next
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// openableLink reports whether u may go to the system opener: only web
// and mail links do, never file:, javascript: or a relative path, which
// the opener would run or open on this machine.
func openableLink(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		return p.Host != ""
	case "mailto":
		return p.Opaque != ""
	}
	return false
}

// runOpener hands a URL to the system opener and waits for the opener
// (not the browser it starts) to finish. Tests replace it.
var runOpener = func(u string) error {
	name, args := systemOpener()
	c := exec.Command(name, append(args, u)...)
	if err := c.Run(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// systemOpener is the program that opens URLs: $BYLINE_OPENER when set,
// else open on macOS and xdg-open elsewhere.
func systemOpener() (string, []string) {
	if o := os.Getenv("BYLINE_OPENER"); o != "" {
		return o, nil
	}
	if runtime.GOOS == "darwin" {
		return "open", nil
	}
	return "xdg-open", nil
}

// openLinkCmd hands u to the opener in a command, so a slow opener does
// not hold up the screen.
func openLinkCmd(u string) tea.Cmd {
	return func() tea.Msg { return linkOpenedMsg{url: u, err: runOpener(u)} }
}
