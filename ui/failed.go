package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/list"
	"github.com/byline-reader/byline/internal/safetext"
)

// Inputs of the command line that could not be read (a missing file, an
// empty one) do not stop the reader: it opens the others, says in the
// status bar that some failed, and lists each failure at the end of the
// `o` list, where enter shows its reason again.

// failedNote is the status bar's note about the failed inputs, or "".
func failedNote(failed []error) string {
	switch len(failed) {
	case 0:
		return ""
	case 1:
		return "could not open " + safetext.Line(failed[0].Error())
	}
	return fmt.Sprintf("could not open %d inputs (o lists them)", len(failed))
}

// startNote joins the notice of the command line and the note about the
// failed inputs.
func startNote(o Options) string {
	var notes []string
	for _, n := range []string{failedNote(o.Failed), o.Notice} {
		if n != "" {
			notes = append(notes, n)
		}
	}
	return strings.Join(notes, "; ")
}

// failedItems are the `o` list's entries for the failed inputs; their
// index is -1, as they open nothing.
func failedItems(failed []error) []list.Item {
	items := make([]list.Item, len(failed))
	for i, err := range failed {
		items[i] = sourceItem{idx: -1, title: safetext.Line(err.Error()), desc: "could not be opened"}
	}
	return items
}
