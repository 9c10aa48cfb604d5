package ui

import (
	"context"
	"runtime"
	"testing"
	"unsafe"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/source"
)

// TestRunningCopiesNoModel checks that the reader as a program runs it
// answers a message without a copy of its model on the heap: a few
// kilobytes at most, where a Model is hundreds.
func TestRunningCopiesNoModel(t *testing.T) {
	src := source.Source{Name: "story.txt", Data: []byte("A Headline\n\nThe quay opens in May, the harbour master said.")}
	var r tea.Model = New(context.Background(), []source.Source{src}, Options{}).Run()
	r, _ = r.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	const n = 50
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range n {
		r, _ = r.Update(progressTickMsg{gen: -1}) // a tick for no analysis: nothing to do
	}
	runtime.ReadMemStats(&after)
	perMsg := (after.TotalAlloc - before.TotalAlloc) / n
	if size := uint64(unsafe.Sizeof(Model{})); perMsg >= size/4 {
		t.Errorf("a message allocated %d bytes; the Model is %d", perMsg, size)
	}
	if _, ok := r.(Running); !ok {
		t.Errorf("Update returned a %T, want the Running reader", r)
	}
}
