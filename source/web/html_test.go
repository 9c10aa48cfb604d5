package web

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestParseHTMLPages extracts the article from three pages written in the
// shape of real news pages (navigation, ads, share buttons, related
// links, a cookie banner, comments) and checks that the body holds every
// article block of testdata/<page>.paragraphs.txt, in order and nothing
// else, and none of the page's furniture.
func TestParseHTMLPages(t *testing.T) {
	tests := []struct {
		page                string
		title, byline, site string
		date                string // YYYY-MM-DD, or ""
		boilerplate         []string
		images              int // Markdown images kept
	}{
		{
			page:   "meta-byline",
			title:  "City Council Approves Plan To Turn Rail Yard Into Housing",
			byline: "Maria Okafor", site: "Riverside Public Radio", date: "2024-03-14",
			boilerplate: []string{"Skip to main content", "Play Live Radio", "Donate", "Advertisement",
				"Facebook", "Related Stories", "Hundreds Turn Out", "Subscribe", "terms of use",
				"Tags:", "More Stories", "Harbor Bridge Will Close", "All rights reserved", "Hourly News"},
		},
		{
			page:   "figures",
			title:  "Drought leaves Lake Orvel at lowest level in 60 years",
			byline: "Tomás Reyes, Ingrid Holm", site: "The Northern Courier", date: "2023-08-21",
			boilerplate: []string{"cookies", "Accept all", "Sport", "Today 24°C", "Environment",
				"Sign up to our daily briefing", "Share this article", "Spotted an error",
				"Most popular", "Hallby United", "Advertisement", "Registered in England"},
			images: 3,
		},
		{
			page:   "comments",
			title:  "County paid 40% over state average for road repairs, records show",
			byline: "Deborah Wright", date: "2022-06-03",
			boilerplate: []string{"Log in", "E-Edition", "Obituaries", "Miller's Hardware", "Staff Writer",
				"Filed under", "Share this", "covers county government", "thoughts on", "riverwatcher",
				"potholes", "Reply", "Leave a Reply", "Recent Posts", "Powered by WordPress",
				"procurement", "bike lanes", "moderator"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			data := readTestdata(t, tt.page+".html")
			p, err := ParseHTML(data, "https://news.example.org/story/"+tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if p.Kind != KindArticle || p.Title != tt.title || p.Byline != tt.byline || p.SiteName != tt.site {
				t.Errorf("got kind %v, title %q, byline %q, site %q;\nwant article, %q, %q, %q",
					p.Kind, p.Title, p.Byline, p.SiteName, tt.title, tt.byline, tt.site)
			}
			if got := dateOf(p.Published); got != tt.date {
				t.Errorf("published %s, want %s", got, tt.date)
			}
			want := strings.Split(strings.TrimSpace(string(readTestdata(t, tt.page+".paragraphs.txt"))), "\n")
			var got []string
			for _, block := range strings.Split(strings.TrimSpace(p.Body), "\n\n") {
				if mdAnyLinkRe.FindString(block) == block && strings.HasPrefix(block, "![") {
					continue // an image: counted below
				}
				if text := plainMarkdown(block); text != "" {
					got = append(got, text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("body blocks differ:\n got %d: %s\nwant %d: %s", len(got), strings.Join(got, "\n     "),
					len(want), strings.Join(want, "\n     "))
			}
			for _, b := range tt.boilerplate {
				if strings.Contains(p.Body, b) {
					t.Errorf("body keeps boilerplate %q", b)
				}
			}
			if n := strings.Count(p.Body, "!["); n != tt.images {
				t.Errorf("body has %d images, want %d", n, tt.images)
			}
		})
	}
}

// TestParseHTMLMarkdown checks the conversion of the elements readability
// keeps.
func TestParseHTMLMarkdown(t *testing.T) {
	long := strings.Repeat("This sentence makes the article long enough to be read. ", 8)
	tests := []struct {
		name, html string
		want       []string // substrings of the body
	}{
		{"relative link", `<a href="/other/story">the earlier story</a>`, []string{"[the earlier story](https://example.org/other/story)"}},
		{"emphasis", `<em>slowly</em> and <strong>loudly</strong>`, []string{"*slowly*", "**loudly**"}},
		{"list", `</p><ul><li>first point</li><li>second point</li></ul><p>`, []string{"- first point\n- second point"}},
		{"ordered list", `</p><ol><li>one</li><li>two</li></ol><p>`, []string{"1. one\n2. two"}},
		{"blockquote", `</p><blockquote><p>We shall see.</p></blockquote><p>`, []string{"> We shall see."}},
		{"code", `</p><pre><code>go run .</code></pre><p>`, []string{"```\ngo run .\n```"}},
		{"inline code", `run <code>byline</code> now`, []string{"`byline`"}},
		{"heading", `</p><h2>What comes next</h2><p>`, []string{"## What comes next"}},
		{"line break", `one line<br>another line`, []string{"one line  \nanother line"}},
		{"figure", `</p><figure><img src="/a.jpg" alt="A quiet street"><figcaption>The street at dawn.</figcaption></figure><p>`,
			[]string{"![A quiet street](https://example.org/a.jpg)", "The street at dawn."}},
		{"entities", `Fish &amp; chips &lt;3 &#8220;yes&#8221;`, []string{"Fish & chips", "“yes”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>T</title></head><body><article><p>" + long + "</p><p>Before " + tt.html +
				" after.</p><p>" + long + "</p></article></body></html>"
			p, err := ParseHTML([]byte(page), "https://example.org/news/story")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(p.Body, w) {
					t.Errorf("body lacks %q:\n%s", w, p.Body)
				}
			}
		})
	}
}

// TestParseHTMLEncodings checks that the encoding comes from the BOM or
// the <meta> tag, that valid UTF-8 is UTF-8 whatever the <meta> says,
// and that anything else is Windows-1252.
func TestParseHTMLEncodings(t *testing.T) {
	para := "<p>" + strings.Repeat("Words enough for readability to take this paragraph. ", 6) + "%s</p>"
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"utf-8 meta", []byte(`<meta charset="utf-8">` + sprintf(para, "Café “quoted”")), "Café “quoted”"},
		{"utf-8 no meta", []byte(sprintf(para, "Café “quoted”")), "Café “quoted”"},
		{"windows-1252 meta", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">` +
			sprintf(para, "Caf\xe9 \x93quoted\x94")), "Café “quoted”"},
		{"latin-1 no meta", []byte(sprintf(para, "Caf\xe9 na\xefve")), "Café naïve"},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), sprintf(para, "Café")...), "Café"},
		{"misdeclared utf-8", []byte(`<meta charset="iso-8859-1">` + sprintf(para, "Café")), "Café"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseHTML(tt.data, "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Body, tt.want) {
				t.Errorf("body lacks %q:\n%s", tt.want, p.Body)
			}
		})
	}
}

