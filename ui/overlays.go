package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// overlays is the part that owns what is drawn over the panes and takes
// every key while it is open: the search prompt (/), the O prompt, the
// help (?) and the `o` list. Its keys open them. The `L` list is the
// tools' (tools.go) and is handed in, so that keys and drawing go to
// the overlays in one order; the sidebar overlay is the frame's.
type overlays struct {
	keys     overlayKeys
	search   searchPrompt
	openLine openPrompt // opens another file, directory or URL (openprompt.go)
	help     helpPane
	libList  libraryList
}

// overlayKeys are the keys that open the overlays.
type overlayKeys struct {
	Help, Search, Open key.Binding
}

// newOverlays returns the overlays, all closed; the help lists k.
func newOverlays(k KeyMap, st Styles) overlays {
	return overlays{
		keys:     overlayKeys{Help: k.Help, Search: k.Search, Open: k.Open},
		search:   newSearchPrompt(st),
		openLine: newOpenPrompt(st),
		help:     newHelpPane(k, st),
		libList:  newLibraryList(st),
	}
}

// Key gives msg to the prompt or overlay that is open (links is the `L`
// list), which takes every key. It reports whether one was open.
func (o *overlays) Key(msg tea.KeyPressMsg, links *linkList) (cmd tea.Cmd, ok bool) {
	switch {
	case o.search.Active():
		o.search, cmd = o.search.Update(msg)
	case o.openLine.active:
		o.openLine, cmd = o.openLine.Update(msg)
	case o.help.Shown():
		o.help, cmd = o.help.Update(msg)
	default:
		return o.List(msg, links) // the `o` list or the `L` list, if one is shown
	}
	return cmd, true
}

// OpenKey takes ?, / and O, which open the help, the search prompt (over
// an article shown, reading) and the O prompt (unless directories given
// on the command line are still being listed: the sources must keep
// their places until they are in). It reports whether msg was one of
// them, with a note for the status bar.
func (o *overlays) OpenKey(msg tea.KeyPressMsg, width int, reading, listing bool) (cmd tea.Cmd, note string, ok bool) {
	switch {
	case key.Matches(msg, o.keys.Help):
		o.help.Open()
	case key.Matches(msg, o.keys.Search):
		if reading {
			cmd = o.search.Open(width)
		}
	case key.Matches(msg, o.keys.Open):
		if listing {
			return nil, listingNote, true
		}
		cmd = o.openLine.Open(width)
	default:
		return nil, "", false
	}
	return cmd, "", true
}

// Update gives msg to the prompts that are open: their inputs' blinks
// and the O prompt's candidates once listed.
func (o *overlays) Update(msg tea.Msg) tea.Cmd {
	var cmds [2]tea.Cmd
	if o.search.Active() {
		o.search, cmds[0] = o.search.Update(msg)
	}
	if o.openLine.active {
		o.openLine, cmds[1] = o.openLine.Update(msg)
	}
	return tea.Batch(cmds[:]...)
}

// List gives msg, a key or a list's filter results, to the list on
// screen: the `o` list or the `L` list (links). ok says one was.
func (o *overlays) List(msg tea.Msg, links *linkList) (cmd tea.Cmd, ok bool) {
	switch {
	case o.libList.Shown():
		o.libList, cmd = o.libList.Update(msg)
	case links.Shown():
		*links, cmd = links.Update(msg)
	default:
		return nil, false
	}
	return cmd, true
}

// SetSize fits the overlays to a screen of w × h; the status bar's row
// stays below the help.
func (o *overlays) SetSize(w, h int) {
	o.search.SetWidth(w)
	o.help.SetSize(w, h-1)
	o.openLine.SetWidth(w)
	o.libList.SetSize(w, h)
}

// SetStyles gives the overlays the looks of st, for a dark or light
// background.
func (o *overlays) SetStyles(st Styles, dark bool) {
	o.search.SetStyles(st)
	o.openLine.SetStyles(st)
	o.help.SetStyles(st)
	o.libList.SetStyles(st, dark)
}

// Draw draws the overlays open over screen, a w × h screen of panes,
// the `L` list (links) among them.
func (o *overlays) Draw(screen string, w, h int, links linkList) string {
	if o.libList.Shown() {
		screen = compose(screen, o.libList.View(), o.libList.X(), 0, w, h)
	}
	if links.Shown() {
		screen = compose(screen, links.View(), links.X(), 0, w, h)
	}
	if o.openLine.active {
		v := o.openLine.View(w)
		screen = compose(screen, v, 0, max(0, h-lipgloss.Height(v)), w, h)
	}
	if v := o.help.View(); v != "" {
		x := (w - lipgloss.Width(v)) / 2
		y := (h - 1 - lipgloss.Height(v)) / 2
		screen = compose(screen, v, max(0, x), max(0, y), w, h)
	}
	return screen
}

// Cursor is where the terminal's cursor goes on a screen h rows high:
// in the prompt open, or nowhere (nil).
func (o *overlays) Cursor(h int) *tea.Cursor {
	switch {
	case h <= 0:
	case o.search.Active():
		return o.search.Cursor(h - 1)
	case o.openLine.active:
		return o.openLine.Cursor(h - 1)
	}
	return nil
}
