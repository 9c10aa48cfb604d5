package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/yuin/goldmark"
	"golang.org/x/net/html"
)

// sample is a small analysed article, built by hand so the tests do not
// depend on the extractor's accuracy.
func sample() *article.Article {
	body := "Rex Tillerson met Sergey Lavrov. \"We will talk,\" Tillerson said. " +
		"Lavrov said: \"Fine.\" A spokeswoman said, \"No comment.\" \"Maybe,\" someone added."
	at := func(s string) extract.Span {
		i := strings.Index(body, s)
		return extract.Span{Start: i, End: i + len(s)}
	}
	return &article.Article{
		Source: "story.txt", Title: "Tillerson Meets Lavrov In Moscow", Byline: "By Jane Doe", Dateline: "April 12, 2017",
		Format: article.Text, Body: body,
		Analysis: extract.Analysis{
			People: []extract.Person{
				// Out of order on purpose: the export sorts by first mention.
				{Name: "Sergey Lavrov", Aliases: []string{"Lavrov"}, Role: "Foreign Minister",
					Mentions: []extract.Span{at("Sergey Lavrov"), at("Lavrov said")}},
				{Name: "Alexander Nemenov", Role: "photo credit"},
				{Name: "Rex Tillerson", Aliases: []string{"Tillerson"}, Role: "Secretary of State",
					Mentions: []extract.Span{at("Rex Tillerson"), at("Tillerson said")}},
			},
			Quotes: []extract.Quote{
				{Text: "We will talk,", Span: at("We will talk,"), Speaker: "Rex Tillerson", Person: 2, How: extract.Explicit},
				{Text: "Fine.", Span: at("Fine."), Speaker: "Sergey Lavrov", Person: 0, How: extract.Explicit},
				{Text: "No comment.", Span: at("No comment."), Speaker: "a spokeswoman", Person: -1, How: extract.Inferred},
				{Text: "Maybe,", Span: at("Maybe,"), Person: -1, How: extract.Unattributed},
			},
		},
	}
}

func TestMarkdown(t *testing.T) {
	want := `[//]: # (byline export: quotes and people)

# Tillerson Meets Lavrov In Moscow

By Jane Doe  
April 12, 2017  
<https://example.org/story>

## Quotes (4)

> We will talk
>
> — **Rex Tillerson**

> Fine.
>
> — **Sergey Lavrov**

> No comment.
>
> — **a spokeswoman** (inferred)

> Maybe
>
> — *unattributed*

## People (3)

| Name | Role | Mentions |
| --- | --- | ---: |
| Rex Tillerson | Secretary of State | 2 |
| Sergey Lavrov | Foreign Minister | 2 |
| Alexander Nemenov | photo credit | 0 |
`
	if got := Markdown(sample(), "https://example.org/story"); got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
}

func TestMarkdownEmpty(t *testing.T) {
	got := Markdown(&article.Article{}, "")
	want := "[//]: # (byline export: quotes and people)\n\n# Untitled article\n\n## Quotes (0)\n\nNo quotations found.\n\n## People (0)\n\nNo people found.\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestMarkdownEscapes renders the export of hostile text with goldmark and
// checks that every quote and name comes out as written.
func TestMarkdownEscapes(t *testing.T) {
	texts := []string{
		"*not emphasis* and _not either_",
		"<b>not html</b> & &amp; entities",
		"[not a link](https://x) ![nor an image](y)",
		"# not a heading",
		"- not a list",
		"1. not a list either",
		"pipes | in | cells",
		"`not code` ~~not struck~~",
		`back\slash`,
	}
	a := &article.Article{Title: "# Title *with* marks"}
	for _, s := range texts {
		a.Analysis.Quotes = append(a.Analysis.Quotes, extract.Quote{Text: s, Speaker: s, How: extract.Explicit})
		a.Analysis.People = append(a.Analysis.People, extract.Person{Name: s, Role: s})
	}
	var out bytes.Buffer
	if err := goldmark.New().Convert([]byte(Markdown(a, "")), &out); err != nil {
		t.Fatal(err)
	}
	text := textOf(t, out.String())
	if strings.Contains(text, "byline export") {
		t.Errorf("the export's mark shows:\n%s", text)
	}
	for _, s := range append(texts, a.Title) {
		if n := strings.Count(text, s); n < 2 && s != a.Title || n < 1 {
			t.Errorf("%q shows %d times in the rendered export:\n%s", s, n, text)
		}
	}
}

func TestJSON(t *testing.T) {
	got := JSON(sample(), "https://example.org/story")
	var doc Document
	if err := json.Unmarshal([]byte(got), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, got)
	}
	if doc.Title != "Tillerson Meets Lavrov In Moscow" || doc.URL != "https://example.org/story" || doc.Source != "story.txt" {
		t.Errorf("header %+v", doc)
	}
	if len(doc.People) != 3 || doc.People[0].Name != "Rex Tillerson" || doc.People[0].Mentions != 2 ||
		doc.People[0].Aliases[0] != "Tillerson" || doc.People[2].Aliases == nil ||
		!slices.Equal(doc.People[0].Offsets, []int{0, 49}) || doc.People[2].Offsets == nil {
		t.Errorf("people %+v", doc.People)
	}
	// The data keeps the quote as written, comma and all.
	if doc.Quotes[0].Text != "We will talk," {
		t.Errorf("quote 0 is %q, want it as written", doc.Quotes[0].Text)
	}
	a := sample()
	for i, q := range doc.Quotes {
		if q.Text != a.Body[q.Offset:q.Offset+len(q.Text)] {
			t.Errorf("quote %d: offset %d does not point at %q", i, q.Offset, q.Text)
		}
	}
	if doc.Quotes[3].Speaker != nil || doc.Quotes[2].Attribution != extract.Inferred || doc.Quotes[0].Attribution != extract.Explicit ||
		doc.Quotes[3].Attribution != extract.Unattributed || !strings.Contains(got, `"attribution": "none"`) {
		t.Errorf("quotes %+v", doc.Quotes)
	}
	if !strings.HasSuffix(got, "}\n") || !strings.Contains(got, "\n  \"people\": [") {
		t.Errorf("not indented JSON ending in a newline:\n%s", got)
	}
	if JSON(sample(), "") != JSON(sample(), "") {
		t.Error("JSON is not deterministic")
	}
	if strings.Contains(JSON(sample(), ""), `"url"`) {
		t.Error("empty url not left out")
	}
}

