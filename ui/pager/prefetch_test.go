package pager

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
)

// TestLastScreenRenderedAhead checks that the Markdown blocks of the last
// screen are rendered in the background from the start, so that G finds
// them ready.
func TestLastScreenRenderedAhead(t *testing.T) {
	md := repeatArticle(t, 100<<10, article.Markdown)
	m := New()
	m = drain(m, tea.Batch(m.SetSize(70, 30), m.SetArticle(md)))
	checkLastRendered(t, m)
}

// checkLastRendered fails the test unless the last Markdown block of the
// article m shows is rendered, not waiting for Glamour.
func checkLastRendered(t *testing.T, m Model) {
	t.Helper()
	last := len(m.d.blocks) - 1
	for last >= 0 && m.d.blocks[last].kind != kindMarkdown {
		last--
	}
	if last < 0 {
		t.Fatal("no Markdown block")
	}
	if m.lay.state[last] != laid || m.lay.laid[last].provisional {
		t.Errorf("the last Markdown block (%d of %d) is not rendered before G", last, len(m.d.blocks))
	}
}
