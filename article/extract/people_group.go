package extract

// groupByKey sorts the items 0..len(key)-1 by key[i], a number in
// 0..keys-1, or -1 to leave the item out, keeping their order within a
// key: a counting sort in two passes. Key k's items are
// items[start[k]:start[k+1]].
func groupByKey(keys int, key []int32) (items, start []int) {
	buf := make([]int, keys+2+len(key))
	// First start[k+2] counts key k's items; the sums make start[k+1]
	// where key k's items go, and placing them moves it to their end,
	// which is where key k+1's begin.
	start = buf[:keys+2]
	for _, k := range key {
		if k >= 0 {
			start[k+2]++
		}
	}
	for k := 2; k < len(start); k++ {
		start[k] += start[k-1]
	}
	items = buf[keys+2:][:start[keys+1]]
	for i, k := range key {
		if k >= 0 {
			items[start[k+1]] = i
			start[k+1]++
		}
	}
	return items, start[:keys+1]
}
