package article

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusRecord is the part of a dev-corpus record the cleaning test reads.
type corpusRecord struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Quotes []struct {
		Text string `json:"text"`
	} `json:"quotes"`
}

// devCorpus opens the shared dev corpus (../shared beside the repo root),
// or skips the test where it is absent.
func devCorpus(t testing.TB) []corpusRecord {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repo root not found")
		}
		dir = parent
	}
	f, err := os.Open(filepath.Join(dir, "..", "shared", "corpus", "dev.jsonl"))
	if err != nil {
		t.Skip("dev corpus absent:", err)
	}
	defer f.Close()
	var recs []corpusRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r corpusRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestCorpusCleaning checks that cleaning the dev corpus's texts (read as
// stdin, the way the scorer feeds them) finds each headline and never
// drops body text: every gold quote must still be in Body.
func TestCorpusCleaning(t *testing.T) {
	recs := devCorpus(t)
	for _, r := range recs {
		t.Run(r.ID, func(t *testing.T) {
			a, err := Parse("stdin", []byte(r.Text))
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != Text {
				t.Errorf("format %v, want Text", a.Format)
			}
			if r.Title != "" && a.Title != r.Title {
				t.Errorf("title\n got %q\nwant %q", a.Title, r.Title)
			}
			for _, q := range r.Quotes {
				if !strings.Contains(a.Body, q.Text) {
					t.Errorf("quote lost from body: %q", q.Text)
				}
			}
			if strings.Contains(a.Body, a.Title) && len(a.Title) > 20 {
				t.Errorf("title left in body: %q", a.Title)
			}
		})
	}
}
