package source

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/byline-reader/byline/source/web"
)

// TestFetchPage fetches a page from a loopback server and checks the user
// agent sent (the one given, or web's default for ""), that progress is
// told, and that Load sends the same request.
func TestFetchPage(t *testing.T) {
	var mu sync.Mutex
	var agent string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agent = r.UserAgent()
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><head><title>Harbour Lights Return</title></head><body><article>
<h1>Harbour Lights Return</h1><p>The lights came back on along the harbour wall on Tuesday evening,
after a month of repairs that kept the promenade dark.</p></article></body></html>`)
	}))
	defer srv.Close()
	sent := func() string {
		mu.Lock()
		defer mu.Unlock()
		return agent
	}
	tests := []struct {
		name, userAgent, want string
	}{
		{"default agent", "", web.DefaultOptions().UserAgent},
		{"agent given", "tester/1.0", "tester/1.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var reports []web.Progress
			var rmu sync.Mutex
			page, err := FetchPage(context.Background(), srv.URL, tt.userAgent, func(p web.Progress) {
				rmu.Lock()
				reports = append(reports, p)
				rmu.Unlock()
			})
			if err != nil || page.Title != "Harbour Lights Return" {
				t.Fatalf("FetchPage = %+v, %v", page, err)
			}
			if got := sent(); got != tt.want {
				t.Errorf("FetchPage sent agent %q, want %q", got, tt.want)
			}
			rmu.Lock()
			if len(reports) == 0 {
				t.Error("progress was never told")
			}
			rmu.Unlock()
			a, _, err := Load(context.Background(), Source{Name: srv.URL, URL: srv.URL}, tt.userAgent)
			if err != nil || a.Title != "Harbour Lights Return" {
				t.Fatalf("Load = %v", err)
			}
			if got := sent(); got != tt.want {
				t.Errorf("Load sent agent %q, want %q", got, tt.want)
			}
		})
	}
}
