package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// The lists' page indicator. The bubbles list draws it as one dot per
// page, built by concatenating dot after dot, and only then checks that
// the dots fit the width (else it shows "3/120"). It does so on every
// frame and on every resize, so a feed of 100,000 items, 100,000 pages
// while the list is not yet sized, cost 28 s to open and most of a second
// per key. The list below is given the numeric indicator while it is
// filled or sized, and dots only when a dot per page of all its items
// fits the width, as the list itself would show them: then the dots cost
// no more than one line of the screen.

// setListItems fills l with items.
func setListItems(l *list.Model, items []list.Item) tea.Cmd {
	l.Paginator.Type = paginator.Arabic
	cmd := l.SetItems(items)
	pickPaginator(l)
	return cmd
}

// setListSize sizes l to w×h cells.
func setListSize(l *list.Model, w, h int) {
	l.Paginator.Type = paginator.Arabic
	l.SetSize(w, h)
	pickPaginator(l)
}

// pickPaginator shows dots when one dot per page of all l's items fits
// its width: a filter only ever shows fewer.
func pickPaginator(l *list.Model) {
	per := max(1, l.Paginator.PerPage)
	pages := (len(l.Items()) + per - 1) / per
	dot := max(1, lipgloss.Width(l.Paginator.ActiveDot), lipgloss.Width(l.Paginator.InactiveDot))
	if pages <= l.Width()/dot {
		l.Paginator.Type = paginator.Dots
	} else {
		l.Paginator.Type = paginator.Arabic
	}
}

// newList returns a filterable list with byline's keys: q and esc are
// the reader's, not the list's.
func newList(title, one, many string) list.Model {
	l := list.New(nil, list.NewDefaultDelegate(), 0, 0)
	l.Filter = filterItems
	l.Title = title
	l.SetStatusBarItemName(one, many)
	l.DisableQuitKeybindings()
	l.SetShowHelp(false)
	return l
}

// styleList gives l byline's looks for the theme; with NO_COLOR it uses
// no colour, only bold, reverse and faint text.
func styleList(l *list.Model, st Styles, dark bool) {
	d := list.NewDefaultDelegate()
	ls := list.DefaultStyles(dark)
	if st.NoColor {
		is := list.DefaultItemStyles{}
		pad := lipgloss.NewStyle().Padding(0, 0, 0, 2)
		is.NormalTitle, is.NormalDesc = pad, pad
		is.DimmedTitle, is.DimmedDesc = pad, pad
		sel := lipgloss.NewStyle().Border(lipgloss.NormalBorder(), false, false, false, true).Padding(0, 0, 0, 1)
		is.SelectedTitle, is.SelectedDesc = sel.Bold(true), sel
		is.FilterMatch = lipgloss.NewStyle().Underline(true)
		d.Styles = is
		ls = list.Styles{
			TitleBar:    lipgloss.NewStyle().Padding(0, 0, 1, 2),
			Title:       lipgloss.NewStyle().Bold(true).Reverse(true).Padding(0, 1),
			StatusBar:   lipgloss.NewStyle().Padding(0, 0, 1, 2),
			StatusEmpty: lipgloss.NewStyle(),
			NoItems:     lipgloss.NewStyle(),
			Filter:      ls.Filter,
		}
	} else {
		d.Styles = list.NewDefaultItemStyles(dark)
	}
	l.Paginator.Type = paginator.Arabic
	l.SetDelegate(d)
	l.Styles = ls
	pickPaginator(l)
}

// filterDoneMsg is a list's filter results for the text term. The bubbles
// list filters in a command for each key typed and takes the results in
// the order they come back, so those for "hea" could land after those for
// "heat" and stay on screen; stepList drops results for any text but the
// one in the list's filter input.
type filterDoneMsg struct {
	term    string
	matches list.FilterMatchesMsg
}

// stepList passes msg to l, and marks the filter results that l asks for
// with the text they are for. Enter, which ends the typing of a filter,
// takes the results for the text typed at once: those may not be in yet
// (a fast typist, a busy machine), and the list would find none and drop
// the filter.
func stepList(l list.Model, msg tea.Msg) (list.Model, tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok && l.FilterState() == list.Filtering &&
		key.Matches(km, l.KeyMap.AcceptWhileFiltering) && l.FilterInput.Value() != "" {
		l.SetFilterText(l.FilterInput.Value()) // filters now
		l.FilterInput.Blur()
		if len(l.VisibleItems()) == 0 {
			l.ResetFilter()
		}
		return l, nil
	}
	if fd, ok := msg.(filterDoneMsg); ok {
		if fd.term != l.FilterInput.Value() {
			return l, nil
		}
		msg = fd.matches
	}
	l, cmd := l.Update(msg)
	return l, markFilter(cmd, l.FilterInput.Value())
}

// markFilter makes the list.FilterMatchesMsg that cmd, or a batch of it,
// yields a filterDoneMsg for term.
func markFilter(cmd tea.Cmd, term string) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return filterDoneMsg{term, msg}
		case tea.BatchMsg:
			for i := range msg {
				msg[i] = markFilter(msg[i], term)
			}
			return msg
		default:
			return msg
		}
	}
}
