package web

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseFeed(t *testing.T) {
	type item struct{ title, link, date, summary string }
	tests := []struct {
		file, title, link string
		items             []item
	}{
		{
			file: "feed.rss", title: "Riverside Public Radio: Local News", link: "https://news.example.org/sections/local",
			items: []item{
				{"City Council Approves Plan To Turn Rail Yard Into Housing", "https://news.example.org/2024/03/14/rail-yard-housing",
					"2024-03-14T21:05:00Z", "After two years of hearings, the council voted 7-2 to rezone the old Harbor Street rail yard."},
				{"Harbor Bridge Will Close For Repairs This Summer", "https://news.example.org/2024/03/13/bridge",
					"2024-03-13T14:30:00Z", "The 1920s span needs new cables, engineers say."},
				{"School Board Delays Vote On Later Start Times", "https://news.example.org/2024/03/12/schools",
					"2024-03-12T10:00:00Z", "Parents asked for more time to weigh in."},
			},
		},
		{
			file: "feed.atom", title: "The Northern Courier – Environment", link: "https://courier.example.co.uk/news/environment",
			items: []item{
				{"Drought leaves Lake Orvel at lowest level in 60 years", "https://courier.example.co.uk/news/2023/aug/21/lake-orvel-drought",
					"2023-08-21T05:30:00Z", "Farmers and boat owners count the cost as the reservoir shrinks to a third of its usual size"},
				{"Wildfire risk “very high” across the moors, fire service warns", "https://courier.example.co.uk/news/2023/aug/19/moor-fires",
					"2023-08-19T11:00:00Z", "Barbecues are banned on open land until further notice."},
			},
		},
		{
			file: "feed.json", title: "The Valley Ledger", link: "https://valleyledger.example/",
			items: []item{
				{"County paid 40% over state average for road repairs, records show", "https://valleyledger.example/2022/06/03/road-repairs/",
					"2022-06-03T13:00:00Z", "Marlow County paid its road contractor 40 percent more per mile than the state average."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := ParseFeed(readTestdata(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title || f.Link != tt.link {
				t.Errorf("feed %q %q, want %q %q", f.Title, f.Link, tt.title, tt.link)
			}
			var got []item
			for _, it := range f.Items {
				got = append(got, item{it.Title, it.Link, it.Published.UTC().Format(time.RFC3339), it.Summary})
			}
			if len(got) != len(tt.items) {
				t.Fatalf("got %d items, want %d: %+v", len(got), len(tt.items), got)
			}
			for i := range got {
				if got[i] != tt.items[i] {
					t.Errorf("item %d:\n got %+v\nwant %+v", i, got[i], tt.items[i])
				}
			}
		})
	}
}

func TestParseFeedErrors(t *testing.T) {
	for name, data := range map[string]string{
		"empty":       "",
		"html":        "<html><body><p>Not a feed</p></body></html>",
		"other xml":   `<?xml version="1.0"?><note><to>Tove</to></note>`,
		"broken json": `{"version": "https://jsonfeed.org/version/1", "items": [`,
		"plain text":  "just words",
	} {
		t.Run(name, func(t *testing.T) {
			if f, err := ParseFeed([]byte(data)); !errors.Is(err, ErrNotFeed) {
				t.Errorf("got %+v, %v; want ErrNotFeed", f, err)
			}
		})
	}
}

func TestParseFeedSummaries(t *testing.T) {
	long := strings.Repeat("word ", 200)
	rss := `<rss version="2.0"><channel><title>T</title>
<item><title>Long</title><link>https://x.example/1</link><description>` + long + `</description></item>
<item><title>Evil \x1b]0;title\x07</title><link>https://x.example/2</link><description>&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Safe &amp;amp; sound&lt;/p&gt;</description></item>
</channel></rss>`
	f, err := ParseFeed([]byte(rss))
	if err != nil {
		t.Fatal(err)
	}
	if s := f.Items[0].Summary; len([]rune(s)) > MaxSummary+1 || !strings.HasSuffix(s, "…") {
		t.Errorf("long summary not shortened: %d runes %q", len([]rune(s)), s)
	}
	if it := f.Items[1]; strings.ContainsFunc(it.Title, dropRune) || it.Summary != "Safe & sound" {
		t.Errorf("item 2 = %q, %q", it.Title, it.Summary)
	}
}

func TestShorten(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"one two three four five", 12, "one two…"},
		{"unbrokenwordthatgoeson", 8, "unbroken…"},
		{"día señor über", 7, "día…"},
	}
	for _, tt := range tests {
		if got := shorten(tt.s, tt.n); got != tt.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestParseFeedEncodings(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"latin-1 declared", `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf` + "\xe9" +
			`</title><item><title>Na` + "\xef" + `ve</title><link>https://x.example/1</link></item></channel></rss>`, "Café Naïve"},
		{"utf-8 with BOM", "\xef\xbb\xbf" + `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Café</title>` +
			`<item><title>Naïve</title><link>https://x.example/1</link></item></channel></rss>`, "Café Naïve"},
		{"stray control byte", `<rss version="2.0"><channel><title>Caf` + "\x0c" + `é</title><item><title>Naïve</title>` +
			`<link>https://x.example/1</link></item></channel></rss>`, "Café Naïve"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := f.Title + " " + f.Items[0].Title; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParseFeedTitleEntities checks that the feed's title is decoded as
// its items' titles are: feeds often encode an entity twice.
func TestParseFeedTitleEntities(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"rss, encoded twice", `<rss version="2.0"><channel><title>Dock &amp;amp; Rail &amp;#8212; Notes</title>` +
			`<item><title>Dock &amp;amp; Rail</title><link>https://x.example/1</link></item></channel></rss>`,
			"Dock & Rail — Notes|Dock & Rail"},
		{"rss, in CDATA", `<rss version="2.0"><channel><title><![CDATA[Dock &amp; Rail]]></title>` +
			`<item><title><![CDATA[Dock &amp; Rail]]></title><link>https://x.example/1</link></item></channel></rss>`,
			"Dock & Rail|Dock & Rail"},
		{"atom, html title", `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Dock &amp;amp; Rail</title>` +
			`<entry><title type="html">Dock &amp;amp; Rail</title><link href="https://x.example/1"/></entry></feed>`,
			"Dock & Rail|Dock & Rail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := ParseFeed([]byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := f.Title + "|" + f.Items[0].Title; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
