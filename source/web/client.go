package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptrace"
	"sync/atomic"
	"time"
)

// newClient returns an HTTP client with o's limits: connect timeout
// on each dial and TLS handshake, at most MaxRedirects redirects, only
// to http and https, and only where guard lets them go.
func newClient(o Options, rep *reporter, guard *redirectGuard) *http.Client {
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
			if err := guard.check(req); err != nil {
				return err
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

// exchange is how far the request in flight got, to tell a server that
// never answered from one that answered with something that is not HTTP.
type exchange struct {
	wrote    atomic.Bool // the request was sent on this connection
	answered atomic.Bool // the server sent its first byte back
}

// trace returns the hooks that report connecting, securing and waiting,
// and that keep ex up to date.
func trace(rep *reporter, ex *exchange) *httptrace.ClientTrace {
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
		GetConn: func(hostPort string) {
			current.Store(host(hostPort))
			ex.wrote.Store(false)
			ex.answered.Store(false)
		},
		ConnectStart:      func(_, _ string) { report(StageConnecting) },
		TLSHandshakeStart: func() { report(StageSecuring) },
		WroteRequest: func(httptrace.WroteRequestInfo) {
			ex.wrote.Store(true)
			report(StageWaiting)
		},
		GotFirstResponseByte: func() { ex.answered.Store(true) },
	}
}
