package web

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	goldhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"
)

// toMarkdown converts the article node readability found to Markdown
// (CommonMark with GitHub's tables and strikethrough, which Glamour
// renders): headings, paragraphs, emphasis, lists, quotes, code, tables,
// links and images, with relative links made absolute against pageURL
// and only web and mail links kept (see keepWebLinks).
func toMarkdown(n *html.Node, pageURL *url.URL) (string, error) {
	keepWebLinks(n, pageURL)
	conv := converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		strikethrough.NewStrikethroughPlugin(),
		table.NewTablePlugin(),
	))
	conv.Register.EscapedChar(':')
	conv.Register.UnEscaper(ftpColon, converter.PriorityStandard)
	var opts []converter.ConvertOptionFunc
	if pageURL != nil && pageURL.Host != "" {
		opts = append(opts, converter.WithDomain(pageURL.String()))
	}
	md, err := conv.ConvertNode(n, opts...)
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(cleanText(string(md))) + "\n", nil
}

// ftpColon keeps the escape of the colon in "ftp\://" in the text of a
// page: Glamour makes a link of a bare "ftp://host.example/file", which
// would go to a target other than http, https or mailto. It is an
// UnEscaper: chars[i] is the escaped character; it returns how many
// characters the escape covers, or -1 for none.
func ftpColon(chars []byte, i int) int {
	if chars[i] == ':' && i >= 4 && bytes.EqualFold(chars[i-4:i-1], []byte("ftp")) && bytes.HasPrefix(chars[i+1:], []byte("//")) {
		return 1
	}
	return -1
}

// webMarkdown returns the Markdown md of a page at pageURL (a README.md
// on a web server) with only web and mail links, as toMarkdown gives an
// HTML page's: it goes through HTML, rendered by goldmark as Glamour
// reads Markdown, and back. Links of every form meet keepWebLinks that
// way: [a](file:///x), [a][ref] with "[ref]: data:…", <file:///x>, raw
// <a href>; relative links become absolute.
func webMarkdown(md string, pageURL *url.URL) (string, error) {
	var out bytes.Buffer
	conv := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(goldhtml.WithUnsafe()))
	if err := conv.Convert([]byte(md), &out); err != nil {
		return "", err
	}
	doc, err := html.Parse(&out)
	if err != nil {
		return "", err
	}
	return toMarkdown(doc, pageURL)
}
