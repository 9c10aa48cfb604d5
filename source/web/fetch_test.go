package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// testServer serves pages, feeds, redirects, slow and huge answers on
// loopback. Handlers that stall wait for the request to end or for the
// test to finish, so no test sleeps for long.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	release := make(chan struct{})
	stall := func(r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}
	page := readTestdata(t, "meta-byline.html")
	rss := readTestdata(t, "feed.rss")
	mux := http.NewServeMux()
	serve := func(path, contentType string, body []byte) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			if contentType != "" {
				w.Header().Set("Content-Type", contentType)
			} else {
				w.Header()["Content-Type"] = nil // no sniffing by net/http
			}
			w.Write(body)
		})
	}
	serve("/story", "text/html; charset=utf-8", page)
	serve("/story.xhtml", "application/xhtml+xml", page)
	serve("/untyped", "", page)
	serve("/notes.txt", "text/plain; charset=iso-8859-1", []byte("Caf\xe9 notes\r\n\r\nSecond paragraph."))
	serve("/notes.md", "text/markdown", []byte("# Notes\n\nSome *Markdown*."))
	serve("/feed.rss", "application/rss+xml", rss)
	serve("/feed.xml", "text/xml", rss)
	serve("/feed-as-html", "text/html", rss)
	serve("/feed.atom", "application/atom+xml", readTestdata(t, "feed.atom"))
	serve("/feed.json", "application/feed+json", readTestdata(t, "feed.json"))
	serve("/untyped-feed", "", rss)
	serve("/note.xml", "application/xml", []byte(`<?xml version="1.0"?><note>not a feed</note>`))
	serve("/photo.png", "image/png", []byte("\x89PNG\r\n\x1a\n"))
	serve("/doc.pdf", "application/pdf", []byte("%PDF-1.4"))
	serve("/empty.html", "text/html", []byte("<html><body></body></html>"))
	serve("/bad.rss", "application/rss+xml", []byte("<rss><channel><title>cut off"))
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "database on fire", http.StatusInternalServerError)
	})
	mux.HandleFunc("/ua", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, r.UserAgent())
	})
	// /hop/N redirects N more times, then to /story.
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/hop/"))
		next := "/story"
		if n > 1 {
			next = fmt.Sprintf("/hop/%d", n-1)
		}
		http.Redirect(w, r, next, http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.org/file", http.StatusFound)
	})
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		stall(r)
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page[:100])
		w.(http.Flusher).Flush()
		stall(r)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", strconv.Itoa(11<<20))
		w.Write([]byte("<p>")) // the rest never comes: Fetch must refuse before reading it
	})
	mux.HandleFunc("/huge-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := []byte(strings.Repeat("all work and no play\n", 3000))
		for sent := 0; sent <= 2<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) }) // runs before srv.Close
	return srv
}

// quick are options with small limits, so the limit tests run fast.
func quick() Options {
	o := DefaultOptions()
	o.Timeout = 2 * time.Second
	o.ConnectTimeout = time.Second
	o.MaxBytes = 1 << 20
	return o
}

func TestFetch(t *testing.T) {
	srv := testServer(t)
	tests := []struct {
		path      string
		kind      Kind
		title     string // Page.Title
		body      string // in Page.Body
		feedItems int
	}{
		{path: "/story", kind: KindArticle, title: "City Council Approves Plan To Turn Rail Yard Into Housing", body: "\"We're not done,\" Marsh said."},
		{path: "/story.xhtml", kind: KindArticle, title: "City Council Approves Plan To Turn Rail Yard Into Housing"},
		{path: "/untyped", kind: KindArticle, title: "City Council Approves Plan To Turn Rail Yard Into Housing"},
		{path: "/notes.txt", kind: KindText, body: "Café notes\n\nSecond paragraph."},
		{path: "/notes.md", kind: KindText, body: "# Notes"},
		{path: "/feed.rss", kind: KindFeed, title: "Riverside Public Radio: Local News", feedItems: 3},
		{path: "/feed.xml", kind: KindFeed, feedItems: 3},
		{path: "/feed-as-html", kind: KindFeed, feedItems: 3},
		{path: "/untyped-feed", kind: KindFeed, feedItems: 3},
		{path: "/feed.atom", kind: KindFeed, feedItems: 2},
		{path: "/feed.json", kind: KindFeed, feedItems: 1},
		{path: "/hop/3", kind: KindArticle, title: "City Council Approves Plan To Turn Rail Yard Into Housing"},
		{path: "/hop/10", kind: KindArticle},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p, err := Fetch(context.Background(), srv.URL+tt.path, quick())
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != tt.kind {
				t.Errorf("kind %v, want %v", p.Kind, tt.kind)
			}
			if tt.title != "" && p.Title != tt.title {
				t.Errorf("title %q, want %q", p.Title, tt.title)
			}
			if !strings.Contains(p.Body, tt.body) {
				t.Errorf("body lacks %q:\n%s", tt.body, p.Body)
			}
			if tt.feedItems > 0 && (p.Feed == nil || len(p.Feed.Items) != tt.feedItems) {
				t.Errorf("feed %+v, want %d items", p.Feed, tt.feedItems)
			}
			if tt.path == "/hop/3" && p.URL != srv.URL+"/story" {
				t.Errorf("URL after redirects %q, want %q", p.URL, srv.URL+"/story")
			}
		})
	}
}

