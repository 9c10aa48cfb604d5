package web

import (
	"net/url"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
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
