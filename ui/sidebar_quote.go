package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// quoteLines is the text of quote q as the quotes pane draws it, w cells
// wide: one line cut with "…", or, for the quote selected while the pane
// has the focus, its whole text wrapped over up to max lines (the last
// cut with "…" when even those are too few). A quote such as
// “We will build it, and we will build it on time” at 19 cells reads
// “We will build it,
// and we will build it
// on time”
func quoteLines(text string, w, max int, whole bool) []string {
	quoted := "“" + text + "”"
	if !whole || max <= 1 || w <= 1 {
		return []string{truncate(quoted, w)}
	}
	lines := strings.Split(ansi.Wrap(quoted, w, ""), "\n")
	if len(lines) > max {
		// What does not fit is two lines or more, wider than w together,
		// so truncate cuts it and says so with "…".
		lines = append(lines[:max-1], truncate(strings.Join(lines[max-1:], " "), w))
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}