func TestFetchErrors(t *testing.T) {
	srv := testServer(t)
	tests := []struct {
		name, url string
		kind      error
		msg       string // the whole text after "url: "
	}{
		{"404", "/missing", ErrStatus, "404 Not Found"},
		{"418 without text", "/teapot", ErrStatus, "418 I'm a teapot"},
		{"500", "/broken", ErrStatus, "500 Internal Server Error"},
		{"image", "/photo.png", ErrContentType, "cannot show image/png (only web pages, text and feeds)"},
		{"pdf", "/doc.pdf", ErrContentType, "cannot show application/pdf (only web pages, text and feeds)"},
		{"xml not a feed", "/note.xml", ErrContentType, "cannot show application/xml (only web pages, text and feeds)"},
		{"broken feed", "/bad.rss", ErrNotFeed, ""},
		{"page without article", "/empty.html", ErrNoArticle, "no readable article on the page"},
		{"11 redirects", "/hop/11", ErrRedirects, "stopped after 10 redirects"},
		{"redirect loop", "/loop", ErrRedirects, "stopped after 10 redirects"},
		{"redirect to ftp", "/to-ftp", ErrScheme, "redirected to a ftp: URL (only http and https)"},
		{"huge with length", "/huge", ErrTooLarge, "page is larger than 1 MB"},
		{"huge streamed", "/huge-chunked", ErrTooLarge, "page is larger than 1 MB"},
		{"ftp", "ftp://example.org/file", ErrScheme, "ftp: URLs are not supported (only http and https)"},
		{"file", "file:///etc/passwd", ErrScheme, "file: URLs are not supported (only http and https)"},
		{"no scheme", "example.org/story", ErrBadURL, "not a URL (no http:// or https://)"},
		{"no host", "http:///story", ErrBadURL, "URL has no host"},
		{"bad escape", "http://example.org/%zz", ErrBadURL, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := tt.url
			if strings.HasPrefix(url, "/") {
				url = srv.URL + url
			}
			p, err := Fetch(context.Background(), url, quick())
			if !errors.Is(err, tt.kind) {
				t.Fatalf("got %+v, %v; want %v", p, err, tt.kind)
			}
			if want := url + ": " + tt.msg; tt.msg != "" && err.Error() != want {
				t.Errorf("error %q\n     want %q", err, want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error spans lines: %q", err)
			}
		})
	}
}

func TestFetchDefaultLimitMessage(t *testing.T) {
	err := tooLarge("https://x.example/", DefaultMaxBytes)
	if want := "https://x.example/: page is larger than 10 MB"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
}

func TestFetchTimeouts(t *testing.T) {
	srv := testServer(t)
	for _, path := range []string{"/slow-headers", "/slow-body"} {
		t.Run(path, func(t *testing.T) {
			o := quick()
			o.Timeout = 100 * time.Millisecond
			start := time.Now()
			_, err := Fetch(context.Background(), srv.URL+path, o)
			if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("got %v, want a timeout", err)
			}
			if want := srv.URL + path + ": timed out after 100ms"; err.Error() != want {
				t.Errorf("error %q, want %q", err, want)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("gave up after %v", d)
			}
		})
	}
}

