package source

import (
	"context"

	"github.com/byline-reader/byline/source/web"
)

// FetchPage fetches rawURL with source/web's limits, sending userAgent (""
// for web's default), and tells progress, when not nil, what the fetch is
// doing (web.Options.Progress says from where it is called). Load and the
// reader's fetch both go through it, so the two send the same request.
func FetchPage(ctx context.Context, rawURL, userAgent string, progress func(web.Progress)) (*web.Page, error) {
	o := web.DefaultOptions()
	if userAgent != "" {
		o.UserAgent = userAgent
	}
	o.Progress = progress
	return web.Fetch(ctx, rawURL, o)
}
