package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// linkKeys are the `L` list's own keys, beside the list's (moving, / to
// filter).
type linkKeys struct {
	Open  key.Binding // hand the selected link to the system opener
	Close key.Binding // as in the `o` list, q closes rather than quits
}

func defaultLinkKeys() linkKeys {
	return linkKeys{
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open in the browser")),
		Close: key.NewBinding(key.WithKeys("esc", "L", "q"), key.WithHelp("esc/L/q", "close")),
	}
}

// ShortHelp is the one-line summary (help.KeyMap).
func (k linkKeys) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.Close} }

// FullHelp is every key (help.KeyMap).
func (k linkKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// openLinkMsg asks the root to hand url, a web or mail link, to the
// system opener.
type openLinkMsg struct{ url string }

// linkList is the `L` list of the article's links, in a frame over the
// screen: enter opens one with the system opener, esc, L or q close it,
// / filters.
type linkList struct {
	keys linkKeys
	overlayList
}

func newLinkList(st Styles) linkList {
	return linkList{keys: defaultLinkKeys(), overlayList: newOverlayList(st)}
}

// Open shows links, the first selected.
func (l *linkList) Open(links []link) tea.Cmd {
	items := make([]list.Item, len(links))
	for i, k := range links {
		items[i] = linkItem(k)
	}
	return l.open("Links", "link", "links", items, 0)
}

// Update moves, filters, opens or closes. Enter closes the list and
// hands the link to the opener when it is a web or mail link; any other
// (file:, a relative path) is refused in the status bar.
func (l linkList) Update(msg tea.Msg) (linkList, tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok && l.list.FilterState() != list.Filtering {
		switch {
		case l.list.FilterState() == list.FilterApplied && key.Matches(km, l.list.KeyMap.ClearFilter):
			// the list clears its filter
		case key.Matches(km, l.keys.Close):
			l.shown = false
			return l, nil
		case key.Matches(km, l.keys.Open):
			it, ok := l.list.SelectedItem().(linkItem)
			if !ok {
				return l, nil
			}
			l.shown = false
			if !openableLink(it.url) {
				return l, func() tea.Msg { return noteMsg{"not opening " + it.url + ": not a web or mail link"} }
			}
			return l, func() tea.Msg { return openLinkMsg{it.url} }
		}
	}
	var cmd tea.Cmd
	l.list, cmd = stepList(l.list, msg)
	return l, cmd
}

// linkItem is one link in the `L` list: its text over its URL.
type linkItem link

func (i linkItem) Title() string       { return i.text }
func (i linkItem) Description() string { return i.url }
func (i linkItem) FilterValue() string { return i.text + " " + i.url }
