package ui

import "testing"

// TestStatusFactsInfo: the status bar, not the root, decides which title
// and note it shows and when it says the reading position and sidebar key.
func TestStatusFactsInfo(t *testing.T) {
	base := statusFacts{index: 0, sources: 2, percent: 0.5, wordsLeft: 300, sideKey: "s"}
	tests := []struct {
		name string
		edit func(*statusFacts)
		want statusInfo
	}{
		{"source name before the article", func(f *statusFacts) { f.source = "Example Feed" },
			statusInfo{title: "Example Feed", n: 2, percent: -1, wordsLeft: -1}},
		{"headline wins, position while reading", func(f *statusFacts) {
			f.headline, f.source, f.reading = "A Made-Up Headline", "feed", true
		}, statusInfo{title: "A Made-Up Headline", n: 2, percent: 0.5, wordsLeft: 300}},
		{"no source at all", func(f *statusFacts) { f.index, f.sources = 0, 0 },
			statusInfo{title: "byline", n: 1, percent: -1, wordsLeft: -1}},
		{"control bytes stripped", func(f *statusFacts) { f.headline = "Bad\x1b[31m Title" },
			statusInfo{title: "Bad Title", n: 2, percent: -1, wordsLeft: -1}},
		{"note wins over highlight", func(f *statusFacts) { f.note, f.highlight = "saved", "“x” 1/3" },
			statusInfo{title: "", n: 2, percent: -1, wordsLeft: -1, note: "saved"}},
		{"highlight when no note", func(f *statusFacts) { f.highlight = "“x” 1/3" },
			statusInfo{title: "", n: 2, percent: -1, wordsLeft: -1, note: "“x” 1/3"}},
		{"sidebar key when the sidebar is off", func(f *statusFacts) { f.sideOff = true },
			statusInfo{n: 2, percent: -1, wordsLeft: -1, sideKey: "s"}},
		{"no sidebar key in a feed's list", func(f *statusFacts) { f.sideOff, f.inFeed = true, true },
			statusInfo{n: 2, percent: -1, wordsLeft: -1}},
		{"flags pass through", func(f *statusFacts) { f.analysing, f.streaming, f.index = true, true, 1 },
			statusInfo{index: 1, n: 2, percent: -1, wordsLeft: -1, analysing: true, reading: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := base
			tt.edit(&f)
			if got := f.info(); got != tt.want {
				t.Errorf("info() = %+v, want %+v", got, tt.want)
			}
		})
	}
}
