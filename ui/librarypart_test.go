package ui

import (
	"errors"
	"testing"

	"github.com/byline-reader/byline/source"
)

// TestLibraryKeys: while directories are listed, [, ] and o wait with a
// note; after, o opens the `o` list and [ and ] are not the library's.
func TestLibraryKeys(t *testing.T) {
	sh := newShelf([]source.Source{{Name: "a.txt", Path: "a.txt"}, {Name: "notes", Dir: "notes"}})
	lib := newLibrary(sh.sources, DefaultKeyMap())
	list := newLibraryList(NewStyles(true, false))
	for _, k := range []string{"[", "]", "o"} {
		if _, note, ok := lib.Key(press(k), &sh, 0, nil, &list); !ok || note != listingNote {
			t.Errorf("%s while listing: ok %v note %q, want it to wait", k, ok, note)
		}
	}
	if list.Shown() {
		t.Fatal("the `o` list opened while listing")
	}
	lib.listing = false
	if _, _, ok := lib.Key(press("]"), &sh, 0, nil, &list); ok {
		t.Error("] after listing was taken by the library")
	}
	if _, _, ok := lib.Key(press("o"), &sh, 0, nil, &list); !ok || !list.Shown() {
		t.Errorf("o: ok %v, list shown %v; want the `o` list", ok, list.Shown())
	}
}

// TestLibraryOpened: what the O prompt opens joins the shelf once, and
// the note says what happened.
func TestLibraryOpened(t *testing.T) {
	tests := []struct {
		name      string
		msg       openedMsg
		listing   bool
		wantFirst int
		wantNote  string
		wantLen   int
	}{
		{"a new file", openedMsg{sources: []source.Source{{Name: "b.txt", Path: "b.txt"}}}, false, 1, "", 2},
		{"one open already", openedMsg{sources: []source.Source{{Name: "./a.txt", Path: "./a.txt"}}}, false, 0, "", 1},
		{"a directory's two", openedMsg{sources: []source.Source{{Name: "c.txt", Path: "c.txt"}, {Name: "d.txt", Path: "d.txt"}}}, false, 1, "opened 2 articles (o lists them)", 3},
		{"an error", openedMsg{err: errors.New("x: no such file")}, false, -1, "could not open x: no such file", 1},
		{"while listing", openedMsg{sources: []source.Source{{Name: "b.txt", Path: "b.txt"}}}, true, -1, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh := newShelf([]source.Source{{Name: "a.txt", Path: "a.txt"}})
			lib := newLibrary(sh.sources, DefaultKeyMap())
			lib.listing = tt.listing
			first, note := lib.opened(tt.msg, &sh)
			if first != tt.wantFirst || note != tt.wantNote || len(sh.sources) != tt.wantLen {
				t.Errorf("opened = %d, %q with %d sources; want %d, %q with %d", first, note, len(sh.sources), tt.wantFirst, tt.wantNote, tt.wantLen)
			}
		})
	}
}

// TestLibraryBack: esc on a cancelled fetch goes back to the source
// shown before, if there is one other than the one fetched.
func TestLibraryBack(t *testing.T) {
	lib := newLibrary(nil, DefaultKeyMap())
	if _, ok := lib.back(0, 2); ok {
		t.Error("back with nothing shown before")
	}
	lib.left(1, false) // left while loading: not a place to go back to
	if _, ok := lib.back(0, 2); ok {
		t.Error("back to a source never shown")
	}
	lib.left(1, true)
	if p, ok := lib.back(0, 2); !ok || p != 1 {
		t.Errorf("back = %d, %v; want 1, true", p, ok)
	}
	if _, ok := lib.back(1, 2); ok {
		t.Error("back to the source being fetched")
	}
}
