package extract

import (
	"fmt"
	"slices"
)

// attributionNames are the names of the Attributions in JSON and in
// exports: "none", "explicit", "inferred".
var attributionNames = [...]string{Unattributed: "none", Explicit: "explicit", Inferred: "inferred"}

// String returns the attribution's name: "none", "explicit" or
// "inferred".
func (a Attribution) String() string {
	if int(a) < len(attributionNames) {
		return attributionNames[a]
	}
	return fmt.Sprintf("Attribution(%d)", uint8(a))
}

// MarshalText writes the attribution as its name, which JSON and other
// encodings take as a string.
func (a Attribution) MarshalText() ([]byte, error) {
	if int(a) >= len(attributionNames) {
		return nil, fmt.Errorf("extract: no name for %v", a)
	}
	return []byte(attributionNames[a]), nil
}

// UnmarshalText reads an attribution written by MarshalText.
func (a *Attribution) UnmarshalText(b []byte) error {
	i := slices.Index(attributionNames[:], string(b))
	if i < 0 {
		return fmt.Errorf("extract: unknown attribution %q", b)
	}
	*a = Attribution(i)
	return nil
}
