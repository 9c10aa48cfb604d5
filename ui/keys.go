package ui

import (
	"charm.land/bubbles/v2/key"

	"github.com/byline-reader/byline/ui/pager"
)

// KeyMap is every key byline answers to. It satisfies help.KeyMap, so the
// help overlay lists exactly what is bound.
type KeyMap struct {
	// Scroll moves the body and Side the sidebar's selection. The pager
	// and the sidebar match these keys themselves (New hands them over);
	// they are here so that the help lists them.
	Scroll pager.KeyMap
	Side   SideKeyMap
	// Wheel is for help only: the mouse wheel scrolls the body.
	Wheel key.Binding

	// NextFocus, PrevFocus and Sidebar are the frame's, which matches
	// them itself (frame.go).
	NextFocus key.Binding // body → quotes → people
	PrevFocus key.Binding
	Sidebar   key.Binding // show or hide the sidebar

	// Search, Open and Help open the overlays, which match them
	// themselves (overlays.go).
	Search      key.Binding
	NextMatch   key.Binding // next search hit or mention
	PrevMatch   key.Binding
	Clear       key.Binding // clear highlights, close an overlay
	PrevArticle key.Binding
	NextArticle key.Binding
	Library     key.Binding // the list of every article open
	Open        key.Binding // open another file, directory or URL
	Refresh     key.Binding // for help only: a feed's list matches it (feedKeys)
	// Tools are y, e and L, which act on the article read; the tools
	// part matches them itself (tools.go).
	Tools ToolKeyMap

	Help      key.Binding
	Quit      key.Binding
	Interrupt key.Binding // ctrl+c quits even while typing a search
	Suspend   key.Binding // ctrl+z stops the reader until the shell's fg
}

// DefaultKeyMap returns byline's keys.
func DefaultKeyMap() KeyMap {
	scroll := pager.DefaultKeyMap()
	scroll.Down.SetHelp("j/↓", "line down")
	scroll.Up.SetHelp("k/↑", "line up")
	return KeyMap{
		Scroll:    scroll,
		Wheel:     key.NewBinding(key.WithKeys("wheel"), key.WithHelp("wheel", "scroll")),
		NextFocus: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "focus next pane")),
		PrevFocus: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "focus previous pane")),
		Side:      DefaultSideKeyMap(),
		Sidebar:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "show/hide sidebar")),

		Search:      key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match/mention")),
		PrevMatch:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match/mention")),
		Clear:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear / close / back")),
		PrevArticle: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous article")),
		NextArticle: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next article")),
		Library:     key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "list of articles")),
		Open:        key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "open a file or URL")),
		Refresh:     defaultFeedKeys().Refresh,
		Tools:       DefaultToolKeyMap(),

		Help:      key.NewBinding(key.WithKeys("?", "h"), key.WithHelp("?/h", "toggle help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q/ctrl+c", "quit")),
		Interrupt: key.NewBinding(key.WithKeys("ctrl+c")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend (fg resumes)")),
	}
}

// ShortHelp is the one-line summary.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.NextFocus, k.Search, k.PrevArticle, k.NextArticle, k.Help, k.Quit}
}

// FullHelp is every key, in columns: reading, sidebar, search, program.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Scroll.Down, k.Scroll.Up, k.Scroll.PageDown, k.Scroll.PageUp, k.Scroll.HalfPageDown, k.Scroll.HalfPageUp, k.Scroll.Top, k.Scroll.Bottom, k.Scroll.Percent, k.Wheel},
		{k.NextFocus, k.PrevFocus, k.Side.Down, k.Side.Up, k.Side.Select, k.Sidebar},
		{k.Search, k.NextMatch, k.PrevMatch, k.Clear},
		{k.PrevArticle, k.NextArticle, k.Library, k.Open, k.Tools.Links, k.Refresh, k.Tools.Copy, k.Tools.Export, k.Help, k.Quit, k.Suspend},
	}
}
