package extract

import "slices"

// groupByKey sorts the items 0..n-1 by key(i), a number in 0..keys-1, or
// -1 to leave the item out, keeping their order within a key: a counting
// sort in two passes and two allocations. Key k's items are
// items[start[k]:start[k+1]].
func groupByKey(keys, n int, key func(i int) int) (items, start []int) {
	start = make([]int, keys+1)
	for i := range n {
		if k := key(i); k >= 0 {
			start[k+1]++
		}
	}
	for k := 1; k < len(start); k++ {
		start[k] += start[k-1]
	}
	items = make([]int, start[keys])
	next := slices.Clone(start[:keys])
	for i := range n {
		if k := key(i); k >= 0 {
			items[next[k]] = i
			next[k]++
		}
	}
	return items, start
}
