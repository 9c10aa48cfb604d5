package ui

import tea "charm.land/bubbletea/v2"

// The sidebar's mouse: a left click on an item selects it and goes to
// it, as enter does, and on a section's title gives the section the
// focus; the wheel scrolls the list under the pointer.

// SetPlace says where the sidebar is on the screen: its top-left corner
// at (x0, y0), its last row above row bottom.
func (s *sidebar) SetPlace(x0, y0, bottom int) { s.x0, s.y0, s.bottom = x0, y0, bottom }

// Under reports whether the mouse is over the sidebar, when it is on the
// screen.
func (s *sidebar) Under(ms tea.Mouse) bool { return ms.X >= s.x0 && ms.Y < s.bottom }

// Update answers the mouse over the sidebar (keys go to HandleKey): a
// click, whose section takes the focus (Focus tells the root), and the
// wheel.
func (s sidebar) Update(msg tea.Msg) (sidebar, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.MouseClickMsg:
		ref := s.At(msg.Y - s.y0)
		if msg.Button != tea.MouseLeft || ref.section == focusBody {
			return s, nil
		}
		s.SetFocus(ref.section)
		cmd = s.Click(ref)
	case tea.MouseWheelMsg:
		ref := s.At(msg.Y - s.y0)
		switch msg.Button {
		case tea.MouseWheelDown:
			s.Scroll(ref.section, sideWheelItems)
		case tea.MouseWheelUp:
			s.Scroll(ref.section, -sideWheelItems)
		}
	}
	return s, cmd
}

// Focus is the pane that has the keys, as the sidebar knows it: a click
// in a section gives it the focus.
func (s *sidebar) Focus() focus { return s.focus }

// sideWheelItems is how many items a notch of the mouse wheel scrolls a
// list of the sidebar.
const sideWheelItems = 2

// Scroll moves section f's list n items down (up when n < 0), as the
// mouse wheel does; the selection stays in view, moved no more than
// needed.
func (s *sidebar) Scroll(f focus, n int) {
	top, sel, rows, count := &s.qtop, &s.qsel, s.qrows, len(s.quotes)
	if f == focusPeople {
		top, sel, rows, count = &s.ptop, &s.psel, s.prows, len(s.people)
	} else if f != focusQuotes {
		return
	}
	if rows <= 0 || count == 0 {
		return
	}
	*top = min(max(*top+n, 0), max(0, count-rows))
	*sel = min(max(*sel, *top), *top+rows-1)
	s.render()
}

// At is what line y of the sidebar shows.
func (s *sidebar) At(y int) rowRef {
	if y < 0 || y >= len(s.rows) {
		return rowRef{focusBody, -1}
	}
	return s.rows[y]
}

// Click selects the item at ref, whose section must have the focus, and
// acts on it.
func (s *sidebar) Click(ref rowRef) tea.Cmd {
	if ref.item < 0 { // a title: the focus only
		return nil
	}
	switch ref.section {
	case focusQuotes:
		s.qsel = ref.item
	case focusPeople:
		s.psel = ref.item
	default:
		return nil
	}
	s.render()
	return s.selectCmd()
}
