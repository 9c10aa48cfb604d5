package source

import (
	"fmt"
	"strings"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/web"
)

// PageArticle turns a page (fetched, or an HTML file read from source)
// into an article: its document parsed as Markdown or text, with the
// page's title, byline and dateline, which the page knows better than the
// document's front matter can say. The article's Source is the page's URL
// when it has one, else source. A feed is no article: it gives an error.
func PageArticle(page *web.Page, source string) (*article.Article, error) {
	name, doc := page.Document()
	if doc == nil {
		return nil, fmt.Errorf("%s: is a %s, not an article", source, page.Kind)
	}
	a, err := article.Parse(name, doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	a.Source = source
	if page.URL != "" {
		a.Source = page.URL
	}
	if page.Kind == web.KindArticle {
		if page.Title != "" {
			a.Title = page.Title
		}
		if page.Byline != "" {
			a.Byline = "By " + page.Byline
		}
		if d := page.Dateline(); d != "" {
			a.Dateline = d
		}
	}
	return a, nil
}

// FeedArticle makes an article of a feed, for the printing modes: the
// feed's title, then each item's title, date, link and summary, as
// Markdown.
func FeedArticle(page *web.Page) (*article.Article, error) {
	a, err := article.Parse("feed.md", []byte(feedMarkdown(page)))
	if err == nil {
		a.Source = page.URL
	}
	return a, err
}

// feedMarkdown lists a feed's items as Markdown: the feed's title, then
// each item's title, date, link and summary.
func feedMarkdown(page *web.Page) string {
	var b strings.Builder
	title := page.Title
	if title == "" {
		title = page.Feed.Title
	}
	if title == "" {
		title = page.URL
	}
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(title))
	for _, it := range page.Feed.Items {
		name := it.Title
		if name == "" {
			name = it.Link
		}
		fmt.Fprintf(&b, "## %s\n\n", mdEscape(name))
		var meta []string
		if !it.Published.IsZero() {
			meta = append(meta, it.Published.Format("January 2, 2006"))
		}
		if it.Link != "" {
			meta = append(meta, "<"+it.Link+">")
		}
		if len(meta) > 0 {
			b.WriteString(strings.Join(meta, " · ") + "\n\n")
		}
		if it.Summary != "" {
			b.WriteString(mdEscape(it.Summary) + "\n\n")
		}
	}
	return b.String()
}

// mdEscape keeps Markdown from reading s as markup.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_{}[]<>()#+-.!|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
