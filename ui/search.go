package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// searchMsg asks the root to search the body for query.
type searchMsg struct{ query string }

// searchKeys are the prompt's own keys, beside the text input's.
type searchKeys struct {
	Submit key.Binding // search for what was typed
	Cancel key.Binding
}

// ShortHelp is the one-line summary (help.KeyMap).
func (k searchKeys) ShortHelp() []key.Binding { return []key.Binding{k.Submit, k.Cancel} }

// FullHelp is every key (help.KeyMap).
func (k searchKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// searchPrompt is the "/" line at the bottom of the screen.
type searchPrompt struct {
	keys   searchKeys
	input  textinput.Model
	active bool
}

func newSearchPrompt(st Styles) searchPrompt {
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search the article"
	in.CharLimit = 200
	in.SetVirtualCursor(false) // the terminal's cursor: no blink ticks
	in.SetStyles(st.Input)
	return searchPrompt{input: in, keys: searchKeys{
		Submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}}
}

// Open shows the prompt, empty, with the keys.
func (p *searchPrompt) Open(width int) tea.Cmd {
	p.active = true
	p.input.Reset()
	p.input.SetWidth(max(1, width-2))
	return p.input.Focus()
}

// Active reports whether the prompt is open.
func (p searchPrompt) Active() bool { return p.active }

// SetWidth fits the prompt to a screen width cells wide.
func (p *searchPrompt) SetWidth(width int) { p.input.SetWidth(max(1, width-2)) }

// SetStyles sets the looks.
func (p *searchPrompt) SetStyles(st Styles) { p.input.SetStyles(st.Input) }

// Close hides the prompt.
func (p *searchPrompt) Close() {
	p.active = false
	p.input.Blur()
}

// Update edits the query; enter submits it, esc cancels.
func (p searchPrompt) Update(msg tea.Msg) (searchPrompt, tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, p.keys.Submit):
			q := p.input.Value()
			p.Close()
			return p, func() tea.Msg { return searchMsg{q} }
		case key.Matches(km, p.keys.Cancel):
			p.Close()
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return p, cmd
}

// View draws the prompt line.
func (p searchPrompt) View(width int) string { return fitLine(p.input.View(), width) }

// Cursor is where the terminal's cursor goes, on the prompt's row y.
func (p searchPrompt) Cursor(y int) *tea.Cursor {
	c := p.input.Cursor()
	if c != nil {
		c.Y = y
	}
	return c
}
