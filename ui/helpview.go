package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// renderHelp draws the help overlay: every key in columns (as many side by
// side as fit in width) and, when there is room in height, a legend of the
// sidebar's marks, in a frame. It is drawn when the size or theme changes,
// not when it is shown.
func renderHelp(k KeyMap, st Styles, width, height int) string {
	h := help.New()
	h.Styles = st.Help
	groups := k.FullHelp()
	frame := st.Overlay.GetHorizontalFrameSize()

	var body string
	for _, perRow := range []int{len(groups), 2, 1} {
		var rows []string
		for i := 0; i < len(groups); i += perRow {
			rows = append(rows, h.FullHelpView(groups[i:min(i+perRow, len(groups))]))
		}
		body = strings.Join(rows, "\n\n")
		if lipgloss.Width(body)+frame <= width {
			break
		}
	}

	legend := []key.Binding{
		key.NewBinding(key.WithKeys("x"), key.WithHelp("Name     ", "speaker named by the text")),
		key.NewBinding(key.WithKeys("x"), key.WithHelp("~Name    ", "speaker inferred from context")),
		key.NewBinding(key.WithKeys("x"), key.WithHelp("— unknown", "no speaker found")),
		key.NewBinding(key.WithKeys("x"), key.WithHelp("▸        ", "pane with the keys (tab)")),
	}
	title := st.SectionTitleFocused.Render("Keys") + "  " + st.Dim.Render("? or esc closes this help")
	content := title + "\n\n" + body
	vframe := st.Overlay.GetVerticalFrameSize()
	full := "\n\n" + st.SectionTitleFocused.Render("Sidebar") + "\n" + h.FullHelpView([][]key.Binding{legend})
	compact := "\n\n" + st.SectionTitleFocused.Render("Sidebar") + "  " + h.ShortHelpView([]key.Binding{
		key.NewBinding(key.WithKeys("x"), key.WithHelp("~Name", "inferred speaker")),
		key.NewBinding(key.WithKeys("x"), key.WithHelp("— unknown", "no speaker found")),
	})
	switch {
	case lipgloss.Height(content+full)+vframe <= height:
		content += full
	case lipgloss.Height(content+compact)+vframe <= height:
		content += compact
	}

	// Clip rather than wrap: a frame wider than the screen would break.
	inner := max(1, width-frame)
	lines := strings.Split(content, "\n")
	for i, l := range lines {
		if ansi.StringWidth(l) > inner {
			lines[i] = ansi.Truncate(l, inner, "…")
		}
	}
	return st.Overlay.Render(strings.Join(lines, "\n"))
}
