package ui

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/lane"
)

// TestAnalysisLeavesRuntimeAlone checks that the background analysis of
// a big text runs on an ordinary goroutine under the program's own
// runtime settings: the processors Go schedules goroutines on, the
// collector's pace and, unless the program asked for it (LimitMemory,
// see TestHoldText), the memory limit are the same inside it as outside,
// and after it.
func TestAnalysisLeavesRuntimeAlone(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 5<<18; i++ {
		fmt.Fprintf(&b, "\u201cThe quay on pier %d opens in May,\u201d said Mara Quill, the harbour master.\n\n", i)
	}
	a, err := article.ParseText("story.txt", b.String())
	if err != nil {
		t.Fatal(err)
	}
	type settings struct {
		procs, gcPercent int
		limit            int64
	}
	now := func() settings {
		gc := debug.SetGCPercent(-1)
		debug.SetGCPercent(gc)
		return settings{runtime.GOMAXPROCS(0), gc, debug.SetMemoryLimit(-1)}
	}
	before, inside := now(), settings{}
	lexicon := func() (*extract.Lexicon, error) {
		inside = now() // called by the analysing goroutine
		return nil, nil
	}
	msg := analyseCmd(context.Background(), lane.New(), 0, 1, a, lexicon, nil)()
	if an, ok := msg.(analysisMsg); !ok || an.err != nil {
		t.Fatalf("analysis gave %T", msg)
	}
	if after := now(); inside != before || after != before {
		t.Errorf("GOMAXPROCS, GOGC, memory limit = %v during the analysis and %v after, want %v", inside, after, before)
	}
}
