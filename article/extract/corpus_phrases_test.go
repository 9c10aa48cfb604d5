package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// phraseWords is the length of the word windows TestNoCorpusSentences
// compares: eight words in a row are a copied sentence, not a phrase of
// the language.
const phraseWords = 8

// TestNoCorpusSentences checks that no run of eight words of the
// package's code, comments and tests comes from the shared corpora, so
// that examples stay invented. It skips when the corpora are absent.
func TestNoCorpusSentences(t *testing.T) {
	corpora, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "*.jsonl"))
	if len(corpora) == 0 {
		t.Skip("no corpus next to the repository")
	}
	seen := map[string]bool{}
	for _, name := range corpora {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil {
				eachPhrase(rec.Text, func(p string) { seen[p] = true })
			}
		}
		f.Close()
	}
	files, _ := filepath.Glob("*.go")
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		eachPhrase(string(src), func(p string) {
			if seen[p] {
				t.Errorf("%s: %q comes from the corpus", name, p)
			}
		})
	}
}

// eachPhrase calls fn with every run of phraseWords words of text, in
// lower case and joined by spaces; a word is letters, digits and
// apostrophes.
func eachPhrase(text string, fn func(string)) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	for i := 0; i+phraseWords <= len(words); i++ {
		fn(strings.Join(words[i:i+phraseWords], " "))
	}
}
