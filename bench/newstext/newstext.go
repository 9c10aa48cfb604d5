// Package newstext makes news-like articles of any size from real
// paragraphs, for benchmarks: the embedded sample article's and, when the
// development corpus is present beside the repository, its articles' too.
// Paragraphs are dealt in a shuffled order with a fixed seed, so the same
// inputs make the same articles. The corpus is read at run time only;
// nothing of it is committed.
package newstext

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/byline-reader/byline/assets"
)

// Title is the first line of every article made here: the benchmarks'
// marker for "the first screen is up".
const Title = "Byline Benchmark Edition: A Long Day of News From Washington and Around the World"

// Paragraphs returns the body paragraphs of the sample and of the JSONL
// corpus at path corpus (skipped when absent): lines of at least 80 bytes,
// which leaves out headlines and navigation.
func Paragraphs(corpus string) ([]string, error) {
	sample, err := assets.FS.ReadFile(assets.SampleName)
	if err != nil {
		return nil, err
	}
	texts := []string{string(sample)}
	if f, err := os.Open(corpus); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				texts = append(texts, rec.Text)
			}
		}
	}
	seen := map[string]bool{}
	var paras []string
	for _, t := range texts {
		for _, p := range strings.Split(t, "\n") {
			p = strings.TrimSpace(p)
			if len(p) >= 80 && !seen[p] {
				seen[p] = true
				paras = append(paras, p)
			}
		}
	}
	return paras, nil
}

// picker deals paragraphs in a shuffled order, reshuffling when it runs out.
type picker struct {
	paras []string
	next  int
	rng   *rand.Rand
}

func newPicker(paras []string) *picker {
	p := &picker{paras: append([]string(nil), paras...), rng: rand.New(rand.NewPCG(1, 2))}
	p.shuffle()
	return p
}

func (p *picker) shuffle() {
	p.rng.Shuffle(len(p.paras), func(i, j int) { p.paras[i], p.paras[j] = p.paras[j], p.paras[i] })
	p.next = 0
}

func (p *picker) pick() string {
	if p.next == len(p.paras) {
		p.shuffle()
	}
	p.next++
	return p.paras[p.next-1]
}

// Text is a plain-text article of about size bytes.
func Text(paras []string, size int) string {
	var b strings.Builder
	b.WriteString(Title + "\n\nBy A. Benchmark\n\n")
	p := newPicker(paras)
	for b.Len() < size {
		b.WriteString(p.pick())
		b.WriteString("\n\n")
	}
	return b.String()
}

// Markdown is a Markdown article of about size bytes, with sections, lists
// and block quotes among the paragraphs.
func Markdown(paras []string, size int) string {
	var b strings.Builder
	b.WriteString("# " + Title + "\n\n*By A. Benchmark*\n\n")
	p := newPicker(paras)
	for i := 0; b.Len() < size; i++ {
		switch {
		case i%12 == 11:
			fmt.Fprintf(&b, "## Section %d\n\n", i/12+1)
		case i%9 == 4:
			fmt.Fprintf(&b, "> %s\n\n", p.pick())
		case i%15 == 7:
			for k := 0; k < 3; k++ {
				fmt.Fprintf(&b, "- %s\n", firstWords(p.pick(), 70))
			}
			b.WriteString("\n")
		default:
			b.WriteString(p.pick())
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// firstWords cuts s at the last space before n bytes.
func firstWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexByte(s[:n], ' '); i > 0 {
		return s[:i]
	}
	return s
}
