package ui

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/ui/history"
)

// storyHTML is a news page: navigation and a comment around the article.
const storyHTML = `<!DOCTYPE html><html><head><title>Harbor Bridge Reopens After Repairs - The Test Gazette</title>
<meta property="og:site_name" content="The Test Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-14T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/subscribe">Subscribe now</a></nav>
<article><h1>Harbor Bridge Reopens After Repairs</h1>
<p>The Harbor Bridge reopened to traffic on Thursday after eight months of repairs to its cables and deck, city officials said.</p>
<p>"This bridge carries forty thousand people a day, and they have waited long enough," said Mayor Ana Ruiz at the ribbon cutting.</p>
<p>Engineers found that two of the main cables had corroded far more than inspections in 2019 had shown, which added three months to the work.</p>
<p>The repairs cost $48 million, most of it paid by the state. Tolls will not rise, the city said.</p>
</article>
<aside class="comments"><h3>Comments</h3><p>First! Great news for commuters.</p></aside>
<footer>Copyright The Test Gazette</footer></body></html>`

// testServer serves the story, a feed of it, and a page that never
// answers until the request is given up.
func testServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, storyHTML)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette Feed</title>
<item><title>Bridge Item</title><link>%[1]s/story</link><description>The bridge.</description></item>
<item><title>Broken Item</title><link>%[1]s/missing</link></item></channel></rss>`, srv.URL)
	})
	return srv
}

// start sizes m and runs its Init, as the program does.
func start(t *testing.T, m *Model, w, h int) *Model {
	t.Helper()
	m = settle(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	return settle(t, m, runCmd(m.Init())...)
}

// settle is step without the spinner's ticks, which go on for as long as
// a fetch does.
func settle(t *testing.T, m *Model, msgs ...tea.Msg) *Model {
	t.Helper()
	queue := append([]tea.Msg(nil), msgs...)
	for len(queue) > 0 {
		msg := queue[0]
		queue = queue[1:]
		if _, ok := msg.(spinner.TickMsg); ok {
			continue
		}
		tm, cmd := m.Update(msg)
		m = tm.(*Model)
		queue = append(queue, runCmd(cmd)...)
	}
	return m
}

// press1 presses each key in turn, settling after each.
func press1(t *testing.T, m *Model, ks ...string) *Model {
	t.Helper()
	for _, k := range ks {
		m = settle(t, m, press(k))
	}
	return m
}

// reader is a reader of the fixture article and a second source, with
// its analysis, sized w × h.
func reader(t *testing.T, w, h int) *Model {
	t.Helper()
	a, an := fixtureArticle(t)
	srcs := []source.Source{
		{Name: "council.txt", Data: []byte(a.Title + "\n\n" + a.Body)},
		{Name: "second.txt", Data: []byte("Second Story\n\nIt has one paragraph.")},
	}
	m := settle(t, New(context.Background(), srcs, Options{NoColor: true}), tea.WindowSizeMsg{Width: w, Height: h})
	a.Analysis, m.docs[0].anArt = an, a
	return settle(t, m, articleMsg{idx: 0, gen: m.load.gen, art: a})
}

func TestOpenURL(t *testing.T) {
	srv := testServer(t)
	m := New(context.Background(), []source.Source{{Name: srv.URL + "/story", URL: srv.URL + "/story"}}, Options{NoColor: true})
	m = start(t, m, 120, 30)
	if m.state != stateReading {
		t.Fatalf("state %d, err %v", m.state, m.err)
	}
	s := plain(m)
	for _, want := range []string{"Harbor Bridge Reopens After Repairs", "By Jane Doe", "The Test Gazette", "March 14, 2024", "forty thousand people"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	for _, junk := range []string{"Subscribe now", "First! Great news", "Copyright"} {
		if strings.Contains(s, junk) {
			t.Errorf("screen shows the page's %q:\n%s", junk, s)
		}
	}
	if got := articleURL(m.docs[0].art); got != srv.URL+"/story" {
		t.Errorf("article URL %q", got)
	}
}

func TestFetchError(t *testing.T) {
	srv := testServer(t)
	m := New(context.Background(), []source.Source{{Name: "missing", URL: srv.URL + "/missing"}}, Options{NoColor: true})
	m = start(t, m, 100, 24)
	if m.state != stateError || !strings.Contains(plain(m), "404 Not Found") {
		t.Errorf("state %d; screen:\n%s", m.state, plain(m))
	}
}

func TestCancelFetch(t *testing.T) {
	srv := testServer(t)
	slow := source.Source{Name: "slow", URL: srv.URL + "/slow"}

	t.Run("alone", func(t *testing.T) {
		m := start(t, New(context.Background(), []source.Source{slow}, Options{NoColor: true}), 100, 24)
		if !m.fetching() || !strings.Contains(plain(m), "esc cancels") {
			t.Fatalf("not fetching; screen:\n%s", plain(m))
		}
		tm, cmd := m.Update(press("esc"))
		m = tm.(*Model)
		if cmd == nil {
			t.Fatal("esc did not quit")
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Error("esc did not quit")
		}
		if m.Err() == nil || !strings.Contains(m.Err().Error(), "cancelled") {
			t.Errorf("Err() = %v", m.Err())
		}
	})

	t.Run("back to the article before", func(t *testing.T) {
		m := New(context.Background(), []source.Source{{Name: "a.txt", Data: []byte("First Story Here\n\nSome text.")}, slow}, Options{NoColor: true})
		m = start(t, m, 100, 24)
		m = press1(t, m, "]")
		if !m.fetching() {
			t.Fatal("] did not start the fetch")
		}
		m = press1(t, m, "esc")
		if m.cur != 0 || m.state != stateReading || !strings.Contains(plain(m), "cancelled") {
			t.Errorf("cur %d state %d; screen:\n%s", m.cur, m.state, plain(m))
		}
	})
}

func TestFeedFlow(t *testing.T) {
	srv := testServer(t)
	m := New(context.Background(), []source.Source{{Name: "feed", URL: srv.URL + "/feed.xml"}}, Options{NoColor: true})
	m = start(t, m, 100, 30)
	if m.state != stateFeed || !strings.Contains(plain(m), "Bridge Item") || !strings.Contains(plain(m), "Gazette Feed") {
		t.Fatalf("state %d; screen:\n%s", m.state, plain(m))
	}
	m = press1(t, m, "enter")
	if m.state != stateReading || !strings.Contains(plain(m), "Harbor Bridge Reopens") {
		t.Fatalf("state %d; screen:\n%s", m.state, plain(m))
	}
	m = press1(t, m, "esc")
	if m.state != stateFeed || !strings.Contains(plain(m), "Broken Item") {
		t.Fatalf("esc: state %d; screen:\n%s", m.state, plain(m))
	}
	srv.Close() // the item read is kept: no fetch now
	m = press1(t, m, "enter")
	if m.state != stateReading || !strings.Contains(plain(m), "Harbor Bridge Reopens") {
		t.Fatalf("cached item: state %d; screen:\n%s", m.state, plain(m))
	}
	m = press1(t, m, "esc", "j", "enter")
	if m.state != stateFeed || !strings.Contains(plain(m), "missing") {
		t.Errorf("a broken item: state %d; screen:\n%s", m.state, plain(m))
	}
}

func TestDirectorySource(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"b.md":       "# Bravo Story\n\nBody two.\n",
		"a.txt":      "Alpha Story Here\n\nBody one.\n",
		"c.html":     storyHTML,
		"notes.json": "{}",
		".hidden.md": "# Hidden\n",
		// e's export of b.md, written into the directory: not an article.
		"bravo-story.md": export.Markdown(&article.Article{Title: "Bravo Story"}, ""),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m := New(context.Background(), []source.Source{{Name: dir, Dir: dir}, {Name: "x.txt", Data: []byte("Last One Here\n\nText.")}}, Options{NoColor: true})
	m = start(t, m, 100, 24)
	var names []string
	for _, s := range m.sources {
		names = append(names, filepath.Base(s.Name))
	}
	if got := strings.Join(names, " "); got != "a.txt b.md c.html x.txt" {
		t.Fatalf("sources %q", got)
	}
	if !strings.Contains(plain(m), "Alpha Story Here") || !strings.Contains(plain(m), "1/4") {
		t.Errorf("screen:\n%s", plain(m))
	}
	m = press1(t, m, "]", "]")
	if !strings.Contains(plain(m), "Harbor Bridge Reopens") || strings.Contains(plain(m), "Subscribe now") {
		t.Errorf("HTML file: screen:\n%s", plain(m))
	}

	empty := start(t, New(context.Background(), []source.Source{{Name: "empty", Dir: t.TempDir()}}, Options{NoColor: true}), 100, 24)
	if empty.state != stateError || !strings.Contains(errText(empty.err), "no .txt, .md or .html files") {
		t.Errorf("empty directory: screen:\n%s", plain(empty))
	}
	exportsOnly := t.TempDir()
	if err := os.WriteFile(filepath.Join(exportsOnly, "a.md"), []byte(export.Markdown(&article.Article{}, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := source.ArticleFiles(exportsOnly); err == nil || !strings.Contains(err.Error(), "only byline's exports") {
		t.Errorf("a directory of exports only: %v", err)
	}
}

func TestLibraryList(t *testing.T) {
	m := reader(t, 100, 30)
	m = press1(t, m, "o")
	s := plain(m)
	if !strings.Contains(s, "Articles") || !strings.Contains(s, "second.txt") {
		t.Fatalf("o: screen:\n%s", s)
	}
	if n := strings.Count(s, "second.txt"); n != 1 {
		t.Errorf("an article not opened yet is named %d times in o, want once:\n%s", n, s)
	}
	if !strings.Contains(s, "not opened yet") {
		t.Errorf("o does not say second.txt is not opened yet:\n%s", s)
	}
	m = press1(t, m, "j", "enter")
	if m.cur != 1 || m.over.libList.Shown() || !strings.Contains(plain(m), "Second Story") {
		t.Errorf("cur %d; screen:\n%s", m.cur, plain(m))
	}
	m = press1(t, m, "o", "esc")
	if m.over.libList.Shown() {
		t.Error("esc did not close the list")
	}
	m = press1(t, m, "?")
	for _, want := range []string{"list of articles", "copy selected quote", "export"} {
		if !strings.Contains(plain(m), want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

func TestCopyQuote(t *testing.T) {
	m := reader(t, 100, 30)
	m = press1(t, m, "tab", "j")
	tm, cmd := m.Update(press("y"))
	m = tm.(*Model)
	if cmd == nil {
		t.Fatal("y gave no command")
	}
	msg := cmd()
	if typ := fmt.Sprintf("%T", msg); !strings.Contains(typ, "setClipboardMsg") {
		t.Fatalf("y sent %s, not the clipboard", typ)
	}
	text := fmt.Sprint(msg)
	if !strings.Contains(text, "We listened to every objection") || !strings.Contains(text, "Tom Reed") {
		t.Errorf("copied %q", text)
	}
	if !strings.Contains(m.note, "copied quote 2/5 by Tom Reed") {
		t.Errorf("note %q", m.note)
	}
}

func TestExportKey(t *testing.T) {
	t.Chdir(t.TempDir())
	m := reader(t, 100, 30)
	m = press1(t, m, "e")
	if !strings.HasPrefix(m.note, "exported to ") {
		t.Fatalf("note %q", m.note)
	}
	path := strings.TrimPrefix(m.note, "exported to ")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "Tom Reed") || !strings.HasSuffix(path, ".md") {
		t.Errorf("%s:\n%s", path, data)
	}
	// Again: the same export is there already, and the note says so.
	if m = press1(t, m, "e"); m.note != "already exported to "+path {
		t.Errorf("second e: note %q", m.note)
	}
	// Once the file is edited, e writes a new one and leaves the edit be.
	edited := append(data, "My notes.\n"...)
	if err := os.WriteFile(path, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	m = press1(t, m, "e")
	next := strings.TrimSuffix(path, ".md") + "-2.md"
	if m.note != "exported to "+next {
		t.Errorf("e after an edit: note %q, want a new file %s", m.note, next)
	}
	if got, _ := os.ReadFile(path); string(got) != string(edited) {
		t.Error("the edited export was overwritten")
	}
}

func TestHistoryRestore(t *testing.T) {
	dir := t.TempDir()
	var body strings.Builder
	body.WriteString("A Long Story To Remember\n\n")
	for i := range 60 {
		fmt.Fprintf(&body, "Paragraph %d says something long enough to wrap over a few lines at most widths, so that the places differ by width.\n\n", i)
	}
	// A new slice each time: the reader lets go of the bytes it has read.
	src := func() []source.Source { return []source.Source{{Name: "long.txt", Data: []byte(body.String())}} }
	open := func(w, h int) (*Model, *History) {
		store, err := history.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		h2 := NewHistory(store)
		return start(t, New(context.Background(), src(), Options{NoColor: true, History: h2}), w, h), h2
	}
	m, h := open(80, 24)
	m = press1(t, m, "space", "space", "space", "j")
	a := m.docs[0].art
	left := history.At(a.Paragraphs, m.pager.TopOffset())
	if left.Paragraph == 0 {
		t.Fatal("did not scroll")
	}
	m.Remember()
	if err := h.Save(); err != nil {
		t.Fatal(err)
	}

	m, _ = open(130, 40)
	if got := history.At(a.Paragraphs, m.pager.TopOffset()); got.Paragraph != left.Paragraph {
		t.Errorf("reopened at paragraph %d, left at %d", got.Paragraph, left.Paragraph)
	}
	p := a.Paragraphs[left.Paragraph]
	t.Logf("left %+v: %q; top %d", left, a.Body[p.Start:p.End], m.pager.TopOffset())
	// The first line on screen is the one that holds the place left.
	first, _, _ := strings.Cut(strings.SplitN(plain(m), "\n", 2)[0], " │ ")
	first = strings.TrimSpace(first)
	para := a.Body[p.Start:p.End]
	if i := strings.Index(para, first); first == "" || i < 0 || i > left.Offset || left.Offset >= i+len(first) {
		t.Errorf("the screen does not start at the line left (offset %d in the paragraph):\n%s", left.Offset, plain(m))
	}

	off := start(t, New(context.Background(), src(), Options{NoColor: true}), 130, 40)
	if off.pager.TopOffset() != 0 {
		t.Errorf("without history the article opens at offset %d", off.pager.TopOffset())
	}
}
