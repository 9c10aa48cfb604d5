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
