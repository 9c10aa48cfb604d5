package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source"
)

// The y and e keys: copy the selected quote, export the analysis.

// exportedMsg reports where e wrote the export, or why it could not;
// existed says the same export was in that file already.
type exportedMsg struct {
	path    string
	existed bool
	err     error
}

// copyQuote is y: the quote selected in the sidebar, with its speaker and
// the article's URL, goes to the clipboard through OSC 52.
func (m *Model) copyQuote() tea.Cmd {
	an := analysisOf(m.docs, m.cur)
	switch {
	case m.state != stateReading:
		return nil
	case an == nil:
		m.note = "still finding the quotes…"
		return nil
	case len(an.Quotes) == 0:
		m.note = "no quotes to copy"
		return nil
	}
	i, _ := m.side.SelectedQuote() // the first when none is selected
	q := an.Quotes[i]
	m.note = fmt.Sprintf("copied quote %d/%d", i+1, len(an.Quotes))
	if q.Speaker != "" {
		m.note += " by " + safetext.Line(q.Speaker)
	}
	return tea.SetClipboard(export.Quote(q, articleURL(m.docs[m.cur].art)))
}

// exportArticle is e: the Markdown export of the article's quotes and
// people goes to a file in the current directory, written in a command.
func (m *Model) exportArticle() tea.Cmd {
	if m.state != stateReading {
		return nil
	}
	d := m.docs[m.cur]
	if d.art == nil {
		return nil
	}
	a := *d.art // with its Analysis once the reader has made it
	analysed := d.anArt == d.art
	lx := m.opts.Lexicon
	m.note = "exporting…"
	return func() tea.Msg {
		if !analysed {
			a.Analysis = article.Analyze(&a, lx)
		}
		path, existed, err := source.WriteExport(".", &a, articleURL(&a))
		return exportedMsg{path, existed, err}
	}
}

// onExported says where the export went.
func (m *Model) onExported(msg exportedMsg) {
	if msg.err != nil {
		m.note = "export failed: " + msg.err.Error()
		return
	}
	if msg.existed {
		m.note = "already exported to " + safetext.Line(msg.path)
		return
	}
	m.note = "exported to " + safetext.Line(msg.path)
}
