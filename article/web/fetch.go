package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"runtime/debug"
	"strings"
	"sync/atomic"
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
	req = req.WithContext(httptrace.WithClientTrace(ctx, trace(rep)))

	client := newClient(o, rep)
	defer client.CloseIdleConnections()
	rep.report(Progress{Stage: StageConnecting, Host: u.Hostname()})
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, rawURL, o, err)
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
		return nil, fetchError(ctx, rawURL, o, err)
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

// newClient returns an HTTP client with o's limits: connect timeout
// on each dial and TLS handshake, at most MaxRedirects redirects, and
// only to http and https.
func newClient(o Options, rep *reporter) *http.Client {
	dial := o.dial
	if dial == nil {
		dial = (&net.Dialer{KeepAlive: 30 * time.Second}).DialContext
	}
	transport := &http.Transport{
		Proxy: http.ProxyFromEnvironment,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			dctx, cancel := context.WithTimeoutCause(ctx, o.ConnectTimeout, errConnectTimeout)
			defer cancel()
			conn, err := dial(dctx, network, addr)
			if err != nil && context.Cause(dctx) == errConnectTimeout {
				return nil, &connectError{addr: addr, err: errConnectTimeout}
			}
			return conn, err
		},
		TLSHandshakeTimeout:   o.ConnectTimeout,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          4,
		IdleConnTimeout:       30 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > o.MaxRedirects {
				return &Error{Kind: ErrRedirects, Msg: fmt.Sprintf("stopped after %d redirects", o.MaxRedirects)}
			}
			if s := req.URL.Scheme; s != "http" && s != "https" {
				return &Error{Kind: ErrScheme, Msg: "redirected to a " + displayURL(s) + ": URL (only http and https)"}
			}
			rep.report(Progress{Stage: StageRedirected, Host: req.URL.Hostname()})
			return nil
		},
	}
}

// errConnectTimeout is the cause of a dial's context when
// Options.ConnectTimeout passes.
var errConnectTimeout = errors.New("connect timeout")

// connectError is a dial that timed out.
type connectError struct {
	addr string
	err  error
}

func (e *connectError) Error() string { return "dial " + e.addr + ": " + e.err.Error() }
func (e *connectError) Unwrap() error { return e.err }

// trace returns the hooks that report connecting, securing and waiting.
func trace(rep *reporter) *httptrace.ClientTrace {
	host := func(addr string) string {
		if h, _, err := net.SplitHostPort(addr); err == nil {
			return h
		}
		return addr
	}
	var current atomic.Value // the host of the request in flight
	current.Store("")
	report := func(s Stage) { rep.report(Progress{Stage: s, Host: current.Load().(string)}) }
	return &httptrace.ClientTrace{
		GetConn:           func(hostPort string) { current.Store(host(hostPort)) },
		ConnectStart:      func(_, _ string) { report(StageConnecting) },
		TLSHandshakeStart: func() { report(StageSecuring) },
		WroteRequest:      func(httptrace.WroteRequestInfo) { report(StageWaiting) },
	}
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

// statusText returns "404 Not Found" for a response, also when the
// server sent only the code.
func statusText(resp *http.Response) string {
	s := oneLine(resp.Status)
	if s == "" || s == fmt.Sprint(resp.StatusCode) {
		if t := http.StatusText(resp.StatusCode); t != "" {
			return fmt.Sprintf("%d %s", resp.StatusCode, t)
		}
		return fmt.Sprintf("status %d", resp.StatusCode)
	}
	return s
}

// refuse is the error for a content type byline cannot show.
func refuse(rawURL, mediaType string) error {
	what := "content of unknown type"
	if mediaType != "" {
		what = oneLine(mediaType)
	}
	return &Error{URL: rawURL, Kind: ErrContentType,
		Msg: fmt.Sprintf("cannot show %s (only web pages, text and feeds)", what)}
}

// tooLarge is the error for a body over the limit.
func tooLarge(rawURL string, max int64) error {
	return &Error{URL: rawURL, Kind: ErrTooLarge, Msg: "page is larger than " + sizeText(max)}
}

// fetchError turns an error of the HTTP client into an *Error: cancelled,
// timed out (total or connect), too many redirects, or no connection.
func fetchError(ctx context.Context, rawURL string, o Options, err error) error {
	var e *Error
	if errors.As(err, &e) { // from CheckRedirect
		e.URL = rawURL
		return e
	}
	switch cause := context.Cause(ctx); {
	case cause == errTotalTimeout:
		return &Error{URL: rawURL, Kind: ErrTimeout,
			Msg: "timed out after " + o.Timeout.String(), Err: context.DeadlineExceeded}
	case errors.Is(cause, context.DeadlineExceeded):
		return &Error{URL: rawURL, Kind: ErrTimeout, Err: cause}
	case cause != nil:
		return &Error{URL: rawURL, Kind: context.Canceled, Msg: "cancelled", Err: cause}
	}
	var ce *connectError
	if errors.As(err, &ce) {
		return &Error{URL: rawURL, Kind: ErrTimeout,
			Msg: "could not connect within " + o.ConnectTimeout.String(), Err: ce}
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() { // the TLS handshake timeout
		return &Error{URL: rawURL, Kind: ErrTimeout,
			Msg: "timed out connecting: " + oneLine(unwrapURLError(err).Error()), Err: err}
	}
	return &Error{URL: rawURL, Kind: ErrConnect,
		Msg: "could not connect: " + oneLine(reason(err)), Err: err}
}

// unwrapURLError returns the error inside a *url.Error, which would
// repeat the method and URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// reason shortens a network error to its last, telling part:
// "connection refused", "no such host".
func reason(err error) string {
	err = unwrapURLError(err)
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return "no such host " + dns.Name
		}
		return dns.Err
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 && i+2 < len(s) {
		return s[i+2:]
	}
	return s
}
