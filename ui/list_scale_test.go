package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/source/web"
)

// bigFeed is a feed of n invented items.
func bigFeed(n int) *web.Feed {
	f := &web.Feed{Title: "Many Items"}
	day := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
	for i := range n {
		f.Items = append(f.Items, web.Item{
			Title:     fmt.Sprintf("Item number %d", i),
			Link:      fmt.Sprintf("https://news.example/%d", i),
			Published: day,
			Summary:   "A short summary of the item.",
		})
	}
	return f
}

// feedModel is a 120x40 reader showing a feed of n items.
func feedModel(tb testing.TB, f *web.Feed) *Model {
	tb.Helper()
	m := New(context.Background(), []source.Source{{Name: "https://news.example/feed", URL: "https://news.example/feed"}}, Options{NoColor: true})
	m = update(m, tea.WindowSizeMsg{Width: 120, Height: 40})
	m = update(m, feedMsg{idx: 0, gen: m.load.gen, feed: f})
	if !strings.Contains(plain(m), "Item number 0") {
		tb.Fatalf("the feed is not listed:\n%s", plain(m))
	}
	return m
}

// TestFeedKeyCostFlat checks that a key in the list of a feed of 100,000
// items costs what it costs with 100 items: the list's page indicator
// used to be built dot by dot, one allocation per page, on every frame.
// Allocation counts are exact, so this is no timing assertion.
func TestFeedKeyCostFlat(t *testing.T) {
	perKey := func(n int) float64 {
		m := feedModel(t, bigFeed(n))
		down := press("j")
		return testing.AllocsPerRun(20, func() {
			tm, _ := m.Update(down)
			m = tm.(*Model)
			_ = m.View()
		})
	}
	small, big := perKey(100), perKey(100_000)
	if big > small*1.2+5 {
		t.Errorf("a key in a feed's list allocates %.0f times with 100,000 items and %.0f with 100", big, small)
	}
}

// BenchmarkOpenFeed is showing a fetched feed of n items in a 120x40
// reader and drawing it; its time should grow no faster than n.
func BenchmarkOpenFeed(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		f := bigFeed(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				feedModel(b, f)
			}
		})
	}
}

// BenchmarkFeedKey is a key press in the list of a feed of 100,000 items,
// drawn.
func BenchmarkFeedKey(b *testing.B) {
	m := feedModel(b, bigFeed(100_000))
	down := press("j")
	b.ReportAllocs()
	for b.Loop() {
		tm, _ := m.Update(down)
		m = tm.(*Model)
		_ = m.View()
	}
}

// TestLibraryKeyCostFlat is TestFeedKeyCostFlat for the `o` list of
// 100,000 sources.
func TestLibraryKeyCostFlat(t *testing.T) {
	perKey := func(n int) float64 {
		srcs := make([]source.Source, n)
		for i := range srcs {
			srcs[i] = source.Source{Name: fmt.Sprintf("story-%d.txt", i), Data: []byte("A Story\n\nOne paragraph.")}
		}
		m := settle(t, New(context.Background(), srcs, Options{NoColor: true}), tea.WindowSizeMsg{Width: 120, Height: 40})
		m = press1(t, m, "o")
		if !strings.Contains(plain(m), "story-1.txt") {
			t.Fatalf("o: screen:\n%s", plain(m))
		}
		down := press("j")
		return testing.AllocsPerRun(20, func() {
			tm, _ := m.Update(down)
			m = tm.(*Model)
			_ = m.View()
		})
	}
	small, big := perKey(100), perKey(100_000)
	if big > small*1.2+5 {
		t.Errorf("a key in the `o` list allocates %.0f times with 100,000 sources and %.0f with 100", big, small)
	}
}

// TestListPageIndicator checks that a feed's list shows a dot per page
// when they fit the width, and the page number when they do not.
func TestListPageIndicator(t *testing.T) {
	tests := []struct {
		items int
		want  string
	}{
		{30, "•••"},
		{100_000, "1/"},
	}
	for _, tt := range tests {
		s := plain(feedModel(t, bigFeed(tt.items)))
		if !strings.Contains(s, tt.want) {
			t.Errorf("%d items: no %q in\n%s", tt.items, tt.want, s)
		}
	}
}
