package extract_test

import (
	"context"
	"fmt"
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
	var paras []string
	for i := range 400 {
		paras = append(paras, fmt.Sprintf(
			"\u201cThe bridge on Route %d opens in spring,\u201d said Mara Quill, the county engineer. "+
				"Quill told the council that the crews of Dunmore Works had finished the deck.", i))
	}
	text := strings.Join(paras, "\n\n")
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
