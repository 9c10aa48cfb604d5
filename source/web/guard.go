package web

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"sync"
)

// A page the user opened from the internet must not send byline, by a
// redirect, to the user's own machine or network: "http://news.example/"
// answering "302 Location: http://169.254.169.254/latest/" (a cloud's
// metadata service) or "http://127.0.0.1:8080/admin". Such redirects are
// refused, unless the URL the user asked for is itself such an address
// (a page on the local network, a test server on loopback): then its
// redirects go where they like.

// redirectGuard decides, for one fetch, whether a redirect may be
// followed.
type redirectGuard struct {
	origin string // the host of the URL asked for, as hostKey gives it
	lookup func(ctx context.Context, host string) ([]netip.Addr, error)

	once          sync.Once
	originPrivate bool
}

// newRedirectGuard returns the guard of a fetch of u. lookup resolves
// host names; nil means the system's resolver.
func newRedirectGuard(u string, lookup func(context.Context, string) ([]netip.Addr, error)) *redirectGuard {
	if lookup == nil {
		lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		}
	}
	return &redirectGuard{origin: hostKey(u), lookup: lookup}
}

// check returns an *Error when req, a redirect, goes to a private
// address from a URL that is not one. A host that cannot be looked up
// passes: connecting to it will fail and say so.
func (g *redirectGuard) check(req *http.Request) error {
	host := hostKey(req.URL.Hostname())
	if host == g.origin || !g.private(req.Context(), host) {
		return nil
	}
	g.once.Do(func() { g.originPrivate = g.private(req.Context(), g.origin) })
	if g.originPrivate {
		return nil
	}
	return &Error{Kind: ErrPrivateRedirect,
		Msg: "redirected to " + displayURL(req.URL.Hostname()) + ", an address on this computer or its network (refused)"}
}

// private reports whether host is, or resolves to, an address on this
// computer or its network.
func (g *redirectGuard) private(ctx context.Context, host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	addrs := []netip.Addr(nil)
	if a, err := netip.ParseAddr(host); err == nil {
		addrs = append(addrs, a)
	} else if addrs, err = g.lookup(ctx, host); err != nil {
		return false
	}
	for _, a := range addrs {
		if privateAddr(a) {
			return true
		}
	}
	return false
}

// hostKey is a host name or address as the guard compares them: lower
// case, no trailing dot, no IPv6 zone brackets ("[::1]" → "::1").
func hostKey(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
}

// sharedSpace is the carrier-grade NAT range (100.64.0.0/10), private
// in practice; one cloud serves its metadata at 100.100.100.200.
var sharedSpace = netip.MustParsePrefix("100.64.0.0/10")

// privateAddr reports whether a is loopback, private (10/8, 172.16/12,
// 192.168/16, fc00::/7), link-local (169.254/16, fe80::/10), shared
// (100.64/10) or unspecified (0.0.0.0, which reaches this computer).
func privateAddr(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsUnspecified() || sharedSpace.Contains(a)
}
