package ui

// frame is the screen's size and which pane has the keys, and what
// follows from them: where the body and sidebar go, and whether the
// sidebar is docked, drawn over the body, or off the screen. The root
// Model embeds it; the root's setFocus, toggleSidebar and layout change
// it and resize the parts to match.
type frame struct {
	width, height int
	focus         focus
	sideHidden    bool // the docked sidebar was hidden with s
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
