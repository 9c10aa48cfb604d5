package ui

import (
	"context"
	"runtime"
	"testing"
	"unsafe"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/source"
)

// TestUpdateCopiesNoModel checks that the reader as a program runs it
// answers a message in place, without a copy of its model on the heap: a
// few kilobytes at most, where a Model is hundreds.
func TestUpdateCopiesNoModel(t *testing.T) {
	src := source.Source{Name: "story.txt", Data: []byte("A Headline\n\nThe quay opens in May, the harbour master said.")}
	m := New(context.Background(), []source.Source{src}, Options{})
	var r tea.Model = m
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
	if got, ok := r.(*Model); !ok || got != m {
		t.Errorf("Update returned a %T at %p, want the reader it was given, %p", r, r, m)
	}
}
