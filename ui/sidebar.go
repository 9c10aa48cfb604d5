package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/safetext"
)

// focus is the pane that receives the keys.
type focus int

const (
	focusBody focus = iota
	focusQuotes
	focusPeople
	numFocus
)

// quoteItem is one row pair of the Quotes section, ready to draw.
type quoteItem struct {
	quote   int // index into Analysis.Quotes
	person  int // index into Analysis.People of the speaker, or -1
	speaker string
	text    string
	how     extract.Attribution
	rank    int // colour rank of the speaker, or -1 when not a named person
}

// personItem is one row of the People section.
type personItem struct {
	person   int // index into Analysis.People
	name     string
	role     string
	mentions int
	rank     int
}

// selectQuoteMsg asks the root to show quote i of the analysis.
type selectQuoteMsg struct{ quote int }

// selectPersonMsg asks the root to highlight person i's mentions.
type selectPersonMsg struct{ person int }

// SideKeyMap are the sidebar's keys: they move the selection of the
// focused section and act on it. It satisfies help.KeyMap.
type SideKeyMap struct {
	Down, Up    key.Binding // next and previous item
	Top, Bottom key.Binding // first and last item
	Select      key.Binding // go to the quote, light the person's mentions
}

// DefaultSideKeyMap returns the sidebar's keys.
func DefaultSideKeyMap() SideKeyMap {
	return SideKeyMap{
		Down:   key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "next item (sidebar)")),
		Up:     key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "previous item (sidebar)")),
		Top:    key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "first item")),
		Bottom: key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "last item")),
		Select: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to quote / person")),
	}
}

// ShortHelp is the one-line summary (help.KeyMap).
func (k SideKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Up, k.Select} }

// FullHelp is every key (help.KeyMap).
func (k SideKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Down, k.Up, k.Top, k.Bottom, k.Select}}
}

// sidebar lists the article's quotes and people. Its lines are drawn when
// something in it changes and kept in view.
type sidebar struct {
	keys          SideKeyMap
	styles        Styles
	width, height int
	focus         focus
	state         sideState
	quotes        []quoteItem // the quotes listed: allQuotes, or one person's
	allQuotes     []quoteItem
	qperson       int    // whose quotes are listed (FilterQuotes), or -1 for all
	qname         string // their name
	people        []personItem
	qsel, qtop    int  // selected and first visible quote
	psel, ptop    int  // selected and first visible person
	qrows, prows  int  // how many quotes and people the view has room for
	qSeen, pSeen  bool // the section had the focus: keep showing its selection
	view          string
	rows          []rowRef // what each drawn line shows, for mouse clicks
	progress      string   // what the analysis is doing, while it runs
	// analysing says the article is in and its analysis under way; until
	// then the article itself is loading (a page being fetched).
	analysing bool
}

// rowRef says what a line of the sidebar shows: an item of a section, the
// section's title (item -1), or nothing (section focusBody).
type rowRef struct {
	section focus
	item    int
}

// sideState is how far the analysis has come.
type sideState int

const (
	sideWaiting sideState = iota // the article is loading or being analysed
	sideReady
	sideFailed
	sideEmpty // there is no article to analyse
)

// Reset empties the sidebar for a new article whose analysis is pending.
func (s *sidebar) Reset() {
	s.state, s.quotes, s.allQuotes, s.people = sideWaiting, nil, nil, nil
	s.qperson, s.qname = -1, ""
	s.qsel, s.qtop, s.psel, s.ptop = 0, 0, 0, 0
	s.qSeen, s.pSeen = false, false
	s.progress, s.analysing = "", false
	s.render()
}

// SetProgress says the analysis is under way, and what it is doing ("" for
// the plain "analysing…").
func (s *sidebar) SetProgress(note string) {
	if s.progress != note || !s.analysing {
		s.progress, s.analysing = note, true
		s.render()
	}
}

// SetFailed shows that the analysis failed.
func (s *sidebar) SetFailed() {
	s.state = sideFailed
	s.render()
}

// SetEmpty shows that there is no article to analyse.
func (s *sidebar) SetEmpty() {
	s.state, s.quotes, s.allQuotes, s.people = sideEmpty, nil, nil, nil
	s.qperson, s.qname = -1, ""
	s.render()
}

// sideRows are the sidebar's rows for one analysis, made once, in the
// background: an analysis of a long article has tens of thousands of
// quotes.
type sideRows struct {
	ranks  []int // colour rank of each person (rankPeople)
	quotes []quoteItem
	people []personItem // most mentioned first
}

