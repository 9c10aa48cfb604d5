package article

import (
	"fmt"
	"testing"
)

// BenchmarkParse measures decoding, sanitizing and cleaning news text of
// growing size; time per byte should stay flat.
func BenchmarkParse(b *testing.B) {
	for _, size := range []int{10 << 10, 1 << 20, 10 << 20} {
		data := newsText(size)
		b.Run(sizeName(size), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse("bench.txt", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseHostile measures the slow path of sanitize: text full of
// escape sequences and typographic punctuation.
func BenchmarkParseHostile(b *testing.B) {
	var data []byte
	for len(data) < 1<<20 {
		data = append(data, "“Quoted,” \x1b[31mred\x1b[0m — text \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ said.\n\n"...)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPlain measures plain output, wrapped, of 1 MB.
func BenchmarkPlain(b *testing.B) {
	a, err := Parse("bench.txt", newsText(1<<20))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Body)))
	for b.Loop() {
		Plain(a, 80)
	}
}

// sizeName names a byte count for sub-benchmarks: "10KB", "1MB".
func sizeName(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%dMB", n>>20)
	}
	return fmt.Sprintf("%dKB", n>>10)
}
