package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source"
)

// ToolKeyMap are the keys that act on the article read. It satisfies
// help.KeyMap.
type ToolKeyMap struct {
	Links  key.Binding // the list of the article's links
	Copy   key.Binding // copy the selected quote
	Export key.Binding // write the Markdown export
}

// DefaultToolKeyMap returns the tools' keys.
func DefaultToolKeyMap() ToolKeyMap {
	return ToolKeyMap{
		Links:  key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "list links, open one")),
		Copy:   key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy selected quote")),
		Export: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "export quotes and people")),
	}
}

// ShortHelp is the one-line summary (help.KeyMap).
func (k ToolKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Links, k.Copy, k.Export} }

// FullHelp is every key (help.KeyMap).
func (k ToolKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// exportedMsg reports where e wrote the export, or why it could not;
// existed says the same export was in that file already.
type exportedMsg struct {
	path    string
	existed bool
	err     error
}

// tools is the part of the keys that act on the article read: y copies
// the selected quote, with its speaker and the article's URL, to the
// clipboard (OSC 52); e writes the Markdown export of the quotes and
// people to a file in the current directory; L collects the links and
// lists them in the `L` overlay, whose enter hands one to the system
// opener. The work runs in commands; what the status bar should say is
// returned as a note ("" leaves it be).
type tools struct {
	keys ToolKeyMap
	// lexicon loads the word lists, for an export made before the
	// reader's analysis is done (Options.lexicon).
	lexicon func() (*extract.Lexicon, error)
	links   linkList // the `L` overlay
}

func newTools(keys ToolKeyMap, lexicon func() (*extract.Lexicon, error), st Styles) tools {
	return tools{keys: keys, lexicon: lexicon, links: newLinkList(st)}
}

// SetSize fits the `L` list to a screen of w × h.
func (t *tools) SetSize(w, h int) { t.links.SetSize(w, h) }

// SetStyles gives the `L` list the looks of st, for a dark or light
// background.
func (t *tools) SetStyles(st Styles, dark bool) { t.links.SetStyles(st, dark) }

// Key acts on y, e and L; ok says msg was one of them.
func (t *tools) Key(msg tea.KeyPressMsg, r reading) (cmd tea.Cmd, note string, ok bool) {
	switch {
	case key.Matches(msg, t.keys.Links):
		if r.art == nil {
			return nil, "no article to list the links of", true
		}
		return collectLinksCmd(r.idx, r.art), "", true
	case key.Matches(msg, t.keys.Copy):
		cmd, note = copyQuote(r)
		return cmd, note, true
	case key.Matches(msg, t.keys.Export):
		if r.art == nil {
			return nil, "", true
		}
		return t.exportCmd(r), "exporting…", true
	}
	return nil, "", false
}

// Update takes the results of the tools' commands and the `L` list's
// requests; ok says msg was one of them.
func (t *tools) Update(msg tea.Msg, r reading) (cmd tea.Cmd, note string, ok bool) {
	switch msg := msg.(type) {
	case linksMsg:
		switch {
		case msg.idx != r.idx || r.art == nil: // the reader moved on
		case len(msg.links) == 0:
			note = "no links in this article"
		default:
			cmd = t.links.Open(msg.links)
		}
	case openLinkMsg:
		return openLinkCmd(msg.url), "opening " + msg.url + "…", true
	case linkOpenedMsg: // when it worked, "opening …" stays
		if msg.err != nil {
			note = "could not open " + msg.url + ": " + safetext.Line(msg.err.Error())
		}
	case exportedMsg:
		note = exportedNote(msg)
	default:
		return nil, "", false
	}
	return cmd, note, true
}

// copyQuote is y: the command that puts the selected quote on the
// clipboard, and the note that says so.
func copyQuote(r reading) (tea.Cmd, string) {
	switch {
	case r.art == nil:
		return nil, ""
	case r.an == nil:
		return nil, "still finding the quotes…"
	case len(r.an.Quotes) == 0:
		return nil, "no quotes to copy"
	}
	q := r.an.Quotes[r.quote]
	note := fmt.Sprintf("copied quote %d/%d", r.quote+1, len(r.an.Quotes))
	if q.Speaker != "" {
		note += " by " + safetext.Line(q.Speaker)
	}
	return tea.SetClipboard(export.Quote(q, articleURL(r.art))), note
}

// exportCmd is e: it writes the export of r's article, analysed first if
// the reader has not done it yet.
func (t *tools) exportCmd(r reading) tea.Cmd {
	a := *r.art // with its Analysis once the reader has made it
	analysed, lexicon := r.analysed, t.lexicon
	return func() tea.Msg {
		if !analysed {
			lx, err := lexicon()
			if err != nil {
				return exportedMsg{err: fmt.Errorf("word lists: %w", err)}
			}
			a.Analysis = article.Analyze(&a, lx)
		}
		path, existed, err := source.WriteExport(".", &a, articleURL(&a))
		return exportedMsg{path, existed, err}
	}
}

// exportedNote says where the export went.
func exportedNote(msg exportedMsg) string {
	switch {
	case msg.err != nil:
		return "export failed: " + msg.err.Error()
	case msg.existed:
		return "already exported to " + safetext.Line(msg.path)
	}
	return "exported to " + safetext.Line(msg.path)
}