// TestParseHTMLHostile checks that escape sequences and controls in a
// page never reach the Page.
func TestParseHTMLHostile(t *testing.T) {
	page := "<title>Evil\x1b]0;pwned\x07 title\u202e</title><body><p>" +
		strings.Repeat("A paragraph long enough to be the article itself. ", 6) +
		"Clear \x1b[2J screen \x9b31m and bell \x07.</p></body>"
	p, err := ParseHTML([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{p.Title, p.Body, p.Excerpt} {
		if strings.ContainsFunc(s, dropRune) {
			t.Errorf("control characters survive: %q", s)
		}
	}
}

// TestParseHTMLNoArticle checks that pages without text are refused.
func TestParseHTMLNoArticle(t *testing.T) {
	for name, page := range map[string]string{
		"empty":      "",
		"blank":      "   \n ",
		"no body":    "<html><head><title>Only a title</title></head></html>",
		"only media": `<body><img src="a.png"><video src="b.mp4"></video></body>`,
		"binary":     "\x00\x01\x02\x03",
	} {
		t.Run(name, func(t *testing.T) {
			p, err := ParseHTML([]byte(page), "")
			if !errors.Is(err, ErrNoArticle) {
				t.Errorf("got %+v, %v; want ErrNoArticle", p, err)
			}
		})
	}
}

// TestTrimEdges checks which blocks at the ends of a body are furniture.
func TestTrimEdges(t *testing.T) {
	const body = "First real paragraph of the story, with a sentence.\n\nLast real paragraph."
	tests := []struct {
		name, md, want string
	}{
		{"nothing to trim", body, body},
		{"section link", "[Environment](https://x/env)\n\n" + body, body},
		{"links row", "[Home](/) | [News](/n) · [Local](/l)\n\n" + body + "\n\n- [politics](/t/p)\n- [housing](/t/h)", body},
		{"byline leftover", "By , Staff Writer · June 3, 2022\n\n" + body, body},
		{"byline", "By **Ana Ruiz** and Bo Li\n\n" + body, body},
		{"sentence starting with By", "By the time police arrived, the house was gone.\n\n" + body,
			"By the time police arrived, the house was gone.\n\n" + body},
		{"title again", "## The Headline\n\n" + body, body},
		{"lone date", "March 14, 2024\n\n" + body, body},
		{"lead image kept", "![A street](https://x/a.jpg)\n\n" + body, "![A street](https://x/a.jpg)\n\n" + body},
		{"author bio", body + "\n\nAna Ruiz covers the county for the Ledger. Reach her at ana@example.org.", body},
		{"quote naming the author kept", body + "\n\n\"We will see,\" Ana Ruiz said.", body + "\n\n\"We will see,\" Ana Ruiz said."},
		{"long link kept", "[The council voted on Thursday to rezone the rail yard for housing](/x)\n\n" + body,
			"[The council voted on Thursday to rezone the rail yard for housing](/x)\n\n" + body},
		{"only junk keeps last block", "[News](/n)", "[News](/n)"},
		{"code kept", "```\nBy x\n```\n\n" + body, "```\nBy x\n```\n\n" + body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := trimEdges(tt.md, "The Headline", "Ana Ruiz and Bo Li")
			if got != tt.want+"\n" {
				t.Errorf("trimEdges:\n got %q\nwant %q", got, tt.want+"\n")
			}
		})
	}
}

// TestPageDate checks the dates found in the page when metadata has none.
func TestPageDate(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"time element", `<p>x</p><time datetime="2021-05-06T10:00:00Z">May 6</time>`, "2021-05-06"},
		{"itemprop", `<span itemprop="datePublished" content="2020-01-02">Jan 2</span>`, "2020-01-02"},
		{"class", `<div class="meta"><span class="published">June 3, 2022</span></div>`, "2022-06-03"},
		{"class with junk text", `<span class="published">sometime last week</span>`, ""},
		{"none", `<p>Posted recently.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.html)
			if got := dateOf(pageDate(doc)); got != tt.want {
				t.Errorf("pageDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func sprintf(format, s string) string { return strings.Replace(format, "%s", s, 1) }
