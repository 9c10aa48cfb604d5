package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/byline-reader/byline/article"
)

// TestLoaderAnalysis: which analysis the article shown needs next, and
// what the sidebar's progress line says of it.
func TestLoaderAnalysis(t *testing.T) {
	small := &article.Article{Body: "The ferry runs at dawn, the captain said."}
	big := &article.Article{Body: strings.Repeat("The ferry runs at dawn, the captain said. ", 8000)}
	older := &article.Article{Body: "The ferry"}
	tests := []struct {
		name      string
		d         doc
		newer     bool
		analysing bool // one runs already
		wantCmd   bool
		wantNote  string
		wantOK    bool
	}{
		{"done already", doc{art: small, anArt: small}, false, false, false, "", false},
		{"no article", doc{}, true, false, false, "", false},
		{"a small one starts", doc{art: small}, false, false, true, "", true},
		{"a large one shows its size", doc{art: big}, false, false, true, "analysing 328 KB of text…", true},
		{"only the start is in", doc{art: small, partial: true}, false, false, false, "reading the rest…", true},
		{"the rest came in while waiting", doc{art: small}, false, true, true, "", true},
		{"a newer snapshot waits for the one running", doc{art: small, anArt: older}, true, true, false, "", false},
		{"a newer snapshot starts when none runs", doc{art: small, anArt: older}, true, false, true, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLoader(context.Background(), nil, Options{})
			defer l.stop()
			l.analysing = tt.analysing
			cmd, note, ok := l.analysis(0, &tt.d, tt.newer)
			if (cmd != nil) != tt.wantCmd || note != tt.wantNote || ok != tt.wantOK {
				t.Errorf("analysis = cmd %v, %q, %v; want cmd %v, %q, %v", cmd != nil, note, ok, tt.wantCmd, tt.wantNote, tt.wantOK)
			}
			if ok && !l.analysing {
				t.Error("an analysis was started or awaited, but the loader is not analysing")
			}
		})
	}
}

// TestLoaderGenerations: a new generation cancels the work of the one
// before, and only the current generation's analysis may end the one
// under way with a failure.
func TestLoaderGenerations(t *testing.T) {
	l := newLoader(context.Background(), nil, Options{})
	defer l.stop()
	first := l.ctx
	l.analysing = true
	l.next()
	if first.Err() == nil || l.ctx.Err() != nil || l.gen != 2 || l.analysing {
		t.Fatalf("next: old ctx err %v, new %v, gen %d, analysing %v", first.Err(), l.ctx.Err(), l.gen, l.analysing)
	}
	l.analysing = true
	if current := l.ended(1, context.DeadlineExceeded); current || !l.analysing {
		t.Errorf("an older run's failure: current %v, analysing %v; want false, true", current, l.analysing)
	}
	if current := l.ended(2, context.DeadlineExceeded); !current || l.analysing {
		t.Errorf("the current run's failure: current %v, analysing %v; want true, false", current, l.analysing)
	}
	if _, _, ok := l.tick(progressTickMsg{gen: 2}); ok {
		t.Error("a tick with no analysis under way was taken")
	}
}