// newSideRows makes the rows of an.
func newSideRows(an *extract.Analysis) *sideRows {
	r := &sideRows{ranks: rankPeople(an.People)}
	r.quotes = make([]quoteItem, 0, len(an.Quotes))
	for i, q := range an.Quotes {
		r.quotes = append(r.quotes, quoteItem{quote: i, person: q.Person, speaker: safetext.Line(q.Speaker), text: extract.ShownQuote(safetext.Line(q.Text)), how: q.How, rank: rankOf(r.ranks, q.Person)})
	}
	r.people = make([]personItem, 0, len(an.People))
	for i, p := range an.People {
		r.people = append(r.people, personItem{person: i, name: safetext.Line(p.Name), role: safetext.Line(p.Role), mentions: len(p.Mentions), rank: rankOf(r.ranks, i)})
	}
	// Most mentioned first; ties in order of first appearance.
	slices.SortStableFunc(r.people, func(a, b personItem) int {
		if c := cmp.Compare(b.mentions, a.mentions); c != 0 {
			return c
		}
		return cmp.Compare(a.rank, b.rank)
	})
	return r
}

// SetRows fills the sidebar with the rows of an analysis. The rows are
// shared, never changed.
func (s *sidebar) SetRows(r *sideRows) {
	s.state = sideReady
	s.allQuotes, s.people = r.quotes, r.people
	s.applyFilter()
	s.qsel, s.psel = min(s.qsel, max(0, len(s.quotes)-1)), min(s.psel, max(0, len(s.people)-1))
	s.render()
}

// SetSize sets the sidebar's size in cells.
func (s *sidebar) SetSize(w, h int) {
	s.width, s.height = max(0, w), max(0, h)
	s.render()
}

// SetStyles sets the looks.
func (s *sidebar) SetStyles(st Styles) {
	s.styles = st
	s.render()
}

// SetFocus says which pane has the keys.
func (s *sidebar) SetFocus(f focus) {
	s.focus = f
	s.qSeen = s.qSeen || f == focusQuotes
	s.pSeen = s.pSeen || f == focusPeople
	s.render()
}

// HandleKey moves the selection of the focused section or acts on it.
// It reports whether the key was the sidebar's.
func (s *sidebar) HandleKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.keys
	sel, n := &s.qsel, len(s.quotes)
	if s.focus == focusPeople {
		sel, n = &s.psel, len(s.people)
	}
	switch {
	case key.Matches(msg, k.Down):
		*sel = min(*sel+1, max(0, n-1))
	case key.Matches(msg, k.Up):
		*sel = max(*sel-1, 0)
	case key.Matches(msg, k.Top):
		*sel = 0
	case key.Matches(msg, k.Bottom):
		*sel = max(0, n-1)
	case key.Matches(msg, k.Select):
		return s.selectCmd(), true
	default:
		return nil, false
	}
	s.render()
	return nil, true
}

// sideWheelItems is how many items a notch of the mouse wheel scrolls a
// list of the sidebar.
const sideWheelItems = 2

// Scroll moves section f's list n items down (up when n < 0), as the
// mouse wheel does; the selection stays in view, moved no more than
// needed.
func (s *sidebar) Scroll(f focus, n int) {
	top, sel, rows, count := &s.qtop, &s.qsel, s.qrows, len(s.quotes)
	if f == focusPeople {
		top, sel, rows, count = &s.ptop, &s.psel, s.prows, len(s.people)
	} else if f != focusQuotes {
		return
	}
	if rows <= 0 || count == 0 {
		return
	}
	*top = min(max(*top+n, 0), max(0, count-rows))
	*sel = min(max(*sel, *top), *top+rows-1)
	s.render()
}

// rankOf is person i's colour rank, or -1 when i is not a person.
func rankOf(ranks []int, i int) int {
	if i < 0 || i >= len(ranks) {
		return -1
	}
	return ranks[i]
}

// At is what line y of the sidebar shows.
func (s *sidebar) At(y int) rowRef {
	if y < 0 || y >= len(s.rows) {
		return rowRef{focusBody, -1}
	}
	return s.rows[y]
}

// Click selects the item at ref, whose section must have the focus, and
// acts on it.
func (s *sidebar) Click(ref rowRef) tea.Cmd {
	if ref.item < 0 { // a title: the focus only
		return nil
	}
	switch ref.section {
	case focusQuotes:
		s.qsel = ref.item
	case focusPeople:
		s.psel = ref.item
	default:
		return nil
	}
	s.render()
	return s.selectCmd()
}

