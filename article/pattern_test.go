package article

import (
	"regexp"
	"testing"
)

// TestPatterns checks that every pattern compiles, as package-level
// regexp.MustCompile would have at start-up, and that Prepare compiles
// them all.
func TestPatterns(t *testing.T) {
	if len(patterns) == 0 {
		t.Fatal("no patterns")
	}
	for _, p := range patterns {
		if _, err := regexp.Compile(p.src); err != nil {
			t.Errorf("pattern %q: %v", p.src, err)
		}
	}
	Prepare()
	for _, p := range patterns {
		if p.re == nil {
			t.Errorf("pattern %q not compiled by Prepare", p.src)
		}
	}
}
