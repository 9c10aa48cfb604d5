package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/netip"
	"net/url"
	"runtime/debug"
	"strings"
	"time"
)

// Options are the limits and hooks of a fetch. Start from DefaultOptions:
// a zero field means its default, not "no limit".
type Options struct {
	// ConnectTimeout bounds looking up the host, connecting and the TLS
	// handshake, for each connection (10 s).
	ConnectTimeout time.Duration
	// Timeout bounds the whole fetch, redirects and body included (30 s).
	Timeout time.Duration
	// MaxBytes is the largest body read (10 MB).
	MaxBytes int64
	// MaxRedirects is how many redirects are followed (10).
	MaxRedirects int
	// UserAgent is sent with every request
	// ("byline/v1.2.0 (+terminal news reader)").
	UserAgent string
	// Progress, when not nil, is told what the fetch is doing. It is
	// called one report at a time but from other goroutines, and should
	// return quickly (for example by handing the report to
	// tea.Program.Send).
	Progress func(Progress)

	// dial replaces the dialer, for tests.
	dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// lookup replaces the resolver that tells where a redirect goes, for
	// tests.
	lookup func(ctx context.Context, host string) ([]netip.Addr, error)
}

// The defaults of Options.
const (
	DefaultConnectTimeout = 10 * time.Second
	DefaultTimeout        = 30 * time.Second
	DefaultMaxBytes       = 10 << 20
	DefaultMaxRedirects   = 10
)

// DefaultOptions returns the options byline fetches with: the defaults
// above and a User-Agent naming byline's version.
func DefaultOptions() Options {
	return Options{
		ConnectTimeout: DefaultConnectTimeout,
		Timeout:        DefaultTimeout,
		MaxBytes:       DefaultMaxBytes,
		MaxRedirects:   DefaultMaxRedirects,
		UserAgent:      UserAgent(moduleVersion()),
	}
}

// UserAgent returns byline's User-Agent for a version:
// "byline/v1.2.0 (+terminal news reader)".
func UserAgent(version string) string {
	return "byline/" + version + " (+terminal news reader)"
}

// moduleVersion is the main module's version when built with go install,
// else "devel".
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// withDefaults fills o's zero fields.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = d.ConnectTimeout
	}
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = d.MaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = d.MaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = d.UserAgent
	}
	return o
}

// Fetch downloads rawURL and makes a Page of it: an HTML page becomes
// its article (see ParseHTML), text/plain and text/markdown stay text,
// and an RSS, Atom or JSON feed (by its content type, or an XML or JSON
// body that is one) becomes a Feed. Anything else is refused before its
// body is read.
//
// Only http and https URLs are fetched. Fetch follows at most
// MaxRedirects redirects, gives up after the connect and total timeouts,
// refuses bodies over MaxBytes, and reports a non-2xx answer with its
// status ("404 Not Found"). Cancelling ctx stops it at once. Every error
// is an *Error wrapping one of the Err* sentinels, or context.Canceled
// when ctx was cancelled.
func Fetch(ctx context.Context, rawURL string, opts Options) (*Page, error) {
	o := opts.withDefaults()
	u, err := checkURL(rawURL)
	if err != nil {
		return nil, err
	}
	rep := &reporter{hook: o.Progress}
	ctx, cancel := context.WithTimeoutCause(ctx, o.Timeout, errTotalTimeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, &Error{URL: rawURL, Kind: ErrBadURL, Err: err}
	}
	req.Header.Set("User-Agent", o.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,text/plain;q=0.9,*/*;q=0.5")
	ex := &exchange{}
	req = req.WithContext(httptrace.WithClientTrace(ctx, trace(rep, ex)))

	client := newClient(o, rep, newRedirectGuard(u.Hostname(), o.lookup))
	defer client.CloseIdleConnections()
	rep.report(Progress{Stage: StageConnecting, Host: u.Hostname()})
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, rawURL, o, ex, err)
	}
	defer resp.Body.Close()

	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{URL: rawURL, Kind: ErrStatus, Msg: statusText(resp)}
	}
	ct := resp.Header.Get("Content-Type")
	v, mediaType := verdictOf(ct)
	if v == refused {
		return nil, refuse(rawURL, mediaType)
	}
	if resp.ContentLength > o.MaxBytes {
		return nil, tooLarge(rawURL, o.MaxBytes)
	}
	body, err := readBody(resp, o.MaxBytes, rep)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, tooLarge(rawURL, o.MaxBytes)
		}
		return nil, fetchError(ctx, rawURL, o, ex, err)
	}
	rep.report(Progress{Stage: StageReading, Host: resp.Request.URL.Hostname()})
	kind, ok := kindOf(v, body)
	if !ok {
		return nil, refuse(rawURL, mediaType)
	}
	var page *Page
	switch kind {
	case KindArticle:
		page, err = parseHTML(body, ct, final)
	case KindText:
		page = &Page{Kind: KindText, Body: cleanText(decodeText(body, ct))}
		if isMarkdownPath(final) {
			page.Body, err = webMarkdown(page.Body, resp.Request.URL)
		}
		if strings.TrimSpace(page.Body) == "" {
			err = ErrNoArticle
		}
	case KindFeed:
		var f *Feed
		if f, err = parseFeed(body, final); err == nil {
			page = &Page{Kind: KindFeed, Title: f.Title, Feed: f}
		}
	}
	if err != nil {
		kindErr := ErrNoArticle
		if kind == KindFeed {
			kindErr = ErrNotFeed
		}
		return nil, &Error{URL: rawURL, Kind: kindErr, Err: err}
	}
	page.URL = final
	return page, nil
}

// errTotalTimeout is the cause of the context when Options.Timeout passes.
var errTotalTimeout = errors.New("total timeout")

// checkURL parses rawURL and accepts only absolute http and https URLs
// with a host.
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil {
		return nil, &Error{URL: rawURL, Kind: ErrBadURL, Err: err}
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "":
		return nil, &Error{URL: rawURL, Kind: ErrBadURL, Msg: "not a URL (no http:// or https://)"}
	default:
		return nil, &Error{URL: rawURL, Kind: ErrScheme,
			Msg: fmt.Sprintf("%s: URLs are not supported (only http and https)", displayURL(strings.ToLower(u.Scheme)))}
	}
	if u.Hostname() == "" {
		return nil, &Error{URL: rawURL, Kind: ErrBadURL, Msg: "URL has no host"}
	}
	return u, nil
}

// readBody reads resp's body up to max bytes, reporting progress. It
// returns ErrTooLarge when there is more.
func readBody(resp *http.Response, max int64, rep *reporter) ([]byte, error) {
	r := &countingReader{r: resp.Body, rep: rep, host: resp.Request.URL.Hostname(), total: resp.ContentLength}
	if r.total < 0 {
		r.total = -1
	}
	hint := int64(64 << 10)
	if resp.ContentLength > 0 {
		hint = resp.ContentLength + 1
	}
	buf := make([]byte, 0, min(hint, max+1))
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := min(int64(cap(buf)-len(buf)), max+1-int64(len(buf)))
		n, err := r.Read(buf[len(buf) : len(buf)+int(room)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, ErrTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
