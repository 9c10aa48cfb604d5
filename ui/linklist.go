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
	// list is made the first time the list opens (made), as the `o`
	// list's is.
	list   list.Model
	made   bool
	shown  bool
	styles Styles
	dark   bool
	// width and height are the screen's.
	width, height int
}

func newLinkList(st Styles) linkList {
	return linkList{keys: defaultLinkKeys(), styles: st, dark: true}
}

// Shown reports whether the list is open.
func (l linkList) Shown() bool { return l.shown }

// Open shows links, the first selected.
func (l *linkList) Open(links []link) tea.Cmd {
	if !l.made {
		l.list, l.made = newList("Links", "link", "links"), true
		styleList(&l.list, l.styles, l.dark)
	}
	items := make([]list.Item, len(links))
	for i, k := range links {
		items[i] = linkItem(k)
	}
	cmd := setListItems(&l.list, items)
	l.list.ResetFilter()
	l.list.Select(0)
	l.shown = true
	l.SetSize(l.width, l.height)
	return cmd
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

// SetSize fits the list to a w × h screen.
func (l *linkList) SetSize(w, h int) {
	l.width, l.height = w, h
	if !l.made {
		return
	}
	fw, fh := frameSize(w, h)
	bw, bh := l.styles.Overlay.GetFrameSize()
	setListSize(&l.list, max(0, fw-bw), max(0, fh-bh))
}

// SetStyles gives the list the theme.
func (l *linkList) SetStyles(st Styles, dark bool) {
	l.styles, l.dark = st, dark
	if l.made {
		styleList(&l.list, st, dark)
	}
}

// View is the list in its frame, or "" when it is closed.
func (l linkList) View() string {
	if !l.shown || l.width <= 0 {
		return ""
	}
	fw, fh := frameSize(l.width, l.height)
	bw, bh := l.styles.Overlay.GetFrameSize()
	return l.styles.Overlay.Render(fitLines(l.list.View(), max(0, fw-bw), max(0, fh-bh)))
}

// X is the column of the frame's left edge: the frame is centred.
func (l linkList) X() int {
	fw, _ := frameSize(l.width, l.height)
	return max(0, (l.width-fw)/2)
}

// linkItem is one link in the `L` list: its text over its URL.
type linkItem link

func (i linkItem) Title() string       { return i.text }
func (i linkItem) Description() string { return i.url }
func (i linkItem) FilterValue() string { return i.text + " " + i.url }
