package extract_test

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// TestAnalyzeYields checks that the analysis cooperates with the rest of
// its program: on a single processor, a goroutine that is ready to run
// when a long analysis starts (a reader's key, say) runs before the
// analysis ends, at the first checkpoint, rather than only once the
// scheduler preempts the analysis after 10 ms or it is over.
func TestAnalyzeYields(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	text := bridgeText(400)
	lx := lexicon(t)

	var finished atomic.Bool
	ranDuring := make(chan bool, 1)
	go func() { ranDuring <- !finished.Load() }()
	if _, err := extract.AnalyzeContext(context.Background(), text, lx, extract.Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	finished.Store(true)
	if !<-ranDuring {
		t.Error("a waiting goroutine ran only once the analysis was over")
	}
}

// TestAnalyzeYieldsTurn checks that an analysis on one worker hands its
// program's turn on (Options.Yield) between chunks of its work, in both
// of its passes, and that doing so changes nothing in its result.
func TestAnalyzeYieldsTurn(t *testing.T) {
	const paragraphs = 400 // each with a quote
	text := bridgeText(paragraphs)
	lx := lexicon(t)
	want, err := extract.AnalyzeContext(context.Background(), text, lx, extract.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	yields := 0
	opt := extract.Options{Workers: 1, Yield: func() { yields++ }}
	got, err := extract.AnalyzeContext(context.Background(), text, lx, opt)
	if err != nil {
		t.Fatal(err)
	}
	// a chunk is 32 paragraphs when finding people, 32 quotes when
	// attributing them
	if min := 2 * (paragraphs / 32); yields < min {
		t.Errorf("the analysis yielded its turn %d times, want at least %d", yields, min)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("yielding its turn changed the analysis")
	}
}

// bridgeText is n paragraphs of invented news, each with a quote.
func bridgeText(n int) string {
	var paras []string
	for i := range n {
		paras = append(paras, fmt.Sprintf(
			"\u201cThe bridge on Route %d opens in spring,\u201d said Mara Quill, the county engineer. "+
				"Quill told the council that the crews of Dunmore Works had finished the deck.", i))
	}
	return strings.Join(paras, "\n\n")
}
