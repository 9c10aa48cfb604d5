package ui

import (
	"context"
	"runtime"
	"testing"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// TestAnalysisLeavesProcessorsAlone checks that the background analysis
// runs on an ordinary goroutine of the program: the number of processors
// Go schedules goroutines on is the same inside it as outside.
func TestAnalysisLeavesProcessorsAlone(t *testing.T) {
	a, err := article.ParseText("story.txt", "\u201cThe quay opens in May,\u201d said Mara Quill, the harbour master.")
	if err != nil {
		t.Fatal(err)
	}
	base := runtime.GOMAXPROCS(0)
	inside := -1
	lexicon := func() (*extract.Lexicon, error) {
		inside = runtime.GOMAXPROCS(0) // called by the analysing goroutine
		return nil, nil
	}
	msg := analyseCmd(context.Background(), 0, 1, a, lexicon, nil)()
	if an, ok := msg.(analysisMsg); !ok || an.err != nil {
		t.Fatalf("analysis gave %#v", msg)
	}
	if inside != base || runtime.GOMAXPROCS(0) != base {
		t.Errorf("GOMAXPROCS = %d during the analysis and %d after, want %d", inside, runtime.GOMAXPROCS(0), base)
	}
}