func TestFetchConnectTimeout(t *testing.T) {
	o := quick()
	o.ConnectTimeout = 50 * time.Millisecond
	o.dial = func(ctx context.Context, _, _ string) (net.Conn, error) {
		<-ctx.Done() // a host that never answers
		return nil, ctx.Err()
	}
	_, err := Fetch(context.Background(), "http://192.0.2.1/story", o)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("got %v, want ErrTimeout", err)
	}
	if want := "http://192.0.2.1/story: could not connect within 50ms"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

func TestFetchConnectRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	_, err = Fetch(context.Background(), "http://"+addr+"/", quick())
	if !errors.Is(err, ErrConnect) || !strings.Contains(err.Error(), "could not connect: ") {
		t.Fatalf("got %v, want ErrConnect", err)
	}
}

func TestFetchCancel(t *testing.T) {
	srv := testServer(t)
	ctx, cancel := context.WithCancel(context.Background())
	o := quick()
	o.Progress = func(p Progress) {
		if p.Stage == StageWaiting {
			cancel() // the user presses esc while the server thinks
		}
	}
	_, err := Fetch(ctx, srv.URL+"/slow-headers", o)
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if want := srv.URL + "/slow-headers: cancelled"; err.Error() != want {
		t.Errorf("error %q, want %q", err, want)
	}
}

func TestFetchProgress(t *testing.T) {
	srv := testServer(t)
	var mu sync.Mutex
	var stages []string
	o := quick()
	o.MaxBytes = 4 << 20
	o.Progress = func(p Progress) {
		mu.Lock()
		defer mu.Unlock()
		s := p.String()
		if p.Stage == StageDownloading {
			s = "downloading"
		}
		if len(stages) == 0 || stages[len(stages)-1] != s {
			stages = append(stages, s)
		}
	}
	if _, err := Fetch(context.Background(), srv.URL+"/hop/1", o); err != nil {
		t.Fatal(err)
	}
	want := "connecting to 127.0.0.1, waiting for 127.0.0.1, redirected to 127.0.0.1, waiting for 127.0.0.1, downloading, reading the page"
	if got := strings.Join(stages, ", "); got != want {
		t.Errorf("progress:\n got %s\nwant %s", got, want)
	}
}

func TestFetchUserAgent(t *testing.T) {
	srv := testServer(t)
	p, err := Fetch(context.Background(), srv.URL+"/ua", quick())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Body, "byline/") || !strings.HasSuffix(p.Body, " (+terminal news reader)") {
		t.Errorf("User-Agent %q", p.Body)
	}
}

func TestProgressString(t *testing.T) {
	tests := []struct {
		p    Progress
		want string
	}{
		{Progress{Stage: StageConnecting, Host: "example.org"}, "connecting to example.org"},
		{Progress{Stage: StageSecuring, Host: "example.org"}, "securing the connection to example.org"},
		{Progress{Stage: StageDownloading, Done: 1258291, Total: -1}, "downloading 1.2 MB"},
		{Progress{Stage: StageDownloading, Done: 300 << 10, Total: 3565158}, "downloading 300 KB of 3.4 MB"},
		{Progress{Stage: StageDownloading, Done: 512, Total: -1}, "downloading 512 B"},
		{Progress{Stage: StageReading}, "reading the page"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestIsURL(t *testing.T) {
	for arg, want := range map[string]bool{
		"https://example.org/story": true,
		"http://localhost:8080/":    true,
		"HTTP://EXAMPLE.ORG":        true,
		"ftp://example.org/":        true,
		"svn+ssh://host/repo":       true,
		"story.txt":                 false,
		"notes:2024.txt":            false,
		`C:\news\story.txt`:         false,
		"c://odd":                   false,
		"https://":                  false,
		"-":                         false,
		"./https://x":               false,
	} {
		if got := IsURL(arg); got != want {
			t.Errorf("IsURL(%q) = %v, want %v", arg, got, want)
		}
	}
}

func TestIsHTMLFile(t *testing.T) {
	for path, want := range map[string]bool{
		"story.html": true, "SAVED.HTM": true, "a/b.xhtml": true,
		"story.txt": false, "html": false, "story.html.md": false,
	} {
		if got := IsHTMLFile(path); got != want {
			t.Errorf("IsHTMLFile(%q) = %v, want %v", path, got, want)
		}
	}
}
