package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article/extract"
)

// split shares the height between the sections: each gets what it needs
// when both fit, else quotes get three fifths. A blank line separates them.
func (s *sidebar) split() (qh, ph int) {
	h := s.height
	if h < 5 { // room for one section only: the focused one
		if s.focus == focusPeople {
			return 0, h
		}
		return h, 0
	}
	qNeed, pNeed := 1+max(1, 2*len(s.quotes)), 1+max(1, len(s.people))
	if s.focus == focusQuotes && s.qsel < len(s.quotes) { // the selected quote shows whole
		qNeed += len(quoteLines(s.quotes[s.qsel].text, s.width-4, h, true)) - 1
	}
	avail := h - 1
	switch share := avail * 3 / 5; {
	case qNeed+pNeed <= avail:
		return qNeed, avail - qNeed
	case qNeed < share:
		return qNeed, avail - qNeed
	case pNeed < avail-share:
		return avail - pNeed, pNeed
	default:
		return share, avail - share
	}
}

func (s *sidebar) render() {
	if s.width <= 0 || s.height <= 0 {
		s.view = ""
		return
	}
	qh, ph := s.split()
	var lines []string
	s.rows = make([]rowRef, 0, s.height)
	if qh > 0 {
		lines = append(lines, s.listLines(s.renderQuotes, qh, len(s.quotes))...)
	}
	if ph > 0 {
		if qh > 0 {
			lines = append(lines, "")
			s.rows = append(s.rows, rowRef{focusBody, -1})
		}
		lines = append(lines, s.listLines(s.renderPeople, ph, len(s.people))...)
	}
	s.view = strings.Join(fitBlock(strings.Join(lines, "\n"), s.width, s.height), "\n")
}

// title draws a section's heading: "▸ Quotes 3/12" when focused.
func (s *sidebar) title(name string, focused bool, sel, n int) string {
	var count string
	switch {
	case s.state == sideWaiting:
		count = "…"
	case s.state == sideFailed:
		count = "unavailable"
	case s.state == sideEmpty:
		count = ""
	case focused && n > 0:
		count = fmt.Sprintf("%d/%d", sel+1, n)
	default:
		count = strconv.Itoa(n)
	}
	// A long name ("Quotes · Jane Doe") is cut to keep the count in view.
	w := max(s.width-1-ansi.StringWidth(count), min(s.width, 8))
	if focused {
		return s.styles.SectionTitleFocused.Render(truncate("▸ "+name, w)) + " " + s.styles.Dim.Render(count)
	}
	return s.styles.SectionTitle.Render(truncate("  "+name, w)) + " " + s.styles.Dim.Render(count)
}

// scrollTo returns the first visible item so that sel shows in rows items.
func scrollTo(top, sel, rows, n int) int {
	if rows <= 0 {
		return 0
	}
	if sel < top {
		top = sel
	}
	if sel >= top+rows {
		top = sel - rows + 1
	}
	return max(0, min(top, n-rows))
}

func (s *sidebar) placeholder() string {
	switch s.state {
	case sideWaiting:
		note := s.progress
		switch {
		case !s.analysing:
			note = "loading…"
		case note == "":
			note = "analysing…"
		}
		return "  " + s.styles.Dim.Render(truncate(note, max(s.width-2, 1)))
	case sideFailed:
		return "  " + s.styles.Dim.Render("analysis failed")
	case sideEmpty:
		return "  " + s.styles.Dim.Render("no article")
	}
	return "  " + s.styles.Dim.Render("none found")
}

