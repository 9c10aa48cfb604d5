package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/source/web"
)

// feedKeys are the own keys of a feed's list, beside the list's (moving,
// / to filter).
type feedKeys struct {
	Open    key.Binding // fetch and show the selected item
	Refresh key.Binding // fetch the feed again
}

// defaultFeedKeys returns the feed list's keys.
func defaultFeedKeys() feedKeys {
	return feedKeys{
		Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open the item")),
		Refresh: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh a feed")),
	}
}

// ShortHelp is the one-line summary (help.KeyMap).
func (k feedKeys) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.Refresh} }

// FullHelp is every key (help.KeyMap).
func (k feedKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// openItemMsg asks the root to show an item of the feed on screen.
type openItemMsg struct{ item web.Item }

// refreshFeedMsg asks the root to fetch the feed on screen again.
type refreshFeedMsg struct{}

// feedList is the list of a feed's items, shown in the body pane: enter
// opens the selected item, / filters.
type feedList struct {
	keys feedKeys
	list list.Model
}

// newFeedList lists items under title, in their order.
func newFeedList(title string, items []list.Item, st Styles, dark bool) (feedList, tea.Cmd) {
	f := feedList{keys: defaultFeedKeys(), list: newList(title, "item", "items")}
	styleList(&f.list, st, dark)
	return f, setListItems(&f.list, items)
}

// SetItems lists items in place of those listed, keeping the item
// selected selected (a refresh that adds newer items above it does not
// move the selection to another), or else the place.
func (f *feedList) SetItems(items []list.Item) tea.Cmd {
	sel := f.list.Index()
	was, _ := f.list.SelectedItem().(feedItem)
	cmd := setListItems(&f.list, items)
	for i, li := range f.list.VisibleItems() {
		if it, ok := li.(feedItem); ok && was.item.Link != "" && it.item.Link == was.item.Link {
			sel = i
			break
		}
	}
	f.list.Select(sel)
	return cmd
}

// MarkRead marks the item with link read.
func (f *feedList) MarkRead(link string) {
	for i, li := range f.list.Items() {
		if it, ok := li.(feedItem); ok && it.item.Link == link && !it.read {
			it.read = true
			f.list.SetItem(i, it)
			return
		}
	}
}

// Typing reports whether a filter is being typed: then every key is the
// list's.
func (f feedList) Typing() bool { return f.list.FilterState() == list.Filtering }

// Update moves, filters or opens an item.
func (f feedList) Update(msg tea.Msg) (feedList, tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok && !f.Typing() {
		switch {
		case key.Matches(km, f.keys.Open):
			it, ok := f.list.SelectedItem().(feedItem)
			if !ok {
				return f, nil
			}
			return f, func() tea.Msg { return openItemMsg{it.item} }
		case key.Matches(km, f.keys.Refresh):
			return f, func() tea.Msg { return refreshFeedMsg{} }
		case key.Matches(km, f.list.KeyMap.ClearFilter) && f.list.FilterState() != list.FilterApplied:
			return f, nil // no filter to clear
		}
	}
	var cmd tea.Cmd
	f.list, cmd = stepList(f.list, msg)
	return f, cmd
}

// SetSize fits the list to the body pane, w × h.
func (f *feedList) SetSize(w, h int) { setListSize(&f.list, max(0, w-2), h) }

// SetStyles gives the list the theme.
func (f *feedList) SetStyles(st Styles, dark bool) { styleList(&f.list, st, dark) }

// View is the drawn list.
func (f feedList) View() string { return f.list.View() }

// feedItem is one item in a feed's list; read says it was opened
// (feedmarks.go).
type feedItem struct {
	item web.Item
	read bool
}

// Title is the item's title, or its summary when it has none, after a
// dot when it was not read yet.
func (i feedItem) Title() string {
	if i.read {
		return i.name()
	}
	return unreadMark + i.name()
}

// name is the item's title, or its summary.
func (i feedItem) name() string {
	if i.item.Title != "" {
		return i.item.Title
	}
	return i.item.Summary
}

func (i feedItem) Description() string {
	var parts []string
	if !i.item.Published.IsZero() {
		parts = append(parts, i.item.Published.Format("Jan 2, 2006"))
	}
	if i.item.Title != "" && i.item.Summary != "" {
		parts = append(parts, i.item.Summary)
	} else if i.item.Link != "" {
		parts = append(parts, i.item.Link)
	}
	return strings.Join(parts, " · ")
}

func (i feedItem) FilterValue() string { return i.item.Title + " " + i.item.Summary }
