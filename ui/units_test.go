package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/ui/history"
)

func TestMinutesLeft(t *testing.T) {
	tests := []struct {
		words int
		want  string
	}{
		{-1, "end"},
		{0, "end"},
		{1, "<1 min left"},
		{229, "<1 min left"},
		{230, "1 min left"},
		{231, "2 min left"},
		{2300, "10 min left"},
	}
	for _, tt := range tests {
		if got := minutesLeft(tt.words); got != tt.want {
			t.Errorf("minutesLeft(%d) = %q, want %q", tt.words, got, tt.want)
		}
	}
}

func TestRenderStatus(t *testing.T) {
	st := NewStyles(true, true)
	info := statusInfo{title: "A Very Long Headline About Things", index: 1, n: 3, percent: 0.456, wordsLeft: 700, analysing: true, note: "“x” 2/9"}
	tests := []struct {
		name  string
		width int
		has   []string
		lacks []string
	}{
		{"wide", 120, []string{"A Very Long Headline About Things", "“x” 2/9", "analysing…", "2/3", "46%", "4 min left", "? help"}, nil},
		{"narrow drops help first", 60, []string{"46%", "“x” 2/9"}, []string{"? help"}},
		{"tiny keeps percent", 20, []string{"46%"}, []string{"? help", "analysing…"}},
		{"one cell", 1, nil, nil},
		{"nothing left below", 120, []string{"46%"}, []string{"min left", "end"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := info
			if tt.name == "nothing left below" {
				info.wordsLeft = 0
			}
			got := stripped(renderStatus(info, tt.width, st))
			if w := len([]rune(got)); w != tt.width {
				t.Errorf("width %d, want %d: %q", w, tt.width, got)
			}
			for _, s := range tt.has {
				if !strings.Contains(got, s) {
					t.Errorf("%q lacks %q", got, s)
				}
			}
			for _, s := range tt.lacks {
				if strings.Contains(got, s) {
					t.Errorf("%q has %q", got, s)
				}
			}
		})
	}
}

// TestStatusNoteTruncated shows long notes at 80 columns: the title gives
// way and the note is shortened in its middle; position, time left and
// the help hint stay. (The bar used to drop such a note whole.)
func TestStatusNoteTruncated(t *testing.T) {
	st := NewStyles(true, true)
	fixed := []string{" A ", "2/3", "46%", "4 min left", "? help"}
	tests := []struct {
		note string
		has  []string
	}{
		{"exported to /home/someone/Documents/articles/exports/a-rather-long-headline-about-things.md", []string{"exported to", "things.md"}},
		{"export failed: write /home/someone/articles/a-rather-long-headline.md: no space left on device", []string{"export failed:", "no space left on device"}},
		{"copied", []string{"copied"}},
	}
	for _, tt := range tests {
		info := statusInfo{title: "A Headline About Things", index: 1, n: 3, percent: 0.456, wordsLeft: 700, note: tt.note}
		got := stripped(renderStatus(info, 80, st))
		if w := len([]rune(got)); w != 80 {
			t.Errorf("width %d, want 80: %q", w, got)
		}
		for _, s := range append(fixed, tt.has...) {
			if !strings.Contains(got, s) {
				t.Errorf("%q lacks %q", got, s)
			}
		}
		if len(tt.note) > 40 && !strings.Contains(got, "…") {
			t.Errorf("%q: the note is not marked as cut", got)
		}
	}
}

func TestRankPeople(t *testing.T) {
	people := []extract.Person{
		{Name: "Late", Mentions: []extract.Span{{Start: 90, End: 94}}},
		{Name: "None"},
		{Name: "Early", Mentions: []extract.Span{{Start: 3, End: 8}, {Start: 100, End: 105}}},
		{Name: "Middle", Mentions: []extract.Span{{Start: 40, End: 46}}},
	}
	got := rankPeople(people)
	want := []int{2, 3, 0, 1}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("rankPeople = %v, want %v", got, want)
		}
	}
	// The colour follows the rank, so it is the same run after run, and
	// the first people all get different colours.
	st := NewStyles(true, false)
	if st.PersonColor(0) == st.PersonColor(1) {
		t.Error("the first two people share a colour")
	}
	if NewStyles(true, true).PersonColor(0) != nil {
		t.Error("NO_COLOR styles hand out a colour")
	}
}