func TestCSV(t *testing.T) {
	want := "source,type,name,role,mentions,text,attribution,offset\n" +
		"story.txt,person,Rex Tillerson,Secretary of State,2,,,\n" +
		"story.txt,person,Sergey Lavrov,Foreign Minister,2,,,\n" +
		"story.txt,person,Alexander Nemenov,photo credit,0,,,\n" +
		"story.txt,quote,Rex Tillerson,,,\"We will talk,\",explicit,34\n" +
		"story.txt,quote,Sergey Lavrov,,,Fine.,explicit,79\n" +
		"story.txt,quote,a spokeswoman,,,No comment.,inferred,107\n" +
		"story.txt,quote,,,,\"Maybe,\",none,121\n"
	if got := CSV(sample(), ""); got != want {
		t.Errorf("CSV:\n%s\nwant:\n%s", got, want)
	}
	// Quotes with commas, quote marks and line breaks survive a round trip.
	a := &article.Article{Analysis: extract.Analysis{Quotes: []extract.Quote{
		{Text: "He said \"no\", twice,\nthen left.", Speaker: "O'Brien, Jr."},
	}}}
	records, err := csv.NewReader(strings.NewReader(CSV(a, ""))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if r := records[1]; r[2] != "O'Brien, Jr." || r[5] != "He said \"no\", twice,\nthen left." {
		t.Errorf("round trip: %q", r)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		ok   bool
	}{
		{"md", FormatMarkdown, true}, {"Markdown", FormatMarkdown, true}, {"json", FormatJSON, true},
		{"CSV", FormatCSV, true}, {" csv ", FormatCSV, true}, {"jsonl", FormatJSONL, true}, {"html", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseFormat(%q) = %v, %v", tt.in, got, err)
		}
	}
	for _, f := range []Format{FormatMarkdown, FormatJSON, FormatCSV, FormatJSONL} {
		if back, err := ParseFormat(f.String()); err != nil || back != f {
			t.Errorf("%v does not round-trip", f)
		}
		if !strings.HasPrefix(Render(f, sample(), ""), map[Format]string{FormatMarkdown: "[//]: # (byline export", FormatJSON: "{\n", FormatCSV: "source,type,", FormatJSONL: "{\""}[f]) {
			t.Errorf("Render(%v) starts wrong", f)
		}
	}
}

func TestFileName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Putin Receives Tillerson At Kremlin", "putin-receives-tillerson-at-kremlin.md"},
		{"Putin receives Tillerson at Kremlin, as U.S.-Russia tensions rise", "putin-receives-tillerson-at-kremlin-as-u-s-russia-tensions-rise.md"},
		{"García's “Big” Day: 5 Things", "garcias-big-day-5-things.md"},
		{"Ça coûte 10 €", "ca-coute-10.md"},
		{"東京の天気", "東京の天気.md"},
		{"../../etc/passwd", "etc-passwd.md"},
		{".hidden", "hidden.md"},
		{"", "article.md"},
		{"!!!", "article.md"},
		{"\x1b[31mred\x1b[0m", "31mred-0m.md"},
		{strings.Repeat("word ", 40), strings.TrimSuffix(strings.Repeat("word-", 16), "-") + ".md"},
		{strings.Repeat("ü", 100), strings.Repeat("u", 80) + ".md"},
		{strings.Repeat("é", 100), strings.Repeat("e", 80) + ".md"},
		{strings.Repeat("Ж", 100), strings.Repeat("ж", 40) + ".md"},
	}
	for _, tt := range tests {
		got := FileName(tt.title, FormatMarkdown)
		if got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.title, got, tt.want)
		}
		if strings.ContainsAny(got, `/\`) || strings.HasPrefix(got, ".") || strings.HasPrefix(got, "-") {
			t.Errorf("unsafe name %q", got)
		}
	}
	if got := FileName("A Title", FormatCSV); got != "a-title.csv" {
		t.Errorf("csv name %q", got)
	}
}

// textOf returns the text of an HTML document, entities decoded.
func textOf(t *testing.T, s string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return b.String()
}

func TestQuote(t *testing.T) {
	tests := []struct {
		q    extract.Quote
		url  string
		want string
	}{
		{extract.Quote{Text: "We will talk,", Speaker: "Rex Tillerson"}, "", "“We will talk” — Rex Tillerson"},
		{extract.Quote{Text: "Two\n\nparagraphs", Speaker: "Ada"}, "https://x.example/s", "“Two paragraphs” — Ada\nhttps://x.example/s"},
		{extract.Quote{Text: "Maybe"}, "", "“Maybe”"},
		{extract.Quote{Text: "Stop. Go,\n"}, "", "“Stop. Go”"},
	}
	for _, tt := range tests {
		if got := Quote(tt.q, tt.url); got != tt.want {
			t.Errorf("Quote(%+v) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestWriter checks that the exports of several articles make one valid
// document of each format, and that one article's is the article's own.
func TestWriter(t *testing.T) {
	second := sample()
	second.Source, second.Title = "other.txt", "Another Story"
	write := func(f Format, arts ...*article.Article) string {
		var b bytes.Buffer
		w := NewWriter(&b, f)
		for _, a := range arts {
			if err := w.Write(a, ""); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, f := range []Format{FormatMarkdown, FormatJSON, FormatJSONL, FormatCSV} {
		if got, want := write(f, sample()), Render(f, sample(), ""); got != want {
			t.Errorf("%v of one article:\n%s\nwant:\n%s", f, got, want)
		}
	}
	var docs []Document
	if out := write(FormatJSON, sample(), second); json.Unmarshal([]byte(out), &docs) != nil || len(docs) != 2 ||
		docs[1].Source != "other.txt" || !strings.HasPrefix(out, "[\n  {\n    \"source\"") {
		t.Errorf("JSON of two articles is not one array of two:\n%s", out)
	}
	lines := strings.Split(strings.TrimSuffix(write(FormatJSONL, sample(), second), "\n"), "\n")
	for i, l := range lines {
		var d Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Errorf("JSON Lines line %d: %v", i, err)
		}
	}
	if len(lines) != 2 {
		t.Errorf("JSON Lines of two articles has %d lines", len(lines))
	}
	records, err := csv.NewReader(strings.NewReader(write(FormatCSV, sample(), second))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]int{}
	for _, r := range records[1:] {
		sources[r[0]]++
	}
	if records[0][0] != "source" || sources["story.txt"] != 7 || sources["other.txt"] != 7 {
		t.Errorf("CSV of two articles: header %q, rows by source %v", records[0], sources)
	}
	if md := write(FormatMarkdown, sample(), second); strings.Count(md, "\n# ") != 2 || !strings.Contains(md, "\n\n# Another Story") {
		t.Errorf("Markdown of two articles:\n%s", md)
	}
	var none bytes.Buffer
	if err := NewWriter(&none, FormatJSON).Close(); err != nil || none.Len() != 0 {
		t.Errorf("no article: %q, %v", none.String(), err)
	}
}

// TestHasMark checks that byline's Markdown exports are told from
// articles by their first bytes.
func TestHasMark(t *testing.T) {
	exported := Markdown(sample(), "")
	tests := []struct {
		name string
		head string
		want bool
	}{
		{"export", exported, true},
		{"export's first MarkLen bytes", exported[:MarkLen], true},
		{"article", "# A Headline\n\nA paragraph.\n", false},
		{"start of the mark", "[//]", false},
		{"empty", "", false},
		{"mark after a blank line", "\n" + exported, false},
	}
	for _, tt := range tests {
		if got := HasMark([]byte(tt.head)); got != tt.want {
			t.Errorf("HasMark(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
