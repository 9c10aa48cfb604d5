package ui

import (
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
)

// overlayList is a list shown in a frame over the screen, centred: what
// the `o` list and the `L` list share. Each embeds it and adds its own
// keys and items.
type overlayList struct {
	// list is made the first time the list opens (made): a list is
	// costly to make, and most readings never open it.
	list   list.Model
	made   bool
	shown  bool
	styles Styles
	dark   bool
	// width and height are the screen's.
	width, height int
}

func newOverlayList(st Styles) overlayList { return overlayList{styles: st, dark: true} }

// Shown reports whether the list is open.
func (l overlayList) Shown() bool { return l.shown }

// open shows items, making the list with its title and count nouns the
// first time, and selects the item at cur.
func (l *overlayList) open(title, one, many string, items []list.Item, cur int) tea.Cmd {
	if !l.made {
		l.list, l.made = newList(title, one, many), true
		styleList(&l.list, l.styles, l.dark)
	}
	cmd := setListItems(&l.list, items)
	l.list.ResetFilter()
	l.list.Select(cur)
	l.shown = true
	l.SetSize(l.width, l.height)
	return cmd
}

// frameSize is the outer size of the list's frame on a w × h screen.
func frameSize(w, h int) (fw, fh int) { return min(w, 100), max(0, h-1) }

// SetSize fits the list to a w × h screen.
func (l *overlayList) SetSize(w, h int) {
	l.width, l.height = w, h
	if !l.made {
		return
	}
	fw, fh := frameSize(w, h)
	bw, bh := l.styles.Overlay.GetFrameSize()
	setListSize(&l.list, max(0, fw-bw), max(0, fh-bh))
}

// SetStyles gives the list the theme.
func (l *overlayList) SetStyles(st Styles, dark bool) {
	l.styles, l.dark = st, dark
	if l.made {
		styleList(&l.list, st, dark)
	}
}

// View is the list in its frame, or "" when it is closed.
func (l overlayList) View() string {
	if !l.shown || l.width <= 0 {
		return ""
	}
	fw, fh := frameSize(l.width, l.height)
	bw, bh := l.styles.Overlay.GetFrameSize()
	return l.styles.Overlay.Render(fitLines(l.list.View(), max(0, fw-bw), max(0, fh-bh)))
}

// X is the column of the frame's left edge: the frame is centred.
func (l overlayList) X() int {
	fw, _ := frameSize(l.width, l.height)
	return max(0, (l.width-fw)/2)
}