func TestScrollTo(t *testing.T) {
	tests := []struct{ top, sel, rows, n, want int }{
		{0, 0, 5, 10, 0},
		{0, 7, 5, 10, 3},
		{5, 2, 5, 10, 2},
		{8, 9, 5, 10, 5},
		{0, 0, 0, 10, 0},
		{3, 1, 5, 2, 0},
	}
	for _, tt := range tests {
		if got := scrollTo(tt.top, tt.sel, tt.rows, tt.n); got != tt.want {
			t.Errorf("scrollTo(%d, %d, %d, %d) = %d, want %d", tt.top, tt.sel, tt.rows, tt.n, got, tt.want)
		}
	}
}

// TestSidebarManyItems: the selection stays visible in a long list.
func TestSidebarManyItems(t *testing.T) {
	var an extract.Analysis
	body := strings.Repeat("word ", 2000)
	for i := range 300 {
		an.People = append(an.People, extract.Person{Name: "Person " + strings.Repeat("x", i%40), Mentions: []extract.Span{{Start: i, End: i + 1}}})
		an.Quotes = append(an.Quotes, extract.Quote{Text: strings.Repeat("very wide 字 ", 30), Span: extract.Span{Start: i, End: i + 2}, Speaker: "Person", Person: i, How: extract.Explicit})
	}
	a := &article.Article{Title: "Many", Body: body}
	m := New(t.Context(), []source.Source{{Name: "many", Data: []byte("x")}}, Options{NoColor: true})
	a.Analysis = an
	m.docs[0] = doc{art: a, anArt: a}
	m = step(t, m, tea.WindowSizeMsg{Width: 120, Height: 30}, articleMsg{idx: 0, gen: m.load.gen, art: a})
	m = keys(t, m, "tab")
	for range 250 {
		m = step(t, m, press("j"))
	}
	out := plain(m)
	checkSize(t, out, 120, 30)
	if !strings.Contains(out, "Quotes 251/300") {
		t.Fatalf("selection not shown:\n%s", out)
	}
	if !strings.Contains(out, "▌") {
		t.Fatalf("selected row scrolled out of view:\n%s", out)
	}
	m = keys(t, m, "G")
	if !strings.Contains(plain(m), "Quotes 300/300") {
		t.Fatal("G did not select the last quote")
	}
}

// TestStaleResults: results of an article the reader left are cached but
// not shown, and going back to it is instant (no command).
func TestStaleResults(t *testing.T) {
	a, an := fixtureArticle(t)
	b := &article.Article{Title: "Second", Body: "Second body."}
	m := New(t.Context(), []source.Source{{Name: "one", Data: []byte("x")}, {Name: "two", Data: []byte("y")}}, Options{NoColor: true})
	m = step(t, m, tea.WindowSizeMsg{Width: 100, Height: 20})
	gen1 := m.load.gen

	// Leave article 0 while it loads.
	tmp, _ := m.Update(press("]"))
	m = tmp.(*Model)
	if m.cur != 1 || m.state != stateLoading {
		t.Fatalf("after ]: article %d state %v", m.cur, m.state)
	}
	// Article 0's late results arrive: cached, not shown.
	tmp, _ = m.Update(articleMsg{idx: 0, gen: gen1, art: a})
	m = tmp.(*Model)
	tmp, _ = m.Update(analysisMsg{idx: 0, gen: gen1, art: a, analysis: an})
	m = tmp.(*Model)
	tmp, _ = m.Update(loadErrMsg{idx: 0, gen: gen1, err: errNoText})
	m = tmp.(*Model)
	if m.state != stateLoading || strings.Contains(plain(m), "Council") {
		t.Fatalf("a stale result was shown:\n%s", plain(m))
	}
	tmp, _ = m.Update(articleMsg{idx: 1, gen: m.load.gen, art: b})
	m = tmp.(*Model)
	if m.state != stateReading {
		t.Fatalf("state %v after article 1 arrived", m.state)
	}
	// Back to article 0: from the cache, with its analysis, no command.
	tmp, cmd := m.Update(press("["))
	m = tmp.(*Model)
	if m.state != stateReading || m.load.analysing || m.cur != 0 {
		t.Fatalf("back to 0: state %v analysing %v article %d", m.state, m.load.analysing, m.cur)
	}
	for _, msg := range runCmd(cmd) {
		if _, ok := msg.(articleMsg); ok {
			t.Error("switching back loaded the article again")
		}
	}
	if !strings.Contains(plain(m), "Quotes 5") {
		t.Errorf("cached analysis not shown:\n%s", plain(m))
	}
}

