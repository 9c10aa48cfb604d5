package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// A list of the sidebar that does not fit shows a scroll bar in its last
// column: a thick thumb, as long as the share of the list in view and as
// far down as the view, on a thin track. Twelve quotes of which four show,
// the fifth to eighth, give a track a third thumb, in its middle third.

// listLines draws a section with draw, in h lines, the title first. When
// its list of n items does not all show, it draws it again one column
// narrower and puts the scroll bar in that column.
func (s *sidebar) listLines(draw func(h int) []string, h, n int) []string {
	mark := len(s.rows)
	lines := draw(h)
	first, shown := s.shownItems(mark)
	if shown >= n || len(lines) <= 1 || s.width < 3 {
		return lines
	}
	s.rows = s.rows[:mark]
	s.width--
	lines = draw(h)
	s.width++
	first, shown = s.shownItems(mark)
	thumbs := scrollThumb(len(lines)-1, first, shown, n)
	for i := 1; i < len(lines); i++ {
		pad := max(0, s.width-1-ansi.StringWidth(lines[i]))
		bar := s.styles.Dim.Render("│")
		if thumbs[i-1] {
			bar = s.styles.SectionTitle.Render("┃")
		}
		lines[i] += strings.Repeat(" ", pad) + bar
	}
	return lines
}

// shownItems is the first item and the number of items drawn in the rows
// after mark (the section's title).
func (s *sidebar) shownItems(mark int) (first, shown int) {
	first, last := -1, -1
	for _, r := range s.rows[min(mark+1, len(s.rows)):] {
		if r.item < 0 {
			continue
		}
		if first < 0 {
			first = r.item
		}
		last = r.item
	}
	if first < 0 {
		return 0, 0
	}
	return first, last - first + 1
}

// scrollThumb says which of rows cells of a track are the thumb, for a
// view of shown items from first in a list of n.
func scrollThumb(rows, first, shown, n int) []bool {
	thumb := make([]bool, rows)
	if rows <= 0 || n <= 0 {
		return thumb
	}
	size := min(rows, max(1, (rows*shown+n/2)/n))
	start := (rows*first + n/2) / n
	if first+shown >= n { // the end is in view: the thumb touches the bottom
		start = rows - size
	}
	start = min(max(start, 0), rows-size)
	if first > 0 && start == 0 && size < rows { // not at the top: leave track above
		start = 1
	}
	for i := start; i < start+size; i++ {
		thumb[i] = true
	}
	return thumb
}
