package ui

import (
	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/internal/safetext"
)

// bodyNote is the part that draws the body while there is no article to
// show: the loading line, the spinner of a page being fetched, or why the
// article could not be opened. It keeps its drawing, made when what it
// shows changes (Draw), so that View only hands it over.
type bodyNote struct {
	view string
}

// noteInfo is what the body note shows, gathered by the root.
type noteInfo struct {
	state state
	name  string // the source's name, made safe for the screen
	stdin bool   // the article is standard input, still awaited
	many  bool   // there are other articles to switch to
	err   error  // why the article could not be opened (stateError)
	feed  string // the feed's list, drawn (stateFeed)

	fetching   bool   // a page is being fetched from the web
	fetchTitle string // what is fetched, when it is not the source itself
	spin       string // the spinner, drawn
	progress   string // what the fetch is doing
}

// View is the drawn note, or "" when the body shows an article.
func (b bodyNote) View() string { return b.view }

// Draw draws info for a body width cells wide and height rows high.
func (b *bodyNote) Draw(info noteInfo, width, height int, st Styles) {
	b.view = ""
	if width <= 0 || height <= 0 {
		return
	}
	var text string
	switch info.state {
	case stateLoading:
		text = loadingNote(info, width, st)
	case stateError:
		text = errorNote(info, width, st)
	case stateFeed:
		b.view = info.feed
		return
	default:
		return
	}
	b.view = lipgloss.Place(width, height, lipgloss.Center, lipgloss.Center, text)
}

// loadingNote is the line that says what is loading, or the fetch's note.
func loadingNote(info noteInfo, width int, st Styles) string {
	if info.fetching {
		return fetchNote(info, width, st)
	}
	what := "Loading " + info.name + "…"
	if info.stdin {
		what = "Waiting for standard input…"
	}
	return st.Dim.Render(truncate(what, width))
}

// fetchNote is what the body says while a page from the web loads: a
// spinner and what is fetched, what the fetch is doing, and how to stop
// it, each line cut to width.
func fetchNote(info noteInfo, width int, st Styles) string {
	what := info.name
	if info.fetchTitle != "" {
		what = info.fetchTitle
	}
	lines := []string{info.spin + " " + truncate("Fetching "+what, max(1, width-2))}
	if info.progress != "" {
		lines = append(lines, st.Dim.Render(truncate(info.progress, width)))
	}
	lines = append(lines, "", st.Dim.Render("esc cancels"))
	return lipgloss.JoinVertical(lipgloss.Center, lines...)
}

// errorNote says which article could not be opened, why, and what keys
// are left, wrapped to a centred column.
func errorNote(info noteInfo, width int, st Styles) string {
	w := max(1, min(width-4, 72))
	wrap := lipgloss.NewStyle().Width(w).Align(lipgloss.Center)
	hint := "q quits"
	if info.many {
		hint = "[ and ] open the other articles · q quits"
	}
	return st.ErrorTitle.Render(wrap.Render("Could not open "+info.name)) + "\n\n" +
		st.Error.Render(wrap.Render(safetext.Line(errText(info.err)))) + "\n\n" +
		st.Dim.Render(wrap.Render(hint))
}

// errText is err's message, or "unknown error" when there is none.
func errText(err error) string {
	if err == nil {
		return "unknown error"
	}
	return err.Error()
}
