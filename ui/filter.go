package ui

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/list"
)

// filterItems is the lists' filter (list.Model.Filter). An item that has
// the typed text at the start of one of its words comes first ("coach" in
// "FC Fires Coach"), then one that has it inside a word ("oach"), then
// one that has every typed word in any order ("coach fires"); earlier in
// the item ranks higher, and ties keep the list's order. The letters of
// the text scattered along an item ("c…o…a…c…h" across "Cedar Council
// Approves Church Hall") count, as the list's own fuzzy filter has them,
// only when no item has the text itself: a typo still finds something,
// and a real match is never buried under, nor counted with, accidents of
// spelling.
func filterItems(term string, targets []string) []list.Rank {
	words := strings.Fields(strings.ToLower(term))
	if len(words) == 0 {
		return nil
	}
	whole := strings.Join(words, " ")
	var found []rankedMatch
	for i, t := range targets {
		if r, ok := matchItem(whole, words, strings.ToLower(t)); ok {
			r.rank.Index = i
			found = append(found, r)
		}
	}
	if len(found) == 0 {
		return list.DefaultFilter(term, targets)
	}
	slices.SortStableFunc(found, func(a, b rankedMatch) int {
		return cmp.Or(cmp.Compare(a.tier, b.tier), cmp.Compare(a.at, b.at))
	})
	ranks := make([]list.Rank, len(found))
	for i, f := range found {
		ranks[i] = f.rank
	}
	return ranks
}

// rankedMatch is one item that has the typed text.
type rankedMatch struct {
	rank list.Rank
	tier int // 0 at a word's start, 1 inside a word, 2 every word apart
	at   int // the rune where the match starts
}

// matchItem matches target, lower-cased, against the typed text (whole)
// and its words.
func matchItem(whole string, words []string, target string) (rankedMatch, bool) {
	if at, start, ok := find(target, whole); ok {
		tier := 1
		if start {
			tier = 0
		}
		return rankedMatch{rank: list.Rank{MatchedIndexes: runeSpan(at, whole)}, tier: tier, at: at}, true
	}
	if len(words) < 2 {
		return rankedMatch{}, false
	}
	r := rankedMatch{tier: 2, at: -1}
	for _, w := range words {
		at, _, ok := find(target, w)
		if !ok {
			return rankedMatch{}, false
		}
		if r.at < 0 || at < r.at {
			r.at = at
		}
		r.rank.MatchedIndexes = append(r.rank.MatchedIndexes, runeSpan(at, w)...)
	}
	slices.Sort(r.rank.MatchedIndexes)
	r.rank.MatchedIndexes = slices.Compact(r.rank.MatchedIndexes)
	return r, true
}

// find looks for sub in s: the rune where it first starts a word, else
// where it first occurs, and whether that is a word's start.
func find(s, sub string) (at int, wordStart, ok bool) {
	first := -1
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			break
		}
		i += off
		if first < 0 {
			first = i
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return utf8.RuneCountInString(s[:i]), true, true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + size
	}
	if first < 0 {
		return 0, false, false
	}
	// Lower-casing maps rune to rune, so rune counts are the original's.
	return utf8.RuneCountInString(s[:first]), false, true
}

// runeSpan is the rune indexes of sub placed at rune at.
func runeSpan(at int, sub string) []int {
	n := utf8.RuneCountInString(sub)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = at + i
	}
	return idx
}
