// Command gen writes the benchmark inputs: news-like plain text and Markdown
// articles of 5 KB, 100 KB, 1 MB and 10 MB, built from real paragraphs.
//
//	go run ./bench/gen -out bench/out [-corpus ../shared/corpus/dev.jsonl]
//
// The paragraphs come from the embedded sample article and, when the
// development corpus is present beside the repository, from its articles
// too. They are shuffled with a fixed seed, so every run writes the same
// files. The corpus is read at run time only; nothing of it is committed.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/byline-reader/byline/assets"
)

// Title is the first line of every generated article: the benchmark's
// marker for "the first screen is up".
const Title = "Byline Benchmark Edition: A Long Day of News From Washington and Around the World"

var sizes = []struct {
	name  string
	bytes int
}{{"5k", 5 << 10}, {"100k", 100 << 10}, {"1m", 1 << 20}, {"10m", 10 << 20}}

func main() {
	out := flag.String("out", filepath.Join("bench", "out"), "folder to write the inputs to")
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus", "dev.jsonl"), "JSONL corpus of extra paragraphs (optional)")
	flag.Parse()
	if err := run(*out, *corpus); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out, corpus string) error {
	paras, err := paragraphs(corpus)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, s := range sizes {
		if err := write(filepath.Join(out, s.name+".txt"), text(paras, s.bytes)); err != nil {
			return err
		}
		if err := write(filepath.Join(out, s.name+".md"), markdown(paras, s.bytes)); err != nil {
			return err
		}
	}
	return nil
}

func write(path, s string) error {
	fmt.Printf("%-22s %9d bytes\n", path, len(s))
	return os.WriteFile(path, []byte(s), 0o644)
}

// paragraphs returns the body paragraphs of the sample and the corpus: lines
// of at least 80 bytes, which leaves out headlines and navigation.
func paragraphs(corpus string) ([]string, error) {
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

// text is a plain-text article of about size bytes.
func text(paras []string, size int) string {
	var b strings.Builder
	b.WriteString(Title + "\n\nBy A. Benchmark\n\n")
	p := newPicker(paras)
	for b.Len() < size {
		b.WriteString(p.pick())
		b.WriteString("\n\n")
	}
	return b.String()
}

// markdown is a Markdown article of about size bytes, with sections, lists
// and block quotes among the paragraphs.
func markdown(paras []string, size int) string {
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
