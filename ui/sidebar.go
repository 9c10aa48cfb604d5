package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// focus is the pane that receives the keys.
type focus int

const (
	focusBody focus = iota
	focusQuotes
	focusPeople
	numFocus
)

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
	// x0, y0 are the screen's cells of the sidebar's top-left corner and
	// bottom the row below it, for the mouse (SetPlace).
	x0, y0, bottom int
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

// newSidebar returns an empty sidebar answering to keys.
func newSidebar(keys SideKeyMap) sidebar { return sidebar{keys: keys} }

// SelectedQuote is the index, in the analysis, of the quote selected in
// the quotes section, and whether there is one.
func (s *sidebar) SelectedQuote() (int, bool) {
	if s.qsel >= 0 && s.qsel < len(s.quotes) {
		return s.quotes[s.qsel].quote, true
	}
	return 0, false
}

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
