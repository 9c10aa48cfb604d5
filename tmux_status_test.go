package main

import (
	"strings"
	"testing"
)

// TestTimeLeftInTmux: the reading time counts only what is below the
// screen. The sample's first screen has minutes left; after G, none; an
// article that fits on one screen never had any.
func TestTimeLeftInTmux(t *testing.T) {
	tt := startTmux(t, 100, 30, shq(binary))
	tt.waitText("Putin Receives", "min left")
	tt.keys("G")
	end := tt.waitText("100%")
	if strings.Contains(end, "min left") {
		t.Errorf("after G the status bar still counts minutes:\n%s", end)
	}
	tt.keys("q")
	tt.waitExit()

	short := writeFile(t, "short.txt", []byte("A Short Headline For The Test\n\nOne paragraph that fits on the screen.\n"))
	tt = startTmux(t, 100, 30, shq(binary)+" "+shq(short))
	first := tt.waitText("A Short Headline", "fits on the screen", "100%")
	if strings.Contains(first, "min left") {
		t.Errorf("an article on one screen shows a time left:\n%s", first)
	}
	tt.keys("q")
	tt.waitExit()
}

// TestLoadingURLInTmux: while a page is fetched the sidebar says it is
// loading; nothing is being analysed yet.
func TestLoadingURLInTmux(t *testing.T) {
	srv := webServer(t)
	tt := startTmux(t, 100, 30, shq(binary)+" "+shq(srv.URL+"/slow"))
	s := tt.waitText("Fetching", "Quotes", "loading…")
	if strings.Contains(s, "analysing") {
		t.Errorf("the sidebar says it is analysing a page not yet fetched:\n%s", s)
	}
	tt.keys("Escape")
	tt.waitExit()
}
