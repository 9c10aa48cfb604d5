package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// libraryKeys are the `o` list's own keys, beside the list's (moving,
// / to filter).
type libraryKeys struct {
	Open  key.Binding // open the selected article
	Close key.Binding // as in glow, q closes the list rather than quitting
}

func defaultLibraryKeys() libraryKeys {
	return libraryKeys{
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Close: key.NewBinding(key.WithKeys("esc", "o", "q"), key.WithHelp("esc/o/q", "close")),
	}
}

// ShortHelp is the one-line summary (help.KeyMap).
func (k libraryKeys) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.Close} }

// FullHelp is every key (help.KeyMap).
func (k libraryKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// openSourceMsg asks the root to open source idx.
type openSourceMsg struct{ idx int }

// noteMsg asks the root to show text in the status bar.
type noteMsg struct{ text string }

// libraryList is the `o` list of every source, in a frame over the
// screen: enter opens one, esc, o or q close it, / filters.
type libraryList struct {
	keys libraryKeys
	overlayList
}

func newLibraryList(st Styles) libraryList {
	return libraryList{keys: defaultLibraryKeys(), overlayList: newOverlayList(st)}
}

// Open shows items with the one at cur selected.
func (l *libraryList) Open(items []list.Item, cur int) tea.Cmd {
	return l.open("Articles", "article", "articles", items, cur)
}

// Update moves, filters, opens or closes.
func (l libraryList) Update(msg tea.Msg) (libraryList, tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok && l.list.FilterState() != list.Filtering {
		switch {
		case l.list.FilterState() == list.FilterApplied && key.Matches(km, l.list.KeyMap.ClearFilter):
			// the list clears its filter
		case key.Matches(km, l.keys.Close):
			l.shown = false
			return l, nil
		case key.Matches(km, l.keys.Open):
			l.shown = false
			it, ok := l.list.SelectedItem().(sourceItem)
			switch {
			case !ok:
				return l, nil
			case it.idx < 0: // a failed input: say why again
				return l, func() tea.Msg { return noteMsg{it.title} }
			}
			return l, func() tea.Msg { return openSourceMsg{it.idx} }
		}
	}
	var cmd tea.Cmd
	l.list, cmd = stepList(l.list, msg)
	return l, cmd
}

// sourceItem is one source in the `o` list.
type sourceItem struct {
	idx   int
	title string
	desc  string
}

func (i sourceItem) Title() string       { return i.title }
func (i sourceItem) Description() string { return i.desc }
func (i sourceItem) FilterValue() string { return i.title + " " + i.desc }
