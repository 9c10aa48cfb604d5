package ui

import "testing"

// TestFrame: where the panes go and whether the sidebar is docked, drawn
// over the body or off the screen follow from size, focus and s alone.
func TestFrame(t *testing.T) {
	tests := []struct {
		name             string
		f                frame
		want             geometry
		overlay, sidebar bool
	}{
		{"wide, docked", frame{width: 120, height: 40}, geometry{mainH: 39, bodyW: 80, sideW: 40}, false, true},
		{"at wideMin", frame{width: 80, height: 24}, geometry{mainH: 23, bodyW: 54, sideW: 26}, false, true},
		{"very wide caps the sidebar", frame{width: 300, height: 10}, geometry{mainH: 9, bodyW: 244, sideW: 56}, false, true},
		{"wide, hidden with s", frame{width: 120, height: 40, sideHidden: true}, geometry{mainH: 39, bodyW: 120}, false, false},
		{"narrow, body focused", frame{width: 79, height: 24}, geometry{mainH: 23, bodyW: 79}, false, false},
		{"narrow, sidebar focused", frame{width: 79, height: 24, focus: focusQuotes}, geometry{mainH: 23, bodyW: 79}, true, true},
		{"no screen yet", frame{}, geometry{}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.geometry(); got != tt.want {
				t.Errorf("geometry() = %+v, want %+v", got, tt.want)
			}
			if got := tt.f.overlayShown(); got != tt.overlay {
				t.Errorf("overlayShown() = %v, want %v", got, tt.overlay)
			}
			if got := tt.f.sidebarShown(); got != tt.sidebar {
				t.Errorf("sidebarShown() = %v, want %v", got, tt.sidebar)
			}
		})
	}
}

// TestFrameKeys: tab and shift+tab move the focus round the panes, s
// hides and shows the docked sidebar or opens and closes the overlay,
// and focusing the hidden sidebar docks it again; relayout says when the
// panes must be sized anew.
func TestFrameKeys(t *testing.T) {
	tests := []struct {
		name                string
		width, height       int
		focus               focus
		hidden              bool
		key                 string
		wantFocus           focus
		wantHidden, relayed bool
	}{
		{"tab to the quotes", 120, 40, focusBody, false, "tab", focusQuotes, false, false},
		{"tab round to the body", 120, 40, focusPeople, false, "tab", focusBody, false, false},
		{"shift+tab back to the people", 120, 40, focusBody, false, "shift+tab", focusPeople, false, false},
		{"tab docks the hidden sidebar", 120, 40, focusBody, true, "tab", focusQuotes, false, true},
		{"s hides the docked sidebar", 120, 40, focusQuotes, false, "s", focusBody, true, true},
		{"s shows it again", 120, 40, focusBody, true, "s", focusBody, false, true},
		{"s opens the overlay", 60, 24, focusBody, false, "s", focusQuotes, false, false},
		{"s closes the overlay", 60, 24, focusPeople, false, "s", focusBody, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFrame(DefaultKeyMap())
			f.SetSize(tt.width, tt.height)
			f.focus, f.sideHidden = tt.focus, tt.hidden
			relayout, ok := f.Key(press(tt.key))
			if !ok {
				t.Fatalf("Key(%q) was not the frame's", tt.key)
			}
			if f.focus != tt.wantFocus || f.sideHidden != tt.wantHidden || relayout != tt.relayed {
				t.Errorf("Key(%q): focus %v hidden %v relayout %v, want %v %v %v",
					tt.key, f.focus, f.sideHidden, relayout, tt.wantFocus, tt.wantHidden, tt.relayed)
			}
		})
	}
	f := newFrame(DefaultKeyMap())
	if _, ok := f.Key(press("j")); ok {
		t.Error("Key(j) was taken by the frame")
	}
}
