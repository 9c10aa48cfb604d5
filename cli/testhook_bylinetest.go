//go:build bylinetest

package cli

import tea "charm.land/bubbletea/v2"

// wrapForTest wraps m in a model that panics on request, for the
// end-to-end tests of the guard (tmux_test.go builds a second binary with
// -tags bylinetest): ctrl+p panics in Update, ctrl+v in the next View and
// ctrl+x in a command; ctrl+g never returns from Update, as a reader stuck
// in a long computation would not.
func wrapForTest(m tea.Model) tea.Model { return panicky{Model: m} }

type panicky struct {
	tea.Model
	inView bool
}

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "ctrl+p":
			panic("test panic in Update")
		case "ctrl+v":
			p.inView = true
			return p, nil
		case "ctrl+x":
			return p, func() tea.Msg { panic("test panic in a command") }
		case "ctrl+g":
			select {}
		}
	}
	inner, cmd := p.Model.Update(msg)
	return panicky{Model: inner, inView: p.inView}, cmd
}

func (p panicky) View() tea.View {
	if p.inView {
		panic("test panic in View")
	}
	return p.Model.View()
}
