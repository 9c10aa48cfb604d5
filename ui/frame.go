package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// frame is the part that owns the screen's size and which pane has the
// keys, and what follows from them: where the body and sidebar go, and
// whether the sidebar is docked, drawn over the body, or off the screen.
// Its keys move the focus (tab, shift+tab) and hide or show the sidebar
// (s). The root Model embeds it to read it; only its methods change it,
// and they tell the root when the panes must be laid out again.
type frame struct {
	width, height int
	focus         focus
	sideHidden    bool // the docked sidebar was hidden with s
	keys          frameKeys
}

// frameKeys are the frame's own keys.
type frameKeys struct {
	NextFocus, PrevFocus key.Binding // body → quotes → people
	Sidebar              key.Binding // show or hide the sidebar
}

// newFrame returns the frame, of no size yet, with the body focused.
func newFrame(k KeyMap) frame {
	return frame{keys: frameKeys{NextFocus: k.NextFocus, PrevFocus: k.PrevFocus, Sidebar: k.Sidebar}}
}

// SetSize is a new screen size.
func (f *frame) SetSize(w, h int) { f.width, f.height = w, h }

// Key takes tab, shift+tab and s: ok says msg was one of them, relayout
// that the panes must be laid out again.
func (f *frame) Key(msg tea.KeyPressMsg) (relayout, ok bool) {
	switch {
	case key.Matches(msg, f.keys.NextFocus):
		return f.SetFocus((f.focus + 1) % numFocus), true
	case key.Matches(msg, f.keys.PrevFocus):
		return f.SetFocus((f.focus + numFocus - 1) % numFocus), true
	case key.Matches(msg, f.keys.Sidebar):
		return f.toggleSidebar(), true
	}
	return false, false
}

// SetFocus gives the keys to pane p, showing the docked sidebar when p
// is in it; it reports whether the panes must be laid out again.
func (f *frame) SetFocus(p focus) (relayout bool) {
	f.focus = p
	if p != focusBody && f.sideHidden && f.width >= wideMin {
		f.sideHidden = false
		return true
	}
	return false
}

// toggleSidebar is s: it hides or shows the docked sidebar, or opens and
// closes the overlay on a narrow screen.
func (f *frame) toggleSidebar() (relayout bool) {
	if f.width < wideMin {
		if f.focus == focusBody {
			return f.SetFocus(focusQuotes)
		}
		return f.SetFocus(focusBody)
	}
	f.sideHidden = !f.sideHidden
	if f.sideHidden {
		f.focus = focusBody
	}
	return true
}

// leaveOverlay closes the sidebar overlay so the body can be seen; it
// reports whether it was open.
func (f *frame) leaveOverlay() bool {
	if !f.overlayShown() {
		return false
	}
	f.SetFocus(focusBody) // narrow: nothing to lay out
	return true
}

const (
	// wideMin is the narrowest screen with a docked sidebar; below it the
	// sidebar is an overlay shown with s or tab, and the status bar says
	// so. It is 80, the width most terminals open at: the sidebar is why
	// byline is used, so it must be there on the first screen. At 80
	// columns the body keeps 54 (a 50-cell text column, within the 45 to
	// 75 characters a line that print and the web find comfortable) and
	// the sidebar 26; a bottom panel instead would leave a 24-row screen
	// about 14 rows of body and room for three quotes, and would put the
	// quote that enter jumps to away from the text it is in.
	wideMin = 80
	// sideMinW and sideMaxW bound the docked sidebar's width.
	sideMinW, sideMaxW = 26, 56
)

// ruleGap is the width of the rule between body and sidebar: " │ ".
const ruleGap = "   "

// geometry is where the panes go on the screen.
type geometry struct {
	mainH int // rows above the status bar
	bodyW int // columns of the body; the pager caps and centres its text
	sideW int // columns of the docked sidebar with its rule; 0 when not docked
}

// geometry is where the panes go for this screen size.
func (f frame) geometry() geometry {
	g := geometry{mainH: max(0, f.height-1), bodyW: max(0, f.width)}
	if f.width >= wideMin && !f.sideHidden {
		g.sideW = min(max(f.width/3, sideMinW), sideMaxW)
		g.bodyW -= g.sideW
	}
	return g
}

// overlaySize is the outer size of the sidebar overlay.
func (f frame) overlaySize() (w, h int) {
	return min(f.width, max(f.width*2/3, 34)), max(0, f.height-1)
}

// overlayShown reports whether the sidebar is drawn over the body.
func (f frame) overlayShown() bool { return f.width < wideMin && f.focus != focusBody }

// sidebarShown reports whether the sidebar is on the screen at all.
func (f frame) sidebarShown() bool {
	if f.width < wideMin {
		return f.focus != focusBody
	}
	return !f.sideHidden
}
