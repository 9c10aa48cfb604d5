package extract

import "strings"

// byteFinder finds, in text[:end], the next occurrence of any of a few
// bytes. It remembers where each byte occurs next, so that the text is
// searched by strings.IndexByte (fast on long stretches) about once per
// occurrence of each byte, rather than tested byte by byte.
type byteFinder struct {
	text  string
	end   int
	bytes string
	at    [8]int // next occurrence of bytes[k] at or after the last offset asked, or end
}

// newByteFinder returns a finder of the bytes (at most eight) in
// text[start:end].
func newByteFinder(text string, start, end int, bytes string) byteFinder {
	f := byteFinder{text: text, end: end, bytes: bytes}
	for k := range f.at {
		f.at[k] = start - 1 // not searched yet
	}
	return f
}

// from returns the first offset at or after i where one of the bytes
// occurs, or end when none does.
func (f *byteFinder) from(i int) int {
	first := f.end
	for k := 0; k < len(f.bytes); k++ {
		if f.at[k] < i {
			f.at[k] = f.end
			if j := strings.IndexByte(f.text[i:f.end], f.bytes[k]); j >= 0 {
				f.at[k] = i + j
			}
		}
		first = min(first, f.at[k])
	}
	return first
}
