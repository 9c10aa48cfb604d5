package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/web"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/ui"
)

// URLs and directories on the command line. The reader fetches URLs and
// lists directories itself, in commands, once its screen is up; the
// printing modes (--plain, --json, --export) fetch and list here.

// isWebOrDir reports whether the argument p is a URL or a directory,
// which webSources turns into sources.
func isWebOrDir(p string) bool {
	if web.IsURL(p) {
		return true
	}
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// webSources returns the sources of p, a URL or a directory. For the
// reader (lazy) they are left to it; otherwise a directory's article
// files are read now, and one that cannot be read is reported in failed,
// like a file on the command line, while the others are kept.
func (in inputs) webSources(p string, lazy bool) (srcs []ui.Source, failed []error) {
	if web.IsURL(p) {
		return []ui.Source{{Name: p, URL: p}}, nil
	}
	if lazy {
		return []ui.Source{{Name: p, Dir: p}}, nil
	}
	files, err := ui.ArticleFiles(p)
	if err != nil {
		return nil, []error{err}
	}
	srcs = make([]ui.Source, 0, len(files))
	for _, f := range files {
		data, err := source.ReadFile(f)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		srcs = append(srcs, ui.Source{Name: f, Path: f, Data: data})
	}
	return srcs, failed
}

// loadPage fetches the page of a source that is a URL, or parses the
// page of an HTML file, for the printing modes. It reports whether s was
// one of those.
func loadPage(s ui.Source) (page *web.Page, ok bool, err error) {
	switch {
	case s.URL != "":
		o := web.DefaultOptions()
		o.UserAgent = web.UserAgent(version())
		page, err = web.Fetch(context.Background(), s.URL, o)
	case web.IsHTMLFile(s.Path) && s.Data != nil:
		page, err = web.ParseHTML(s.Data, "")
		if err != nil {
			err = fmt.Errorf("%s: %w", s.Name, err)
		}
	default:
		return nil, false, nil
	}
	return page, true, err
}

// pageArticle makes an article of a page named name. A feed becomes a
// Markdown list of its items.
func pageArticle(page *web.Page, name string) (*article.Article, error) {
	if page.Kind == web.KindFeed {
		a, err := article.Parse("feed.md", []byte(feedMarkdown(page)))
		if err == nil {
			a.Source = page.URL
		}
		return a, err
	}
	return ui.PageArticle(page, name)
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
