package pager

import "charm.land/bubbles/v2/key"

// KeyMap are the pager's scrolling keys. The root lists them in its help
// and sends key presses here only while the body has focus. There is no
// sideways scrolling: the text is wrapped to the pane.
type KeyMap struct {
	Down         key.Binding
	Up           key.Binding
	PageDown     key.Binding
	PageUp       key.Binding
	HalfPageDown key.Binding
	HalfPageUp   key.Binding
	Top          key.Binding
	Bottom       key.Binding
	// Count takes the digits of a number typed before Percent, as in
	// less: 50% goes half-way down.
	Count   key.Binding
	Percent key.Binding
}

// DefaultKeyMap returns less-like bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Down:         key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		Up:           key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		PageDown:     key.NewBinding(key.WithKeys("space", "f", "pgdown", "ctrl+f"), key.WithHelp("space/f/^f", "page down")),
		PageUp:       key.NewBinding(key.WithKeys("b", "pgup", "ctrl+b"), key.WithHelp("b/^b/pgup", "page up")),
		HalfPageDown: key.NewBinding(key.WithKeys("d", "ctrl+d"), key.WithHelp("d", "½ page down")),
		HalfPageUp:   key.NewBinding(key.WithKeys("u", "ctrl+u"), key.WithHelp("u", "½ page up")),
		Top:          key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:       key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Count:        key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
		Percent:      key.NewBinding(key.WithKeys("%"), key.WithHelp("NN%", "go to NN percent")),
	}
}

// ShortHelp returns the bindings for the short help view (help.KeyMap).
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Up, k.PageDown, k.Bottom}
}

// FullHelp returns the bindings for the full help view (help.KeyMap).
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Down, k.Up, k.PageDown, k.PageUp},
		{k.HalfPageDown, k.HalfPageUp, k.Top, k.Bottom, k.Percent},
	}
}
