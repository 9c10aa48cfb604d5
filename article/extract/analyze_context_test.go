package extract_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
	"github.com/byline-reader/byline/bench/newstext"
)

// TestWorkersAgree checks that sharing the work among goroutines changes
// nothing in the result, at sizes where the text is and is not split.
func TestWorkersAgree(t *testing.T) {
	paras, err := newstext.Paragraphs(sharedCorpus)
	if err != nil {
		t.Fatal(err)
	}
	lx := lexicon(t)
	for _, size := range []int{2 << 10, 9 << 10, 64 << 10, 300 << 10} {
		text := newstext.Text(paras, size)
		one, err := extract.AnalyzeContext(context.Background(), text, lx, extract.Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, workers := range []int{2, 3, 8} {
			many, err := extract.AnalyzeContext(context.Background(), text, lx, extract.Options{Workers: workers})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(one, many) {
				t.Errorf("%d bytes: %d workers found %d people and %d quotes, one worker %d and %d",
					len(text), workers, len(many.People), len(many.Quotes), len(one.People), len(one.Quotes))
			}
		}
	}
}

// TestAnalysesAgreeInAnyOrder checks that an analysis finds the same
// whatever analyses ran before it: no state outlives an analysis.
func TestAnalysesAgreeInAnyOrder(t *testing.T) {
	paras, err := newstext.Paragraphs(sharedCorpus)
	if err != nil {
		t.Fatal(err)
	}
	lx := lexicon(t)
	texts := []string{
		newstext.Text(paras, 12<<10),
		"“We will win,” said Sen. Ted Cruz. “Amen.”\n\nThe senator smiled. “Really,” he said.",
		newstext.Text(paras, 3<<10),
		"“no one here,” a voice said.\n\n“Nor there.”",
		newstext.Text(paras, 40<<10),
		"",
	}
	analyze := func(text string) extract.Analysis {
		an, err := extract.AnalyzeContext(context.Background(), text, lx, extract.Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		return an
	}
	first := make([]extract.Analysis, len(texts))
	for i, text := range texts {
		first[i] = analyze(text)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if again := analyze(texts[i]); !reflect.DeepEqual(first[i], again) {
			t.Errorf("text %d (%d bytes): %d people and %d quotes after the texts after it, %d and %d before",
				i, len(texts[i]), len(again.People), len(again.Quotes), len(first[i].People), len(first[i].Quotes))
		}
	}
}

// TestAnalyzeContextCancel checks that a cancelled analysis stops with the
// context's error.
func TestAnalyzeContextCancel(t *testing.T) {
	paras, err := newstext.Paragraphs(sharedCorpus)
	if err != nil {
		t.Fatal(err)
	}
	text := newstext.Text(paras, 1<<20)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, workers := range []int{1, 2} {
		_, err := extract.AnalyzeContext(ctx, text, lexicon(t), extract.Options{Workers: workers})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("%d workers: err = %v, want context.Canceled", workers, err)
		}
	}
}

// TestAnalyzeContextProgress checks that progress runs from 0 to 1 without
// going back.
func TestAnalyzeContextProgress(t *testing.T) {
	sample, err := assets.FS.ReadFile(assets.SampleName)
	if err != nil {
		t.Fatal(err)
	}
	paras, err := newstext.Paragraphs(sharedCorpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", string(sample), newstext.Text(paras, 1<<20)} {
		var got []float64
		_, err := extract.AnalyzeContext(context.Background(), text, lexicon(t), extract.Options{
			Workers:  1,
			Progress: func(done float64) { got = append(got, done) },
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) < 2 || got[0] != 0 || got[len(got)-1] != 1 {
			t.Fatalf("%d bytes: progress %v, want 0 first and 1 last", len(text), got)
		}
		for i := 1; i < len(got); i++ {
			if got[i] < got[i-1] || got[i] > 1 {
				t.Fatalf("%d bytes: progress goes from %v to %v", len(text), got[i-1], got[i])
			}
		}
		if len(text) >= 1<<20 && len(got) < 10 {
			t.Errorf("%d bytes: only %d progress reports", len(text), len(got))
		}
	}
}