// selectCmd asks the root to act on the selected item.
func (s *sidebar) selectCmd() tea.Cmd {
	switch {
	case s.focus == focusQuotes && s.qsel < len(s.quotes):
		q := s.quotes[s.qsel].quote
		return func() tea.Msg { return selectQuoteMsg{q} }
	case s.focus == focusPeople && s.psel < len(s.people):
		p := s.people[s.psel].person
		return func() tea.Msg { return selectPersonMsg{p} }
	}
	return nil
}

// View is the drawn sidebar, exactly width × height cells.
func (s sidebar) View() string { return s.view }

// split shares the height between the sections: each gets what it needs
// when both fit, else quotes get three fifths. A blank line separates them.
func (s *sidebar) split() (qh, ph int) {
	h := s.height
	if h < 5 { // room for one section only: the focused one
		if s.focus == focusPeople {
			return 0, h
		}
		return h, 0
	}
	qNeed, pNeed := 1+max(1, 2*len(s.quotes)), 1+max(1, len(s.people))
	if s.focus == focusQuotes && s.qsel < len(s.quotes) { // the selected quote shows whole
		qNeed += len(quoteLines(s.quotes[s.qsel].text, s.width-4, h, true)) - 1
	}
	avail := h - 1
	switch share := avail * 3 / 5; {
	case qNeed+pNeed <= avail:
		return qNeed, avail - qNeed
	case qNeed < share:
		return qNeed, avail - qNeed
	case pNeed < avail-share:
		return avail - pNeed, pNeed
	default:
		return share, avail - share
	}
}

func (s *sidebar) render() {
	if s.width <= 0 || s.height <= 0 {
		s.view = ""
		return
	}
	qh, ph := s.split()
	var lines []string
	s.rows = make([]rowRef, 0, s.height)
	if qh > 0 {
		lines = append(lines, s.renderQuotes(qh)...)
	}
	if ph > 0 {
		if qh > 0 {
			lines = append(lines, "")
			s.rows = append(s.rows, rowRef{focusBody, -1})
		}
		lines = append(lines, s.renderPeople(ph)...)
	}
	s.view = strings.Join(fitBlock(strings.Join(lines, "\n"), s.width, s.height), "\n")
}

// title draws a section's heading: "▸ Quotes 3/12" when focused.
func (s *sidebar) title(name string, focused bool, sel, n int) string {
	var count string
	switch {
	case s.state == sideWaiting:
		count = "…"
	case s.state == sideFailed:
		count = "unavailable"
	case s.state == sideEmpty:
		count = ""
	case focused && n > 0:
		count = fmt.Sprintf("%d/%d", sel+1, n)
	default:
		count = strconv.Itoa(n)
	}
	if focused {
		return s.styles.SectionTitleFocused.Render(truncate("▸ "+name, s.width)) + " " + s.styles.Dim.Render(count)
	}
	return s.styles.SectionTitle.Render(truncate("  "+name, s.width)) + " " + s.styles.Dim.Render(count)
}

// scrollTo returns the first visible item so that sel shows in rows items.
func scrollTo(top, sel, rows, n int) int {
	if rows <= 0 {
		return 0
	}
	if sel < top {
		top = sel
	}
	if sel >= top+rows {
		top = sel - rows + 1
	}
	return max(0, min(top, n-rows))
}

func (s *sidebar) placeholder() string {
	switch s.state {
	case sideWaiting:
		note := s.progress
		switch {
		case !s.analysing:
			note = "loading…"
		case note == "":
			note = "analysing…"
		}
		return "  " + s.styles.Dim.Render(truncate(note, max(s.width-2, 1)))
	case sideFailed:
		return "  " + s.styles.Dim.Render("analysis failed")
	case sideEmpty:
		return "  " + s.styles.Dim.Render("no article")
	}
	return "  " + s.styles.Dim.Render("none found")
}

