package source

import (
	"fmt"
	"strings"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/source/web"
)

// PageArticle turns a page (fetched, or an HTML file read from name)
// into an article. An article page's fields (title, byline, site and
// date, Markdown body) become the Article's as they are
// (article.FromFields); a text document is parsed as Markdown when its
// address says so, else as text. The article's Source is the page's URL
// when it has one, else name. A feed is no article: it gives an error.
func PageArticle(page *web.Page, name string) (*article.Article, error) {
	src := name
	if page.URL != "" {
		src = page.URL
	}
	switch page.Kind {
	case web.KindArticle:
		f := article.Fields{Source: src, Title: page.Title, Dateline: page.Dateline(), Body: page.Body}
		if page.Byline != "" {
			f.Byline = "By " + page.Byline
		}
		return article.FromFields(f)
	case web.KindText:
		format := article.Text
		if page.IsMarkdown() {
			format = article.Markdown
		}
		return article.ParseAs(src, format, []byte(page.Body))
	}
	return nil, fmt.Errorf("%s: is a %s, not an article", name, page.Kind)
}

// FeedArticle makes an article of a feed, for the printing modes: titled
// with the feed's title, its body lists each item's title, date, link
// and summary, as Markdown.
func FeedArticle(page *web.Page) (*article.Article, error) {
	title := page.Title
	if title == "" {
		title = page.Feed.Title
	}
	if title == "" {
		title = page.URL
	}
	return article.FromFields(article.Fields{Source: page.URL, Title: title, Body: feedMarkdown(page, title)})
}

// feedMarkdown lists a feed's items as Markdown: each item's title, date,
// link and summary. A feed with no items shows its title as a heading,
// as an article that is nothing but its headline keeps it.
func feedMarkdown(page *web.Page, title string) string {
	var b strings.Builder
	if len(page.Feed.Items) == 0 {
		fmt.Fprintf(&b, "# %s\n", mdEscape(title))
	}
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
