package ui

import (
	"slices"
	"testing"
)

func TestFilterItems(t *testing.T) {
	items := []string{
		"Cedar Council Approves Church Hall Repairs", // c…o…a…c…h, scattered
		"Lakeside FC Fires Its Coach After Six Losses The board met on Sunday night and said so in a long statement.",
		"Mayor Praises Coaches of the Youth League",   // "coach" starts a word
		"Bus Stops Move as the Roachford Line Closes", // "oach" inside a word
		"Heat Wave Closes Schools Early",
		"Hearing Set for the Athletics Board", // h…e…a…t
		"Sales of the Keyboard Rise",          // "board" inside a word
	}
	tests := []struct {
		name, term string
		want       []int // indexes into items, in order
	}{
		{"word starts, earlier first, not scattered letters", "coach", []int{2, 1}},
		{"any case", "COACH", []int{2, 1}},
		{"inside words", "oach", []int{2, 1, 3}},
		{"word starts before inside a word", "board", []int{5, 1, 6}},
		{"only what has the text", "heat", []int{4}},
		{"every word, any order", "closes heat", []int{4}},
		{"whole text before its words apart", "the board", []int{1, 6, 5}},
		{"a typo falls back to letters in order", "lksde", []int{1}},
		{"nothing", "zzz", nil},
		{"blank", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, r := range filterItems(tt.term, items) {
				got = append(got, r.Index)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("filterItems(%q) = %v, want %v", tt.term, got, tt.want)
			}
		})
	}
}

func TestFilterItemsMarksTheMatch(t *testing.T) {
	r := filterItems("fires", []string{"Héllo FC Fires Its Coach"})
	if len(r) != 1 || !slices.Equal(r[0].MatchedIndexes, []int{9, 10, 11, 12, 13}) {
		t.Errorf("matched %v, want the runes of \"Fires\" (9–13)", r)
	}
}
