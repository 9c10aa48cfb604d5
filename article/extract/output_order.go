package extract

import (
	"cmp"
	"slices"
)

// ByFirstMention returns the indexes of people in the order of their
// first mention in the text. People never mentioned (named only outside
// the text, as in a photo credit) come last, in the order they have in
// people. The order depends only on the text, so the reader's colours and
// every export list a person in the same place run after run.
//
// Analyze already lists people so; the order is restated for analyses
// that were clipped or built by hand.
func ByFirstMention(people []Person) []int {
	order := make([]int, len(people))
	for i := range order {
		order[i] = i
	}
	first := func(i int) int {
		if len(people[i].Mentions) == 0 {
			return int(^uint(0) >> 1)
		}
		return people[i].Mentions[0].Start
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(first(a), first(b)) })
	return order
}
