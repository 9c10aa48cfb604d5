package ui

import (
	"fmt"
	"math"
	"strings"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/charmbracelet/x/ansi"
)

// wordsPerMinute is the reading speed behind "min left".
const wordsPerMinute = 230

// statusInfo is what the status bar shows.
type statusInfo struct {
	title     string
	index, n  int     // article index (0-based) and count
	percent   float64 // 0 to 1; negative hides it
	wordsLeft int     // words below the screen; 0 or less hides the reading time
	analysing bool
	reading   bool   // the article is still streaming in
	note      string // search or mention position, or a message
	// sideKey, when set, is the key that shows the sidebar, said while
	// the sidebar is off the screen (too narrow a window, or hidden).
	sideKey string
}

// statusFacts is what the root knows that the status bar shows; the bar
// turns it into a statusInfo (which title, which note, whether the
// reading position and the sidebar key are said).
type statusFacts struct {
	headline  string // the current article's title, raw; "" before it is read
	source    string // the current source's name, raw
	index     int    // the current source (0-based)
	sources   int    // how many there are; index past them means none
	reading   bool   // an article is on the screen
	percent   float64
	wordsLeft int // the pager's position, used only while reading
	analysing bool
	streaming bool   // the article is still arriving on stdin
	note      string // a one-off message; wins over highlight
	highlight string // the highlights' note, e.g. a mention's position
	// sideKey is the key that shows the sidebar; it is said only when
	// sideOff (the sidebar is not on the screen) and not inFeed (a feed's
	// list has no sidebar to show).
	sideKey string
	sideOff bool
	inFeed  bool
}

// info is what the bar shows for f. The title is the headline, else the
// source's name (a feed or file not yet read), else "byline".
func (f statusFacts) info() statusInfo {
	info := statusInfo{
		title: "byline", index: f.index, n: max(1, f.sources),
		percent: -1, wordsLeft: -1, analysing: f.analysing,
		reading: f.streaming, note: f.note,
	}
	switch {
	case f.headline != "":
		info.title = safetext.Line(f.headline)
	case f.index < f.sources:
		info.title = safetext.Line(f.source)
	}
	if f.sideOff && !f.inFeed {
		info.sideKey = f.sideKey
	}
	if info.note == "" {
		info.note = f.highlight
	}
	if f.reading {
		info.percent, info.wordsLeft = f.percent, f.wordsLeft
	}
	return info
}

// statusBar is the bottom line. It is drawn only when what it shows
// changes.
type statusBar struct {
	info  statusInfo
	width int
	view  string
}

// Set updates what the bar shows and redraws it when that changed.
func (b *statusBar) Set(info statusInfo, width int, st Styles) {
	if info == b.info && width == b.width && b.view != "" {
		return
	}
	b.info, b.width = info, width
	b.view = renderStatus(info, width, st)
}

// Show updates the bar from the root's facts (see statusFacts.info).
func (b *statusBar) Show(f statusFacts, width int, st Styles) { b.Set(f.info(), width, st) }

// SetWidth redraws the bar for a new width.
func (b *statusBar) SetWidth(width int, st Styles) { b.Set(b.info, width, st) }

// Restyle redraws the bar with new styles.
func (b *statusBar) Restyle(st Styles) { b.view = renderStatus(b.info, b.width, st) }

// View is the drawn bar, exactly width cells.
func (b statusBar) View() string { return b.view }

// minutesLeft formats the reading time of words at wordsPerMinute.
func minutesLeft(words int) string {
	switch {
	case words <= 0:
		return "end"
	case words < wordsPerMinute:
		return "<1 min left"
	}
	return fmt.Sprintf("%d min left", int(math.Ceil(float64(words)/wordsPerMinute)))
}

// renderStatus draws the bar: the title on the left, then on the right the
// note, "analysing…", "reading stdin…", i/n, percent read and minutes left, and the help
// hint. When it is too narrow, the least useful parts go first and the
// title is cut.
func renderStatus(info statusInfo, width int, st Styles) string {
	if width <= 0 {
		return ""
	}
	type part struct {
		text  string
		prio  int // higher stays longer
		style func(...string) string
	}
	parts := []part{
		{info.note, 5, st.StatusNote.Render},
		{condStr(info.analysing, "analysing…"), 2, st.StatusNote.Render},
		{condStr(info.reading, "reading stdin…"), 5, st.StatusNote.Render},
		{fmt.Sprintf("%d/%d", info.index+1, info.n), 3, st.Status.Render},
	}
	if info.percent >= 0 {
		parts = append(parts, part{fmt.Sprintf("%d%%", int(math.Round(100*min(1, info.percent)))), 6, st.Status.Render})
	}
	if info.wordsLeft > 0 { // none left: the rest is on screen
		parts = append(parts, part{minutesLeft(info.wordsLeft), 4, st.Status.Render})
	}
	if info.sideKey != "" {
		parts = append(parts, part{info.sideKey + " sidebar", 4, st.StatusKey.Render})
	}
	parts = append(parts, part{"? help", 1, st.StatusKey.Render})

	// A long note (a file's path, an error) takes the title's room down
	// to minNoteTitle cells, then is shortened down to minNote, before
	// any other part goes; it lasts only until the next key.
	const sep, minTitle, minNoteTitle, minNote = "  ", 12, 4, 16
	widthOf := func(ps []part) int {
		w := 0
		for _, p := range ps {
			if p.text != "" {
				w += len(sep) + ansi.StringWidth(p.text)
			}
		}
		return w + 1 // trailing space
	}
	room := width - minTitle
	if ansi.StringWidth(parts[0].text) > minNote {
		room = width - minNoteTitle
	}
	for widthOf(parts) > room {
		if nw := ansi.StringWidth(parts[0].text); nw > minNote {
			parts[0].text = truncateMiddle(parts[0].text, max(minNote, nw-(widthOf(parts)-room)))
			continue
		}
		drop := -1
		for i, p := range parts {
			if p.text != "" && (drop < 0 || p.prio < parts[drop].prio) {
				drop = i
			}
		}
		if drop < 0 {
			break
		}
		parts[drop].text = ""
	}

	var right strings.Builder
	for _, p := range parts {
		if p.text != "" {
			right.WriteString(st.Status.Render(sep) + p.style(p.text))
		}
	}
	right.WriteString(st.Status.Render(" "))
	rw := ansi.StringWidth(right.String())
	title := " " + truncate(safetext.Line(info.title), max(0, width-rw-1))
	gap := max(0, width-rw-ansi.StringWidth(title))
	line := st.StatusTitle.Render(title) + st.Status.Render(strings.Repeat(" ", gap)) + right.String()
	return fitLine(line, width)
}

// truncateMiddle cuts plain s to w cells with "…" in its middle, keeping
// more of its end, where a message says what happened: for instance
// "export failed: /a/long/path/notes.md: disk full" keeps both the start
// and "notes.md: disk full".
func truncateMiddle(s string, w int) string {
	sw := ansi.StringWidth(s)
	if sw <= w {
		return s
	}
	if w < 3 {
		return truncate(s, w)
	}
	head := (w - 1) * 2 / 5
	tail := w - 1 - head
	return ansi.Truncate(s, head, "") + "…" + ansi.TruncateLeft(s, sw-tail, "")
}

func condStr(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}
