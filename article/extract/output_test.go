package extract

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestByFirstMention(t *testing.T) {
	people := []Person{
		{Name: "Late", Mentions: []Span{{Start: 90, End: 94}}},
		{Name: "Credit One"},
		{Name: "Early", Mentions: []Span{{Start: 3, End: 8}, {Start: 100, End: 105}}},
		{Name: "Credit Two"},
		{Name: "Middle", Mentions: []Span{{Start: 40, End: 46}}},
	}
	// Unmentioned people keep their places among themselves.
	if got, want := ByFirstMention(people), []int{2, 4, 0, 1, 3}; !slices.Equal(got, want) {
		t.Errorf("ByFirstMention = %v, want %v", got, want)
	}
	if got := ByFirstMention(nil); len(got) != 0 {
		t.Errorf("ByFirstMention(nil) = %v", got)
	}
}

func TestAttributionJSON(t *testing.T) {
	for a, name := range map[Attribution]string{Unattributed: "none", Explicit: "explicit", Inferred: "inferred"} {
		if a.String() != name {
			t.Errorf("%d.String() = %q, want %q", a, a.String(), name)
		}
		b, err := json.Marshal(a)
		if err != nil || string(b) != `"`+name+`"` {
			t.Errorf("Marshal(%v) = %s, %v", a, b, err)
		}
		var back Attribution
		if err := json.Unmarshal(b, &back); err != nil || back != a {
			t.Errorf("Unmarshal(%s) = %v, %v", b, back, err)
		}
	}
	if s := Attribution(9).String(); s != "Attribution(9)" {
		t.Errorf("String of an unknown kind = %q", s)
	}
	if _, err := json.Marshal(Attribution(9)); err == nil {
		t.Error("an unknown kind marshals")
	}
	var a Attribution
	for _, bad := range []string{`"certain"`, `1`} {
		if err := json.Unmarshal([]byte(bad), &a); err == nil {
			t.Errorf("Unmarshal(%s) gives no error", bad)
		}
	}
}

func TestShownQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We are ready,", "We are ready"},
		{"We are ready, ", "We are ready"},
		{"ready,\n", "ready"},
		{"Done.", "Done."},
		{"Really?", "Really?"},
		{"one, two, three", "one, two, three"},
		{",", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := ShownQuote(tc.in); got != tc.want {
			t.Errorf("ShownQuote(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
