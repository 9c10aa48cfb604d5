package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/byline-reader/byline/internal/safetext"
)

// layout sizes every pane for the screen and redraws what depends on it.
func (m *Model) layout() tea.Cmd {
	cmd := m.articleView.SetSize(m.frame, m.styles.Overlay)
	m.over.SetSize(m.width, m.height)
	m.drawBodyNote()
	m.status.SetWidth(m.width, m.styles)
	m.tools.SetSize(m.width, m.height)
	m.sizeFeed()
	return cmd
}

// setTheme rebuilds the styles for a dark or light background.
func (m *Model) setTheme(dark bool) tea.Cmd {
	m.dark = dark
	m.styles = NewStyles(dark, m.opts.NoColor)
	cmd := m.articleView.SetStyles(m.styles, dark)
	m.over.SetStyles(m.styles, dark)
	m.status.Restyle(m.styles)
	if m.state == stateReading {
		m.articleView.apply(&m.docs[m.cur], m.styles) // quote colours follow the theme
	}
	m.tools.SetStyles(m.styles, dark)
	m.feeds.SetStyles(&m.shelf, m.styles, dark)
	return tea.Batch(cmd, m.layout())
}

// refocus follows a change of the frame (frame.go): the sidebar is told
// which pane has the keys, and the panes are laid out again when
// relayout says so.
func (m *Model) refocus(relayout bool) tea.Cmd {
	m.side.SetFocus(m.focus)
	if relayout {
		return m.layout()
	}
	return nil
}

// syncStatus hands the status bar the facts it shows (statusbar.go); it
// redraws only when what it shows changed.
func (m *Model) syncStatus() {
	f := statusFacts{
		index: m.cur, sources: len(m.sources), reading: m.state == stateReading,
		percent: m.pager.ScrollPercent(), wordsLeft: m.pager.WordsLeft(),
		analysing: m.load.analysing, streaming: m.load.in.arriving(m.cur),
		note: m.note, highlight: m.hl.note(), sideKey: m.keys.Sidebar.Help().Key,
		sideOff: !m.sidebarShown(), inFeed: m.state == stateFeed,
	}
	if m.cur < len(m.docs) && m.docs[m.cur].art != nil {
		f.headline = m.docs[m.cur].art.Title
	}
	if m.cur < len(m.sources) {
		f.source = m.sources[m.cur].Name
	}
	m.status.Show(f, m.width, m.styles)
}

// drawBodyNote gathers what the body note shows while there is no
// article (bodynote.go) and has it drawn.
func (m *Model) drawBodyNote() {
	g := m.geometry()
	info := noteInfo{
		state: m.state, name: "article", err: m.err,
		stdin: m.cur == m.load.in.idx, many: len(m.sources) > 1,
	}
	if m.cur < len(m.sources) {
		info.name = safetext.Line(m.sources[m.cur].Name)
	}
	if m.fetching() {
		info.fetching, info.spin, info.progress = true, m.fetch.spin.View(), m.fetch.progress
		if w := m.docs[m.cur].feed; w != nil && w.fetching != "" {
			info.fetchTitle = w.fetchingTitle
		}
	}
	if w := m.shownFeed(); w != nil && g.bodyW > 0 && g.mainH > 0 {
		info.feed = w.View(g.bodyW, g.mainH)
	}
	m.bodyNote.Draw(info, g.bodyW, g.mainH, m.styles)
}

// screen puts the drawn panes together: body and sidebar, the status bar
// or search prompt below, and the overlays on top.
func (m *Model) screen() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	g := m.geometry()
	body := m.bodyNote.View()
	if m.state == stateReading {
		body = m.pager.View()
	}
	lines := fitBlock(body, g.bodyW, g.mainH)
	var side []string
	var rule string
	if g.sideW > 0 {
		side = fitBlock(m.side.View(), g.sideW-len(ruleGap), g.mainH)
		rule = " " + m.styles.Border.Render("│") + " "
	}
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if side != nil {
			b.WriteString(rule + side[i])
		}
		b.WriteByte('\n')
	}
	if m.over.search.Active() {
		b.WriteString(m.over.search.View(m.width))
	} else {
		b.WriteString(m.status.View())
	}
	out := b.String()
	if m.overlayShown() {
		w, _ := m.overlaySize()
		out = compose(out, m.styles.Overlay.Render(m.side.View()), m.width-w, 0, m.width, m.height)
	}
	return m.over.Draw(out, m.width, m.height, m.tools.links)
}

// compose draws top over base at (x, y), clipped to w × h.
func compose(base, top string, x, y, w, h int) string {
	c := lipgloss.NewCanvas(w, h)
	c.Compose(lipgloss.NewCompositor(lipgloss.NewLayer(base), lipgloss.NewLayer(top).X(x).Y(y).Z(1)))
	return c.Render()
}

// mouse routes a click or a turn of the wheel by what is on top: the
// help, when it is open, takes the wheel; the sidebar, when it is under
// the pointer (and not under the search prompt), takes both; else the
// wheel scrolls the body.
func (m *Model) mouse(msg tea.MouseMsg) tea.Cmd {
	_, wheel := msg.(tea.MouseWheelMsg)
	var cmd tea.Cmd
	switch {
	case m.over.help.Shown():
		if wheel {
			m.over.help, cmd = m.over.help.Update(msg)
		}
	case !m.over.search.Active() && m.sidebarShown() && m.side.Under(msg.Mouse()):
		m.side, cmd = m.side.Update(msg)
		if f := m.side.Focus(); f != m.focus {
			cmd = tea.Batch(m.refocus(m.frame.SetFocus(f)), cmd)
		}
	case wheel:
		m.pager, cmd = m.pager.Update(msg)
	}
	return cmd
}
