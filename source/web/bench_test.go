package web

import (
	"bytes"
	"fmt"
	"testing"
)

// bigPage makes an article page of about n bytes: the figures page with
// its article paragraphs repeated, and as many comments again.
func bigPage(b *testing.B, n int) []byte {
	page := readTestdata(b, "figures.html")
	i := bytes.Index(page, []byte(`<div class="article-footer">`))
	var body, comments bytes.Buffer
	for k := 0; body.Len() < n/2; k++ {
		fmt.Fprintf(&body, "<p>Paragraph %d. Lake Orvel, the reservoir that supplies drinking water to more than 200,000 people, "+
			"has fallen to its lowest level since it was filled in 1963, \"said\" someone, after the driest summer on record.</p>\n", k)
		fmt.Fprintf(&comments, `<li class="comment"><p>Comment %d: I've been saying for years that nobody listens. Vote them out!</p></li>`+"\n", k)
	}
	out := append([]byte{}, page[:i]...)
	out = append(out, body.Bytes()...)
	out = append(out, []byte(`</div><ol class="comments">`)...)
	out = append(out, comments.Bytes()...)
	out = append(out, []byte("</ol>")...)
	return append(out, page[i:]...)
}

func BenchmarkParseHTML(b *testing.B) {
	cases := []struct {
		name string
		data []byte
	}{
		{"meta-byline", readTestdata(b, "meta-byline.html")},
		{"comments", readTestdata(b, "comments.html")},
		{"100KB", bigPage(b, 100<<10)},
		{"1MB", bigPage(b, 1<<20)},
		{"10MB", bigPage(b, 10<<20)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseHTML(c.data, "https://example.org/x"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseFeed(b *testing.B) {
	data := readTestdata(b, "feed.rss")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseFeed(data); err != nil {
			b.Fatal(err)
		}
	}
}
