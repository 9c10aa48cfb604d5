package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/ui/pager"
)

// helpKeys are the help overlay's own keys: it scrolls as the body does,
// and q, esc or ? close it (as in glow, q closes what is open rather than
// quitting from under it).
type helpKeys struct {
	Scroll pager.KeyMap
	Close  key.Binding
}

func defaultHelpKeys() helpKeys {
	return helpKeys{
		Scroll: pager.DefaultKeyMap(),
		Close:  key.NewBinding(key.WithKeys("q", "esc", "?", "h"), key.WithHelp("q/esc/?/h", "close the help")),
	}
}

// ShortHelp is the one-line summary (help.KeyMap).
func (k helpKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Scroll.Down, k.Scroll.Up, k.Close}
}

// FullHelp is every key of the overlay (help.KeyMap).
func (k helpKeys) FullHelp() [][]key.Binding {
	return append(k.Scroll.FullHelp(), []key.Binding{k.Close})
}

// helpPane is the ? overlay: every key of the reader in columns (as many
// side by side as fit), and a legend of the sidebar's marks, in a frame
// in the middle of the screen. What does not fit in the screen's height
// scrolls, with the body's keys.
type helpPane struct {
	keys   helpKeys
	about  help.KeyMap // the keys listed: the reader's
	styles Styles
	shown  bool
	// width and height are the room for the frame: the screen less the
	// status bar.
	width, height int
	vp            viewport.Model // the keys and the legend, below the title
	view          string         // the drawn frame
}

// newHelpPane returns the help for the keys of about, not shown.
func newHelpPane(about help.KeyMap, st Styles) helpPane {
	h := helpPane{keys: defaultHelpKeys(), about: about, styles: st}
	s := h.keys.Scroll
	h.vp = viewport.New()
	h.vp.KeyMap = viewport.KeyMap{
		PageDown: s.PageDown, PageUp: s.PageUp, HalfPageDown: s.HalfPageDown, HalfPageUp: s.HalfPageUp,
		Down: s.Down, Up: s.Up, Left: key.NewBinding(key.WithDisabled()), Right: key.NewBinding(key.WithDisabled()),
	}
	return h
}

// Shown reports whether the help is open.
func (h helpPane) Shown() bool { return h.shown }

// Open shows the help from its top.
func (h *helpPane) Open() {
	h.shown = true
	h.draw()
	h.vp.GotoTop()
	h.frame()
}

// SetSize gives the help the room w × ht for its frame. It is drawn when
// shown, not on every resize while hidden: drawing it costs a few
// milliseconds, which the first screen need not wait for.
func (h *helpPane) SetSize(w, ht int) {
	h.width, h.height = max(0, w), max(0, ht)
	if h.shown {
		h.draw()
		h.frame()
	}
}

// SetStyles sets the looks.
func (h *helpPane) SetStyles(st Styles) {
	h.styles = st
	if h.shown {
		h.draw()
		h.frame()
	}
}

// Update scrolls the help, or closes it.
func (h helpPane) Update(msg tea.Msg) (helpPane, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, h.keys.Close):
			h.shown = false
			return h, nil
		case key.Matches(msg, h.keys.Scroll.Top):
			h.vp.GotoTop()
		case key.Matches(msg, h.keys.Scroll.Bottom):
			h.vp.GotoBottom()
		default:
			h.vp, _ = h.vp.Update(msg)
		}
	case tea.MouseWheelMsg:
		h.vp, _ = h.vp.Update(msg)
	default:
		return h, nil
	}
	h.frame()
	return h, nil
}

// View is the drawn frame, or "" when the help is closed.
func (h helpPane) View() string {
	if !h.shown {
		return ""
	}
	return h.view
}

// draw lays out the keys and the legend for the width, and sizes the
// viewport that shows them below the title.
func (h *helpPane) draw() {
	st := h.styles
	inner := max(1, h.width-st.Overlay.GetHorizontalFrameSize())
	lines := strings.Split(h.body(inner), "\n")
	for i, l := range lines {
		// Clip rather than wrap: a frame wider than the screen would break.
		if ansi.StringWidth(l) > inner {
			lines[i] = ansi.Truncate(l, inner, "…")
		}
	}
	room := max(1, h.height-st.Overlay.GetVerticalFrameSize()-2) // the title and a blank line
	h.vp.SetWidth(min(inner, maxWidth(lines)))
	h.vp.SetHeight(min(room, len(lines)))
	h.vp.SetContentLines(lines)
}

// body is the keys in columns, as many side by side as fit in width,
// then the legend of the sidebar's marks.
func (h *helpPane) body(width int) string {
	hm := help.New()
	hm.Styles = h.styles.Help
	groups := h.about.FullHelp()
	var body string
	for _, perRow := range []int{len(groups), 2, 1} {
		var rows []string
		for i := 0; i < len(groups); i += perRow {
			rows = append(rows, hm.FullHelpView(groups[i:min(i+perRow, len(groups))]))
		}
		body = strings.Join(rows, "\n\n")
		if lipgloss.Width(body) <= width {
			break
		}
	}
	legend := []key.Binding{
		key.NewBinding(key.WithKeys("x"), key.WithHelp("Name     ", "speaker named by the text")),
		key.NewBinding(key.WithKeys("x"), key.WithHelp("~Name    ", "speaker inferred from context")),
		key.NewBinding(key.WithKeys("x"), key.WithHelp("— unknown", "no speaker found")),
		key.NewBinding(key.WithKeys("x"), key.WithHelp("▸        ", "pane with the keys (tab)")),
	}
	return body + "\n\n" + h.styles.SectionTitleFocused.Render("Sidebar") + "\n" + hm.FullHelpView([][]key.Binding{legend})
}

// frame draws the title over the viewport, in the overlay's frame.
func (h *helpPane) frame() {
	st := h.styles
	title := st.SectionTitleFocused.Render("Keys") + "  " + st.Dim.Render("q, esc, ? or h closes this help")
	if !(h.vp.AtTop() && h.vp.AtBottom()) {
		title += st.Dim.Render(" · j/k scroll")
	}
	inner := max(1, h.width-st.Overlay.GetHorizontalFrameSize())
	h.view = st.Overlay.Render(truncate(title, inner) + "\n\n" + h.vp.View())
}

// maxWidth is the width of the widest of lines.
func maxWidth(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, ansi.StringWidth(l))
	}
	return w
}
