package extract

import (
	"encoding/json"
	"fmt"
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

// MarshalJSON writes the attribution as its name, a JSON string.
func (a Attribution) MarshalJSON() ([]byte, error) {
	if int(a) >= len(attributionNames) {
		return nil, fmt.Errorf("extract: no JSON name for %v", a)
	}
	return json.Marshal(attributionNames[a])
}

// UnmarshalJSON reads an attribution written by MarshalJSON.
func (a *Attribution) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return fmt.Errorf("extract: attribution: %w", err)
	}
	for i, n := range attributionNames {
		if n == name {
			*a = Attribution(i)
			return nil
		}
	}
	return fmt.Errorf("extract: unknown attribution %q", name)
}
