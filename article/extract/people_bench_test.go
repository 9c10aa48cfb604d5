package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// BenchmarkFindPeople measures people extraction on the sample article
// repeated to 10 KB, 1 MB and 10 MB; time per byte should stay flat.
func BenchmarkFindPeople(b *testing.B) {
	fsys := os.DirFS("../../assets")
	lx, err := LoadLexicon(fsys)
	if err != nil {
		b.Skip("assets:", err)
	}
	sample, err := os.ReadFile("../../assets/sample.txt")
	if err != nil {
		b.Skip("sample:", err)
	}
	for _, size := range []int{10 << 10, 1 << 20, 10 << 20} {
		var sb strings.Builder
		for sb.Len() < size {
			sb.Write(sample)
			sb.WriteString("\n\n")
		}
		text := sb.String()[:size]
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				peopleIn(text, lx)
			}
		})
	}
}
