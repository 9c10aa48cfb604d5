package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The ways opening a web page fails. Every error Fetch returns is an
// *Error wrapping one of them (or context.Canceled), so callers test the
// kind with errors.Is. Their texts carry no package prefix because they
// always follow the URL: "https://example.org/x: 404 Not Found".
var (
	// ErrScheme means the URL is not an http or https URL.
	ErrScheme = errors.New("only http and https URLs can be opened")
	// ErrBadURL means the URL cannot be parsed or has no host.
	ErrBadURL = errors.New("not a valid URL")
	// ErrConnect means no connection could be made to the server.
	ErrConnect = errors.New("could not connect")
	// ErrTimeout means the connect or total timeout passed.
	ErrTimeout = errors.New("timed out")
	// ErrRedirects means the server redirected more than MaxRedirects times.
	ErrRedirects = errors.New("too many redirects")
	// ErrPrivateRedirect means a page not on this computer or its network
	// redirected to an address that is.
	ErrPrivateRedirect = errors.New("redirected to an address on this computer or its network")
	// ErrBadResponse means the server answered with something that is not
	// HTTP, such as a malformed header, or closed the connection without
	// answering.
	ErrBadResponse = errors.New("bad response from the server")
	// ErrStatus means the server answered with a status other than 2xx.
	ErrStatus = errors.New("server refused the request")
	// ErrTooLarge means the body is larger than MaxBytes.
	ErrTooLarge = errors.New("page is too large")
	// ErrContentType means the page is neither HTML, text nor a feed.
	ErrContentType = errors.New("not a web page, text or feed")
	// ErrNoArticle means an HTML page holds no readable article.
	ErrNoArticle = errors.New("no readable article on the page")
	// ErrNotFeed means data that should be a feed is not one.
	ErrNotFeed = errors.New("not an RSS, Atom or JSON feed")
)

// Error is a failure to open one URL. Its text is a single line naming
// the URL and saying what went wrong, such as
//
//	https://example.org/story: 404 Not Found
//	https://example.org/big: page is larger than 10 MB
//	ftp://example.org/: only http and https URLs can be opened
type Error struct {
	// URL is the address that was asked for.
	URL string
	// Kind is one of the Err* sentinels, or context.Canceled.
	Kind error
	// Msg replaces Kind's text when not "" ("404 Not Found").
	Msg string
	// Err is the underlying cause, or nil.
	Err error
}

// Error returns "url: message". A URL with characters that could disturb
// a terminal is quoted, Go-style.
func (e *Error) Error() string {
	msg := e.Msg
	if msg == "" {
		msg = e.Kind.Error()
	}
	if e.URL == "" {
		return msg
	}
	return displayURL(e.URL) + ": " + msg
}

// Unwrap returns the kind and the cause, so that both errors.Is(err,
// ErrTimeout) and errors.Is(err, context.DeadlineExceeded) can hold.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// displayURL returns u, quoted when it holds anything unprintable.
func displayURL(u string) string {
	if !utf8.ValidString(u) || strings.IndexFunc(u, func(r rune) bool { return !strconv.IsPrint(r) }) >= 0 {
		return strconv.Quote(u)
	}
	return u
}

// sizeText formats a byte count for people: "812 B", "340 KB", "1.2 MB",
// "10 MB".
func sizeText(n int64) string {
	const mb = 1 << 20
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d B", n)
	case n < mb:
		return fmt.Sprintf("%d KB", n>>10)
	case n%mb == 0 || n >= 100*mb:
		return fmt.Sprintf("%d MB", n/mb)
	default:
		return fmt.Sprintf("%.1f MB", float64(n)/mb)
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
// timed out (total or connect), a redirect refused, a bad answer (as ex
// tells), or no connection.
func fetchError(ctx context.Context, rawURL string, o Options, ex *exchange, err error) error {
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
	if bad := badResponse(ex, err); bad != "" {
		return &Error{URL: rawURL, Kind: ErrBadResponse, Msg: ErrBadResponse.Error() + ": " + bad, Err: err}
	}
	return &Error{URL: rawURL, Kind: ErrConnect,
		Msg: "could not connect: " + oneLine(reason(err)), Err: err}
}

// badResponse says what was wrong with the server's answer when err came
// after the request was sent: what the HTTP client found in the bytes
// received (`malformed MIME header: missing colon: "Content-Type html"`),
// or that the connection closed before any came. It returns "" for the
// failures of connecting.
func badResponse(ex *exchange, err error) string {
	switch {
	case ex.answered.Load():
		inner := unwrapURLError(err)
		for next := errors.Unwrap(inner); next != nil; next = errors.Unwrap(inner) {
			inner = next
		}
		return oneLine(inner.Error())
	case ex.wrote.Load() && errors.Is(err, io.EOF):
		return "the connection closed before any answer"
	}
	return ""
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
