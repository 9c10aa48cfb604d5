package pager

import (
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// smallArticle is a short news story with a title, metadata and credits.
func smallArticle() *article.Article {
	a := textArticle("Putin Receives Tillerson At Kremlin As Russia Warns U.S. Not To Strike Syria Again",
		"Russian President Vladimir Putin met with Secretary of State Rex Tillerson at the Kremlin Wednesday, ending speculation over a potential snub.",
		"Tillerson said the meeting with Putin had been \"productive.\"",
		"\"There is a low level of trust between our two countries,\" Tillerson said, sitting beside Lavrov at a joint press conference. \"The world's two foremost nuclear powers cannot have this kind of relationship.\"",
		"Days after that attack, President Trump ordered a cruise missile strike that targeted a Syrian air base — a strike that Russia says violated international law.",
	)
	a.Byline, a.Dateline = "By Michele Kelemen", "Updated at 2:45 p.m. ET"
	a.Credits = []string{"Alexander Nemenov AFP/Getty Images", "© 2017 NPR"}
	return a
}

// TestView checks the drawn screen, without colours, against goldens in
// testdata/TestView. Regenerate with: go test ./ui/pager -run TestView -update
func TestView(t *testing.T) {
	t.Run("text-60x16-top", func(t *testing.T) {
		golden.RequireEqual(t, screen(newPager(smallArticle(), 60, 16)))
	})
	t.Run("text-60x16-bottom", func(t *testing.T) {
		golden.RequireEqual(t, screen(press(newPager(smallArticle(), 60, 16), "G")))
	})
	t.Run("text-130x12-centred", func(t *testing.T) {
		golden.RequireEqual(t, screen(newPager(smallArticle(), 130, 12)))
	})
	t.Run("text-28x10-search", func(t *testing.T) {
		m := newPager(smallArticle(), 28, 10)
		m.SetHighlights(m.Search("trust"), 0)
		golden.RequireEqual(t, screen(m))
	})
	t.Run("wide-24x14", func(t *testing.T) {
		a := textArticle("見出し 👍🏽",
			"日本語のテキストはスペースなしで折り返す必要があります。",
			"Emoji 👍🏽 family 👩‍👩‍👧 and combining e\u0301 marks: café.",
			"Mixed 中文 and English 한국어 text.")
		golden.RequireEqual(t, screen(newPager(a, 24, 14)))
	})
	t.Run("markdown-60x24", func(t *testing.T) {
		a := mdArticle("A Markdown article",
			"## The meeting",
			"Russian President **Vladimir Putin** met with _Secretary of State_ Rex Tillerson at the [Kremlin](https://example.org/kremlin) on Wednesday.",
			"> \"There is a low level of trust between our two countries,\" Tillerson said.",
			"- Syria\n- North Korea\n- The hotline",
			"```\nfunc main() {}\n```")
		m := newPager(a, 60, 24)
		trust := m.Search("low level of trust")
		m.SetMarks([]Mark{{Span: extract.Span{Start: trust[0].Start, End: trust[0].End}, Color: lipgloss.Color("#ff8700")}})
		golden.RequireEqual(t, screen(m))
	})
}
