package ui

import "testing"

// TestOverlaysOpenKey: ? opens the help, / the search prompt over an
// article shown only, O the O prompt unless directories are listed; an
// overlay open takes every key until it closes.
func TestOverlaysOpenKey(t *testing.T) {
	tests := []struct {
		name             string
		key              string
		reading, listing bool
		wantNote         string
		shown            func(o *overlays) bool
		want             bool
	}{
		{"? opens the help", "?", false, false, "", func(o *overlays) bool { return o.help.Shown() }, true},
		{"/ searches the article", "/", true, false, "", func(o *overlays) bool { return o.search.Active() }, true},
		{"/ waits for an article", "/", false, false, "", func(o *overlays) bool { return o.search.Active() }, false},
		{"O opens the prompt", "O", true, false, "", func(o *overlays) bool { return o.openLine.active }, true},
		{"O waits for the listing", "O", true, true, listingNote, func(o *overlays) bool { return o.openLine.active }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := newOverlays(DefaultKeyMap(), NewStyles(true, false))
			o.SetSize(100, 30)
			_, note, ok := o.OpenKey(press(tt.key), 100, tt.reading, tt.listing)
			if !ok || note != tt.wantNote || tt.shown(&o) != tt.want {
				t.Fatalf("OpenKey(%s): ok %v note %q shown %v; want true %q %v", tt.key, ok, note, tt.shown(&o), tt.wantNote, tt.want)
			}
			links := newLinkList(NewStyles(true, false))
			if _, took := o.Key(press("j"), &links); took != tt.want {
				t.Errorf("a key after: taken %v, want %v (an overlay open takes every key)", took, tt.want)
			}
		})
	}
}
