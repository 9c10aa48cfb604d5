package source

import (
	"context"
	"errors"
	"fmt"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/source/web"
)

// Load reads the whole of s and makes its article, for the printing modes
// (--plain, --json, --export): a URL is fetched, sending userAgent (""
// for source/web's default), an HTML file is reduced to its article,
// and anything else is parsed as text or Markdown. For a URL or an HTML
// file it also returns the page the article was made of, else nil; a
// feed's article lists its items (FeedArticle).
//
// Every error names the source, once.
func Load(ctx context.Context, s Source, userAgent string) (*article.Article, *web.Page, error) {
	if s.URL != "" {
		page, err := FetchPage(ctx, s.URL, userAgent, nil)
		if err != nil {
			return nil, nil, err
		}
		a, err := pageOrFeedArticle(page, s.Name)
		return a, page, err
	}
	data := s.Data
	if data == nil {
		if s.Path == "" {
			return nil, nil, fmt.Errorf("%s: nothing to read", s.Name)
		}
		var err error
		if data, err = ReadFile(s.Path); err != nil {
			return nil, nil, err
		}
	}
	if s.IsHTML() {
		page, err := web.ParseHTML(data, "")
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", s.Name, err)
		}
		a, err := pageOrFeedArticle(page, s.Name)
		return a, page, err
	}
	a, err := article.Parse(s.Name, data)
	var ae *article.Error
	if err != nil && !(errors.As(err, &ae) && ae.Source != "") { // an article.Error names its source
		return nil, nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	return a, nil, err
}

// pageOrFeedArticle makes an article of a page named name: a feed's lists
// its items.
func pageOrFeedArticle(page *web.Page, name string) (*article.Article, error) {
	if page.Kind == web.KindFeed {
		return FeedArticle(page)
	}
	return PageArticle(page, name)
}
