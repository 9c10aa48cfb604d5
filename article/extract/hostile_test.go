package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// This file holds text made to find a cost that grows faster than its
// input: a paragraph that never ends a sentence, and quotations nested
// deep. Analysis time and memory per byte must stay flat as it grows.

// unterminatedParagraph returns one paragraph of size bytes with no
// sentence end, made of clauses that each hold a speech verb and a
// quotation.
func unterminatedParagraph(size int) string {
	clauses := []string{
		`and saying "we will fix the roads" `,
		`then adding, "the budget is tight" `,
		`and said "nothing is decided yet" `,
		`Nora Pell said "it is over" `,
		`while officials say "wait for the count" `,
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(clauses[i%len(clauses)])
	}
	return b.String()[:size]
}

// speechVerbRun returns one paragraph of size bytes with no sentence
// end, of speech verbs with no speaker and a quotation every 2 KB.
func speechVerbRun(size int) string {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(strings.Repeat("and then said and then added ", 60))
		b.WriteString(`"we go on" `)
	}
	return b.String()[:size]
}

// nestedQuotes returns depth quotations, each opened inside the one
// before and introduced by a speaker ("Ann Lee said “Bob Day said ‘…").
func nestedQuotes(depth int) string {
	var b strings.Builder
	for i := range depth {
		if i%2 == 0 {
			b.WriteString("Ann Lee said “")
		} else {
			b.WriteString("Bob Day said ‘")
		}
	}
	b.WriteString("hi")
	for i := depth - 1; i >= 0; i-- {
		if i%2 == 0 {
			b.WriteString("”")
		} else {
			b.WriteString("’")
		}
	}
	return b.String()
}

type hostileInput struct {
	name string
	text string
}

// hostileInputs returns the texts of BenchmarkHostile.
func hostileInputs() []hostileInput {
	var in []hostileInput
	for _, kb := range []int{25, 100, 200} {
		in = append(in, hostileInput{fmt.Sprintf("unterminated/%dKB", kb), unterminatedParagraph(kb << 10)})
	}
	for _, kb := range []int{25, 100, 200} {
		in = append(in, hostileInput{fmt.Sprintf("speechverbs/%dKB", kb), speechVerbRun(kb << 10)})
	}
	for _, depth := range []int{1000, 10000, 50000} {
		in = append(in, hostileInput{fmt.Sprintf("nested/%d", depth), nestedQuotes(depth)})
	}
	return in
}

// BenchmarkHostile measures the analysis of the hostile texts; the MB/s
// column should not fall as they grow.
func BenchmarkHostile(b *testing.B) {
	lx := testLexicon(b)
	for _, in := range hostileInputs() {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			b.ReportAllocs()
			for b.Loop() {
				Analyze(in.text, lx)
			}
		})
	}
}

// TestHostileTextMemory checks that analysing each hostile text of
// about 100 KB allocates at most a fixed multiple of its size: a
// paragraph that never ends a sentence once cost 8,000 bytes per byte,
// and 86,000 when its speech verbs had no speaker.
func TestHostileTextMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses 300 KB of text")
	}
	lx := testLexicon(t)
	// News text takes about 7 bytes per byte, these texts of short words
	// 30 to 50: a token for every few bytes.
	const perByte = 100
	for _, in := range []hostileInput{
		{"unterminated", unterminatedParagraph(100 << 10)},
		{"speechverbs", speechVerbRun(100 << 10)},
		{"nested", nestedQuotes(5000)},
	} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		Analyze(in.text, lx)
		runtime.ReadMemStats(&after)
		got := (after.TotalAlloc - before.TotalAlloc) / uint64(len(in.text))
		t.Logf("%s: %d bytes, %d allocated per byte", in.name, len(in.text), got)
		if got > perByte {
			t.Errorf("%s: %d bytes allocated per byte of text, want at most %d", in.name, got, perByte)
		}
	}
}