func (s *sidebar) renderQuotes(h int) []string {
	focused := s.focus == focusQuotes
	lines := []string{s.title(s.quotesTitle(), focused, s.qsel, len(s.quotes))}
	s.rows = append(s.rows, rowRef{focusQuotes, -1})
	rows := h - 1
	if rows <= 0 {
		return lines
	}
	if len(s.quotes) == 0 {
		s.rows = append(s.rows, rowRef{focusBody, -1})
		return append(lines, s.placeholder())
	}
	per := 2 // a quote takes its speaker's line and its text's line
	if rows < 2 {
		per = 1
	}
	// The selected quote, while the pane has the focus, shows whole: the
	// lines it takes beyond one leave room for fewer quotes.
	var whole []string
	if focused && per == 2 && s.qsel < len(s.quotes) {
		whole = quoteLines(s.quotes[s.qsel].text, s.width-4, rows-1, true)
	}
	s.qrows = max(1, (rows-max(0, len(whole)-1))/per)
	s.qtop = scrollTo(s.qtop, s.qsel, s.qrows, len(s.quotes))
	for i := s.qtop; i < len(s.quotes) && len(lines)+per <= h; i++ {
		sel := i == s.qsel
		q := s.quotes[i]
		text := quoteLines(q.text, s.width-4, 1, false)
		if sel && whole != nil {
			text = whole
		}
		if per == 2 && len(lines)+1+len(text) > h {
			break
		}
		lines = append(lines, s.row(sel, focused, s.qSeen, s.speaker(q, sel && focused)))
		s.rows = append(s.rows, rowRef{focusQuotes, i})
		if per == 1 { // no room for the text
			continue
		}
		for _, t := range text {
			lines = append(lines, s.row(sel, focused, s.qSeen, s.seg(s.styles.Dim, "  "+t, sel && focused)))
			s.rows = append(s.rows, rowRef{focusQuotes, i})
		}
	}
	return lines
}

// speaker draws a quote's speaker: a person in their colour, another
// source in italics, "~" before a speaker inferred from context, and
// "— unknown" when there is none.
func (s *sidebar) speaker(q quoteItem, hot bool) string {
	w := s.width - 2
	switch {
	case q.speaker == "":
		return s.seg(s.styles.Unknown, truncate("— unknown", w), hot)
	case q.how == extract.Inferred:
		return s.seg(s.styles.Dim, "~", hot) + s.name(q, truncate(q.speaker, w-1), hot)
	default:
		return s.name(q, truncate(q.speaker, w), hot)
	}
}

func (s *sidebar) name(q quoteItem, text string, hot bool) string {
	if q.rank < 0 {
		return s.seg(s.styles.Source, text, hot)
	}
	return s.seg(s.styles.PersonStyle(q.rank), text, hot)
}

func (s *sidebar) renderPeople(h int) []string {
	focused := s.focus == focusPeople
	lines := []string{s.title("People", focused, s.psel, len(s.people))}
	s.rows = append(s.rows, rowRef{focusPeople, -1})
	rows := h - 1
	if rows <= 0 {
		return lines
	}
	if len(s.people) == 0 {
		s.rows = append(s.rows, rowRef{focusBody, -1})
		return append(lines, s.placeholder())
	}
	s.prows = rows
	s.ptop = scrollTo(s.ptop, s.psel, rows, len(s.people))
	for i := s.ptop; i < len(s.people) && i < s.ptop+rows; i++ {
		p := s.people[i]
		hot := i == s.psel && focused
		count := strconv.Itoa(p.mentions)
		avail := s.width - 2 - len(count) - 1
		name := truncate(p.name, avail)
		line := s.seg(s.styles.PersonStyle(p.rank), name, hot)
		if rest := avail - ansi.StringWidth(name) - 1; rest > 4 && p.role != "" {
			line += s.seg(s.styles.Dim, " · "+truncate(p.role, rest-2), hot)
		}
		gap := max(1, s.width-2-ansi.StringWidth(line)-len(count))
		line += s.seg(lipgloss.NewStyle(), strings.Repeat(" ", gap), hot) + s.seg(s.styles.Dim, count, hot)
		lines = append(lines, s.row(i == s.psel, focused, s.pSeen, line))
		s.rows = append(s.rows, rowRef{focusPeople, i})
	}
	return lines
}

// row puts the selection bar before content and pads a hot row so its
// background reaches the edge. A section without focus keeps a thin bar
// at its selection once it has had the focus.
func (s *sidebar) row(sel, focused, seen bool, content string) string {
	bar := " "
	switch {
	case sel && focused:
		bar = s.styles.Cursor.Render("▌")
	case sel && seen:
		bar = s.styles.CursorBlurred.Render("▏")
	}
	line := bar + " " + content
	if pad := s.width - ansi.StringWidth(line); pad > 0 && sel && focused {
		line += s.styles.Selected.Render(strings.Repeat(" ", pad))
	}
	return line
}

// seg styles text, adding the selection look when hot.
func (s *sidebar) seg(st lipgloss.Style, text string, hot bool) string {
	if hot {
		st = st.Inherit(s.styles.Selected)
	}
	return st.Render(text)
}
