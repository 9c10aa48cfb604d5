package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source"
)

// library is the part that owns the reader's sources as a list: it
// opens the `o` list of them (an overlay, overlays.go), puts the files
// of the directories given in place of each directory once they are
// listed, and adds what the O prompt opens. It keeps where esc goes back
// to when a fetch is cancelled, and why the reader gave up. The sources
// and their cache are the shelf (shelf.go); which source is shown, and
// switching to another, are the root's.
type library struct {
	keys libKeys
	// listing says directories are being listed: no article loads, and
	// [, ] and o wait, until their files are in the list.
	listing bool
	// prev is the article shown before the current one, where esc goes
	// back to when a fetch is cancelled; -1 when none.
	prev int
	// exitErr is why the reader quit on its own (a cancelled fetch with
	// nothing else to show), for the command line to print.
	exitErr error
}

// libKeys are the library's keys: o, and the keys that wait while
// directories are listed.
type libKeys struct {
	Library, PrevArticle, NextArticle key.Binding
}

// listingNote is what the status bar says of a key that waits for the
// directories to be listed.
const listingNote = "listing the directory…"

// newLibrary sets up the library for sources, with the keys of k.
func newLibrary(sources []source.Source, k KeyMap) library {
	lib := library{prev: -1, keys: libKeys{Library: k.Library, PrevArticle: k.PrevArticle, NextArticle: k.NextArticle}}
	for _, s := range sources {
		if s.Dir != "" {
			lib.listing = true
		}
	}
	return lib
}

// Key takes o, which opens list, the `o` list, with the sources on sh
// (cur, the one shown, selected; failed, the inputs that could not be
// read, last), and while directories are listed [ and ] too, which wait.
// It reports whether msg was one of them, with a note for the status bar.
func (l *library) Key(msg tea.KeyPressMsg, sh *shelf, cur int, failed []error, list *libraryList) (cmd tea.Cmd, note string, ok bool) {
	switch {
	case l.listing && key.Matches(msg, l.keys.PrevArticle, l.keys.NextArticle, l.keys.Library):
		return nil, listingNote, true
	case key.Matches(msg, l.keys.Library):
		return list.Open(sh.items(cur, failed), cur), "", true
	}
	return nil, "", false
}

// listed puts each directory's files in its place on sh, and moves in,
// the source streaming in, with its place. A directory with none is
// left out: the note says why. ok is false when no listing was awaited.
func (l *library) listed(msg dirsMsg, sh *shelf, in *incoming) (note string, ok bool) {
	if !l.listing {
		return "", false
	}
	l.listing = false
	note = strings.Join(sh.expand(msg.listings), "; ")
	for i, s := range sh.sources {
		if s.Stream != nil && s.Stream == in.stream {
			in.idx = i
		}
	}
	return note, true
}

// opened puts the sources of a target typed in the O prompt on sh, but
// those on it already, and returns the index of the first, which the
// root shows, or -1 when there is none to show; the note says why, or
// how many were opened.
func (l *library) opened(msg openedMsg, sh *shelf) (first int, note string) {
	switch {
	case msg.err != nil:
		return -1, "could not open " + safetext.Line(msg.err.Error())
	case l.listing || len(msg.sources) == 0:
		return -1, ""
	}
	if n := len(msg.sources); n > 1 {
		note = fmt.Sprintf("opened %d articles (o lists them)", n)
	}
	return sh.add(msg.sources), note
}

// left is told that source cur was left for another: when it was on
// screen (shown), esc goes back to it if the next is cancelled.
func (l *library) left(cur int, shown bool) {
	if shown {
		l.prev = cur
	}
}

// back is where esc goes when the fetch of source cur, of n, is
// cancelled: the source shown before, if any (ok).
func (l *library) back(cur, n int) (prev int, ok bool) {
	p := l.prev
	return p, p >= 0 && p < n && p != cur
}

// fitLines cuts s to h lines of at most w cells.
func fitLines(s string, w, h int) string {
	return strings.Join(fitBlock(s, w, h), "\n")
}
