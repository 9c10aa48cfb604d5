package pager

import (
	"net/url"
	"strings"

	uv "github.com/charmbracelet/ultraviolet"
)

// dropForeignLinks unlinks every cell whose hyperlink does not go to the
// web or to mail. Glamour turns each Markdown link into an OSC 8
// hyperlink, and a local file's links may point anywhere a terminal opens
// on a click: file:///home/ann/.ssh/, data:text/html,…, javascript:…, or
// a relative path. The text stays; only the link goes.
func dropForeignLinks(cells uv.Line) {
	for i := range cells {
		if cells[i].Link.URL != "" && !webLink(cells[i].Link.URL) {
			cells[i].Link = uv.Link{}
		}
	}
}

// webLink reports whether target is an http, https or mailto URL.
func webLink(target string) bool {
	u, err := url.Parse(target)
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "mailto":
		return true
	}
	return false
}