func (s *sidebar) renderQuotes(h int) []string {
	focused := s.focus == focusQuotes
	lines := []string{s.title(s.quotesTitle(), focused, s.qsel, len(s.quotes))}
	s.rows = append(s.rows, rowRef{focusQuotes, -1})
	rows := h - 1
	if rows <= 0 {
		return lines
	}
	if len(s.quotes) == 0 {
		s.rows = append(s.rows, rowRef{focusBody, -1})
		return append(lines, s.placeholder())
	}
	per := 2 // a quote takes its speaker's line and its text's line
	if rows < 2 {
		per = 1
	}
	// The selected quote, while the pane has the focus, shows whole: the
	// lines it takes beyond one leave room for fewer quotes.
	var whole []string
	if focused && per == 2 && s.qsel < len(s.quotes) {
		whole = quoteLines(s.quotes[s.qsel].text, s.width-4, rows-1, true)
	}
	s.qrows = max(1, (rows-max(0, len(whole)-1))/per)
	s.qtop = scrollTo(s.qtop, s.qsel, s.qrows, len(s.quotes))
	for i := s.qtop; i < len(s.quotes) && len(lines)+per <= h; i++ {
		sel := i == s.qsel
		q := s.quotes[i]
		text := quoteLines(q.text, s.width-4, 1, false)
		if sel && whole != nil {
			text = whole
		}
		if per == 2 && len(lines)+1+len(text) > h {
			break
		}
		lines = append(lines, s.row(sel, focused, s.qSeen, s.speaker(q, sel && focused)))
		s.rows = append(s.rows, rowRef{focusQuotes, i})
		if per == 1 { // no room for the text
			continue
		}
		for _, t := range text {
			lines = append(lines, s.row(sel, focused, s.qSeen, s.seg(s.styles.Dim, "  "+t, sel && focused)))
			s.rows = append(s.rows, rowRef{focusQuotes, i})
		}
	}
	return lines
}

// speaker draws a quote's speaker: a person in their colour, another
// source in italics, "~" before a speaker inferred from context, and
// "— unknown" when there is none.
func (s *sidebar) speaker(q quoteItem, hot bool) string {
	w := s.width - 2
	switch {
	case q.speaker == "":
		return s.seg(s.styles.Unknown, truncate("— unknown", w), hot)
	case q.how == extract.Inferred:
		return s.seg(s.styles.Dim, "~", hot) + s.name(q, truncate(q.speaker, w-1), hot)
	default:
		return s.name(q, truncate(q.speaker, w), hot)
	}
}

func (s *sidebar) name(q quoteItem, text string, hot bool) string {
	if q.rank < 0 {
		return s.seg(s.styles.Source, text, hot)
	}
	return s.seg(s.styles.PersonStyle(q.rank), text, hot)
}

func (s *sidebar) renderPeople(h int) []string {
	focused := s.focus == focusPeople
	lines := []string{s.title("People", focused, s.psel, len(s.people))}
	s.rows = append(s.rows, rowRef{focusPeople, -1})
	rows := h - 1
	if rows <= 0 {
		return lines
	}
	if len(s.people) == 0 {
		s.rows = append(s.rows, rowRef{focusBody, -1})
		return append(lines, s.placeholder())
	}
	s.prows = rows
	s.ptop = scrollTo(s.ptop, s.psel, rows, len(s.people))
	for i := s.ptop; i < len(s.people) && i < s.ptop+rows; i++ {
		p := s.people[i]
		hot := i == s.psel && focused
		count := strconv.Itoa(p.mentions)
		avail := s.width - 2 - len(count) - 1
		name := truncate(p.name, avail)
		line := s.seg(s.styles.PersonStyle(p.rank), name, hot)
		if rest := avail - ansi.StringWidth(name) - 1; rest > 4 && p.role != "" {
			line += s.seg(s.styles.Dim, " · "+truncate(p.role, rest-2), hot)
		}
		gap := max(1, s.width-2-ansi.StringWidth(line)-len(count))
		line += s.seg(lipgloss.NewStyle(), strings.Repeat(" ", gap), hot) + s.seg(s.styles.Dim, count, hot)
		lines = append(lines, s.row(i == s.psel, focused, s.pSeen, line))
		s.rows = append(s.rows, rowRef{focusPeople, i})
	}
	return lines
}

// row puts the selection bar before content and pads a hot row so its
// background reaches the edge. A section without focus keeps a thin bar
// at its selection once it has had the focus.
func (s *sidebar) row(sel, focused, seen bool, content string) string {
	bar := " "
	switch {
	case sel && focused:
		bar = s.styles.Cursor.Render("▌")
	case sel && seen:
		bar = s.styles.CursorBlurred.Render("▏")
	}
	line := bar + " " + content
	if pad := s.width - ansi.StringWidth(line); pad > 0 && sel && focused {
		line += s.styles.Selected.Render(strings.Repeat(" ", pad))
	}
	return line
}

// seg styles text, adding the selection look when hot.
func (s *sidebar) seg(st lipgloss.Style, text string, hot bool) string {
	if hot {
		st = st.Inherit(s.styles.Selected)
	}
	return st.Render(text)
}