// TestEscClears: esc puts out the highlights and closes the overlay.
func TestEscClears(t *testing.T) {
	m := keys(t, fixtureModel(t, 120, 40), "/", "t", "h", "e", "enter")
	if len(m.hl.spans) == 0 || !strings.Contains(plain(m), "“the” 1/") {
		t.Fatalf("search found nothing:\n%s", plain(m))
	}
	m = keys(t, m, "n", "n", "N")
	if m.hl.cur != 1 {
		t.Errorf("after n n N: current match %d, want 1", m.hl.cur)
	}
	m = keys(t, m, "esc")
	if len(m.hl.spans) != 0 || strings.Contains(plain(m), "“the”") {
		t.Errorf("esc left the highlights on")
	}
	m = keys(t, m, "/", "z", "q", "x", "enter")
	if !strings.Contains(plain(m), "no matches for “zqx”") {
		t.Errorf("no 'no matches' note:\n%s", plain(m))
	}
}

// TestNoColor: with NO_COLOR the screen has no colour sequences at all.
func TestNoColor(t *testing.T) {
	m := keys(t, fixtureModel(t, 120, 40), "tab", "j")
	out := m.View().Content
	for _, bad := range []string{"\x1b[38;", "\x1b[48;", "\x1b[3", "\x1b[4"} {
		for _, seq := range findSGR(out) {
			if strings.HasPrefix(seq, bad) && !isAttrOnly(seq) {
				t.Fatalf("colour sequence %q in NO_COLOR output", seq)
			}
		}
	}
}

// TestDarkLight: the theme follows the background, and each person's
// colour differs between light and dark.
func TestDarkLight(t *testing.T) {
	d, l := NewStyles(true, false), NewStyles(false, false)
	if d.PersonColor(0) == l.PersonColor(0) {
		t.Error("person colour ignores the background")
	}
	m := fixtureModel(t, 120, 40)
	m = step(t, m, tea.BackgroundColorMsg{Color: whiteColor{}})
	if m.dark {
		t.Error("a white background was taken for dark")
	}
}

type whiteColor struct{}

func (whiteColor) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// findSGR returns the SGR sequences in s.
func findSGR(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], 'm')
		if j < 0 {
			return out
		}
		out = append(out, s[i:i+j+1])
		s = s[i+j+1:]
	}
}

// isAttrOnly reports whether an SGR sequence sets only attributes
// (bold 1, italic 3, underline 4, reverse 7, resets), not colours.
func isAttrOnly(seq string) bool {
	params := strings.Split(strings.TrimSuffix(strings.TrimPrefix(seq, "\x1b["), "m"), ";")
	for _, p := range params {
		switch p {
		case "", "0", "1", "2", "3", "4", "7", "22", "23", "24", "27":
		default:
			return false
		}
	}
	return true
}

// stripped is s without escape sequences.
func stripped(s string) string { return plainString(s) }

