package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
)

// TestRedirectIntoPrivateRange fetches pages of invented hosts that
// redirect, some into the private ranges. The test server is on loopback,
// so the invented names are resolved by a table and every connection to
// them (and to the invented private addresses) goes to the server; what
// the guard sees is the table's address, as it would see the resolver's.
func TestRedirectIntoPrivateRange(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/to", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Query().Get("u"), http.StatusFound)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "A page that only this network should see.")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	port := srv.Listener.Addr().(*net.TCPAddr).Port
	names := map[string]string{
		"news.example":     "203.0.113.10",
		"other.example":    "198.51.100.7",
		"intranet.example": "10.0.0.5",
		"router.example":   "192.168.1.1",
	}
	pretend := map[string]bool{"169.254.169.254": true, "100.100.100.200": true}
	o := quick()
	o.lookup = func(_ context.Context, host string) ([]netip.Addr, error) {
		if a, ok := names[host]; ok {
			return []netip.Addr{netip.MustParseAddr(a)}, nil
		}
		return net.DefaultResolver.LookupNetIP(context.Background(), "ip", host)
	}
	o.dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if host, _, _ := net.SplitHostPort(addr); names[host] != "" || pretend[host] {
			addr = srv.Listener.Addr().String()
		}
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	via := func(origin, target string) string {
		return origin + "/to?u=" + url.QueryEscape(target)
	}
	loopback := srv.URL // http://127.0.0.1:port
	tests := []struct {
		name, url string
		refused   string // the host named in the error, or "" when followed
	}{
		{"to link-local metadata", via("http://news.example", "http://169.254.169.254/latest/"), "169.254.169.254"},
		{"to loopback", via("http://news.example", loopback+"/admin"), "127.0.0.1"},
		{"to localhost", via("http://news.example", fmt.Sprintf("http://localhost:%d/admin", port)), "localhost"},
		{"to a name on the network", via("http://news.example", "http://intranet.example/wiki"), "intranet.example"},
		{"to mapped loopback", via("http://news.example", fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/", port)), "::ffff:127.0.0.1"},
		{"to shared space", via("http://news.example", "http://100.100.100.200/meta"), "100.100.100.200"},
		{"public, public, then loopback", via("http://news.example", via("http://other.example", loopback+"/admin")), "127.0.0.1"},
		{"to another public host", via("http://news.example", "http://other.example/story"), ""},
		{"to the same host", via("http://news.example", "/story"), ""},
		{"asked for a name on the network", via("http://router.example", loopback+"/admin"), ""},
		{"asked for loopback", via(loopback, fmt.Sprintf("http://localhost:%d/admin", port)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Fetch(context.Background(), tt.url, o)
			if tt.refused == "" {
				if err != nil || !strings.Contains(p.Body, "only this network") {
					t.Fatalf("got %+v, %v; want the page", p, err)
				}
				return
			}
			if !errors.Is(err, ErrPrivateRedirect) {
				t.Fatalf("got %+v, %v; want ErrPrivateRedirect", p, err)
			}
			want := tt.url + ": redirected to " + tt.refused + ", an address on this computer or its network (refused)"
			if err.Error() != want {
				t.Errorf("error %q\n     want %q", err, want)
			}
		})
	}
}

func TestPrivateAddr(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1", true}, {"127.8.9.10", true}, {"::1", true}, {"10.1.2.3", true},
		{"172.16.0.1", true}, {"172.31.255.255", true}, {"192.168.0.1", true},
		{"169.254.169.254", true}, {"fe80::1", true}, {"fd00::1", true}, {"0.0.0.0", true},
		{"::", true}, {"::ffff:10.0.0.1", true}, {"100.64.0.1", true}, {"100.100.100.200", true},
		{"172.32.0.1", false}, {"8.8.8.8", false}, {"203.0.113.10", false}, {"2001:db8::1", false},
		{"100.128.0.1", false}, {"::ffff:8.8.8.8", false},
	}
	for _, tt := range tests {
		if got := privateAddr(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("privateAddr(%s) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}
