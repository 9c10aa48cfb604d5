package ui

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/source/web"
)

// Web pages and feeds are fetched here, in commands; the fetch itself,
// with its limits, is source/web's, and a page becomes an article in
// package source (PageArticle), as it does for the printing modes. A fetch runs in a command with the
// article's load context, so leaving the article, esc or ctrl+c cancels
// it; its progress reports come in through a channel that a second
// command reads (progressCmd), one report at a time.

// articleURL is the web address a was read from, or "".
func articleURL(a *article.Article) string {
	if a != nil && web.IsURL(a.Source) {
		return a.Source
	}
	return ""
}

// fetchProgressMsg is one report of the fetch of load generation gen.
type fetchProgressMsg struct {
	gen      int
	progress web.Progress
	next     tea.Cmd // waits for the next report
}

// feedMsg carries a feed fetched for source idx.
type feedMsg struct {
	idx, gen int
	feed     *web.Feed
	title    string // the page's title for the feed, or ""
}

// itemMsg carries the article of a feed's item (link) fetched for source
// idx, or why it could not be opened.
type itemMsg struct {
	idx, gen int
	link     string
	art      *article.Article
	err      error
}

// fetched is what one fetch gave.
type fetched struct {
	page *web.Page
	art  *article.Article // nil for a feed
	err  error
}

// fetchCmd fetches rawURL for the load of generation gen, and returns the
// fetch's command (whose result done makes a message of) batched with the
// command that passes its progress reports on.
func fetchCmd(ctx context.Context, rawURL, userAgent string, gen int, done func(fetched) tea.Msg) tea.Cmd {
	reports := make(chan web.Progress, 1)
	finished := make(chan struct{})
	fetch := func() (msg tea.Msg) {
		defer close(finished)
		defer func() {
			if r := recover(); r != nil {
				msg = done(fetched{err: fmt.Errorf("internal error while fetching: %v", r)})
			}
		}()
		page, err := source.FetchPage(ctx, rawURL, userAgent, func(p web.Progress) { offerLatest(reports, p) })
		if err != nil {
			return done(fetched{err: err})
		}
		f := fetched{page: page}
		if page.Kind != web.KindFeed {
			f.art, f.err = source.PageArticle(page, rawURL)
		}
		return done(f)
	}
	return tea.Batch(fetch, progressCmd(gen, reports, finished))
}

// offerLatest puts p in ch, replacing a report not read yet: only the
// latest one matters.
func offerLatest(ch chan web.Progress, p web.Progress) {
	select {
	case ch <- p:
		return
	default:
	}
	select {
	case <-ch:
	default:
	}
	select {
	case ch <- p:
	default:
	}
}

// progressCmd waits for the next progress report, until the fetch ends.
func progressCmd(gen int, reports <-chan web.Progress, finished <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		select {
		case p := <-reports:
			return fetchProgressMsg{gen: gen, progress: p, next: progressCmd(gen, reports, finished)}
		case <-finished:
			return nil
		}
	}
}

// sourceFetchCmd fetches the URL of source idx: an article becomes an
// articleMsg, a feed a feedMsg, a failure a loadErrMsg.
func sourceFetchCmd(ctx context.Context, idx, gen int, rawURL, userAgent string) tea.Cmd {
	return fetchCmd(ctx, rawURL, userAgent, gen, func(f fetched) tea.Msg {
		switch {
		case f.err != nil:
			return loadErrMsg{idx, gen, f.err}
		case f.art == nil:
			return feedMsg{idx: idx, gen: gen, feed: f.page.Feed, title: f.page.Title}
		}
		return articleMsg{idx: idx, gen: gen, art: f.art}
	})
}

// itemFetchCmd fetches the page of a feed's item.
func itemFetchCmd(ctx context.Context, idx, gen int, link, userAgent string) tea.Cmd {
	return fetchCmd(ctx, link, userAgent, gen, func(f fetched) tea.Msg {
		if f.err == nil && f.art == nil {
			f.err = fmt.Errorf("%s: is a feed, not an article", link)
		}
		return itemMsg{idx: idx, gen: gen, link: link, art: f.art, err: f.err}
	})
}

// htmlCmd extracts the article of an HTML file already read (src.Data)
// or read here.
func htmlCmd(idx, gen int, src source.Source) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = loadErrMsg{idx, gen, fmt.Errorf("internal error while reading: %v", r)}
			}
		}()
		a, _, err := source.Load(context.Background(), src, "")
		if err != nil {
			return loadErrMsg{idx, gen, err}
		}
		return articleMsg{idx: idx, gen: gen, art: a}
	}
}

// fetching reports whether the body waits for a page from the web.
func (m *Model) fetching() bool { return m.state == stateLoading && m.fromWeb(m.cur) }

// loadSource returns the command that opens source i: a fetch for a URL,
// readability for an HTML file, a plain read and parse for the rest. A
// feed fetched before is listed again at once.
func (m *Model) loadSource(i int) tea.Cmd {
	src := m.sources[i]
	switch {
	case m.docs[i].feed != nil:
		m.showFeed()
		return nil
	case src.URL != "":
		return tea.Batch(m.load.read(i, src), m.fetch.Start())
	}
	return m.load.read(i, src)
}

// fromWeb reports whether source i's text comes from the web: it is a
// URL, or a feed with one of its items being fetched. While source i
// loads, the body waits for that page.
func (sh *shelf) fromWeb(i int) bool {
	if i < 0 || i >= len(sh.sources) {
		return false
	}
	if w := sh.docs[i].feed; w != nil && w.fetching != "" {
		return true
	}
	return sh.sources[i].URL != ""
}