// TestClick: a click on a sidebar item selects it and goes to it, docked
// or in the overlay; a click on the body does nothing to the sidebar.
func TestClick(t *testing.T) {
	click := func(x, y int) tea.MouseClickMsg { return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft} }
	m := fixtureModel(t, 120, 40)
	x := m.geometry().bodyW + len(ruleGap)
	m = step(t, m, click(x+2, 3)) // Tom Reed's first quote: rows 3 and 4
	if m.focus != focusQuotes || !strings.Contains(plain(m), "quote 2/5") {
		t.Fatalf("click on quote 2: focus %v\n%s", m.focus, plain(m))
	}
	m = step(t, m, click(x+2, 14)) // People title at 12, Ana García 13, Tom Reed 14
	if m.focus != focusPeople || !strings.Contains(plain(m), "Tom Reed") || m.hl.label != "Tom Reed" {
		t.Fatalf("click on Tom Reed: focus %v label %q\n%s", m.focus, m.hl.label, plain(m))
	}
	m = step(t, m, click(5, 5))
	if m.focus != focusPeople {
		t.Error("a click on the body moved the focus")
	}

	n := keys(t, fixtureModel(t, 79, 24), "s")
	n = step(t, n, click(78-10, 1+5)) // in the frame: row 5 is quote 3's text
	if n.focus != focusBody || !strings.Contains(plain(n), "quote 3/5") {
		t.Fatalf("click in overlay: focus %v\n%s", n.focus, plain(n))
	}
}

// TestBodyKey checks that the key hashed in pieces is history.Key of the
// whole body, for bodies shorter and longer than a piece.
func TestBodyKey(t *testing.T) {
	for _, body := range []string{"", "a", strings.Repeat("Paragraph. ", 10000)} {
		if got, want := bodyKey(body), history.Key([]byte(body)); got != want {
			t.Errorf("bodyKey of %d bytes = %s, want %s", len(body), got, want)
		}
	}
}

// TestQuoteLines: a quote is one line cut with "…", or, selected, its
// whole text wrapped, cut only when it has more lines than room.
func TestQuoteLines(t *testing.T) {
	const text = "We will build it, and we will build it on time"
	tests := []struct {
		name  string
		w, mx int
		whole bool
		want  []string
	}{
		{"cut", 19, 5, false, []string{"“We will build it,…"}},
		{"whole", 20, 5, true, []string{"“We will build it,", "and we will build it", "on time”"}},
		{"fits on one line", 60, 5, true, []string{"“" + text + "”"}},
		{"more than room", 20, 2, true, []string{"“We will build it,", "and we will build i…"}},
		{"one line of room", 20, 1, true, []string{"“We will build it, …"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quoteLines(text, tt.w, tt.mx, tt.whole)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestScrollThumb: the thumb is as long as the share in view and as far
// down as the view; it touches the ends only when the list does.
func TestScrollThumb(t *testing.T) {
	tests := []struct {
		rows, first, shown, n int
		want                  string
	}{
		{6, 0, 3, 12, "##...."}, // top, a quarter in view: one line and a half, rounded up
		{6, 9, 3, 12, "....##"}, // the end in view
		{6, 4, 4, 12, "..##.."}, // the middle third
		{6, 1, 3, 12, ".##..."}, // one item down: off the top
		{4, 0, 1, 100, "#..."},  // a long list: the thumb is one line
		{4, 50, 1, 100, "..#."}, // half-way
		{4, 99, 1, 100, "...#"}, // the end
		{3, 0, 3, 3, "###"},     // all in view
		{0, 0, 1, 5, ""},        // no room
	}
	for _, tt := range tests {
		var b strings.Builder
		for _, on := range scrollThumb(tt.rows, tt.first, tt.shown, tt.n) {
			if on {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		if b.String() != tt.want {
			t.Errorf("scrollThumb(%d, %d, %d, %d) = %s, want %s", tt.rows, tt.first, tt.shown, tt.n, b.String(), tt.want)
		}
	}
}
