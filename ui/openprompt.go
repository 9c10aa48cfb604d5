package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source"
)

// The O prompt opens another file, directory or URL without leaving the
// reader. It completes paths as a shell does: tab completes as far as
// the candidates agree ("rep" → "reports/2024-"), and once they part,
// tab takes the one shown in grey (↑/↓ choose it). The candidates, those
// of the directory typed so far, are listed above the line. Listing a
// directory is I/O, so it runs in a command (listCandidatesCmd) each time
// the directory part of the line changes.

// maxCandidates bounds the entries kept of one directory: a directory of
// many thousands of files still completes, from its first ones by name.
const maxCandidates = 5000

// candidateRows is how many rows the candidates take at most above the
// prompt's line.
const candidateRows = 3

// OpenKeyMap is the keys of the O prompt. It satisfies help.KeyMap: the
// prompt shows its short help under an empty line.
type OpenKeyMap struct {
	Complete key.Binding // complete the path, then take the candidate shown
	Next     key.Binding // show the next candidate
	Prev     key.Binding
	Open     key.Binding
	Cancel   key.Binding
}

// DefaultOpenKeyMap returns the O prompt's keys.
func DefaultOpenKeyMap() OpenKeyMap {
	return OpenKeyMap{
		Complete: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "complete")),
		Next:     key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", "next")),
		Prev:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", "previous")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
	}
}

// ShortHelp is the one line shown under an empty prompt.
func (k OpenKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Complete, k.Next, k.Prev, k.Open, k.Cancel}
}

// FullHelp is the same keys in one column.
func (k OpenKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// openTargetMsg asks the root to open target, a path or URL as typed.
type openTargetMsg struct{ target string }

// candidatesMsg is the listing of the directory part dir of the prompt's
// line: each entry's name, a directory's with a trailing slash.
type candidatesMsg struct {
	dir   string
	names []string
}

// openPrompt is the O line at the bottom of the screen.
type openPrompt struct {
	input  textinput.Model
	keys   OpenKeyMap
	help   help.Model
	styles Styles
	active bool
	// dir is the directory part of the line (up to its last slash) whose
	// entries are, or are being, listed; names are its entries, once in.
	dir   string
	names []string
	// tabWaiting says tab was pressed while dir was still being listed:
	// the listing, when it comes in, completes the line (a fast typist's
	// "su<tab>" must not lose its tab).
	tabWaiting bool
}

func newOpenPrompt(st Styles) openPrompt {
	in := textinput.New()
	in.Prompt = "open: "
	in.Placeholder = "a file, directory or URL"
	in.CharLimit = 4096
	in.ShowSuggestions = true
	in.KeyMap.AcceptSuggestion.SetEnabled(false) // tab is the prompt's
	in.SetVirtualCursor(false)
	p := openPrompt{input: in, keys: DefaultOpenKeyMap(), help: help.New()}
	p.SetStyles(st)
	return p
}

// SetStyles gives the prompt the theme's looks.
func (p *openPrompt) SetStyles(st Styles) {
	p.styles = st
	p.input.SetStyles(st.Input)
	p.help.Styles = st.Help
}

// Open shows the prompt, empty, and lists the working directory.
func (p *openPrompt) Open(width int) tea.Cmd {
	p.active = true
	p.input.Reset()
	p.SetWidth(width)
	p.dir, p.names, p.tabWaiting = "", nil, false
	p.input.SetSuggestions(nil)
	return tea.Batch(p.input.Focus(), listCandidatesCmd(""))
}

// SetWidth fits the prompt to a screen width cells wide.
func (p *openPrompt) SetWidth(width int) {
	p.input.SetWidth(max(1, width-len(p.input.Prompt)-1))
	p.help.SetWidth(width)
}

// Close hides the prompt.
func (p *openPrompt) Close() {
	p.active = false
	p.input.Blur()
}

// Update edits the line: tab completes, enter asks the root to open what
// it says, esc closes the prompt. A listing for the line's directory
// becomes its candidates.
func (p openPrompt) Update(msg tea.Msg) (openPrompt, tea.Cmd) {
	switch msg := msg.(type) {
	case candidatesMsg:
		if msg.dir != p.dir {
			return p, nil
		}
		p.names = msg.names
		p.suggest()
		if p.tabWaiting {
			p.tabWaiting = false
			p.complete()
			return p, p.relist()
		}
		return p, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, p.keys.Open):
			target := strings.TrimSpace(p.input.Value())
			p.Close()
			if target == "" {
				return p, nil
			}
			return p, func() tea.Msg { return openTargetMsg{target} }
		case key.Matches(msg, p.keys.Cancel):
			p.Close()
			return p, nil
		case key.Matches(msg, p.keys.Complete):
			if p.names == nil { // the listing is on its way
				p.tabWaiting = true
				return p, p.relist()
			}
			p.complete()
			return p, p.relist()
		}
		p.tabWaiting = false
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return p, tea.Batch(cmd, p.relist())
}

// relist lists the directory of the line when it is not the one listed:
// "notes/2024/" lists notes/2024, "rep" the working directory. A URL
// lists nothing.
func (p *openPrompt) relist() tea.Cmd {
	v := p.input.Value()
	if strings.Contains(v, "://") {
		p.dir, p.names = v, nil
		p.input.SetSuggestions(nil)
		return nil
	}
	dir := v[:strings.LastIndex(v, "/")+1]
	if dir == p.dir && p.names != nil {
		p.suggest()
		return nil
	}
	if dir != p.dir {
		p.dir, p.names = dir, nil
		p.input.SetSuggestions(nil)
		return listCandidatesCmd(dir)
	}
	return nil
}

// suggest makes the listed entries the input's suggestions, as the line
// would be completed: hidden entries only once the name typed starts
// with a dot.
func (p *openPrompt) suggest() {
	base := p.input.Value()[len(p.dir):]
	hidden := strings.HasPrefix(base, ".")
	sugs := make([]string, 0, len(p.names))
	for _, n := range p.names {
		if strings.HasPrefix(n, ".") && !hidden {
			continue
		}
		sugs = append(sugs, p.dir+n)
	}
	p.input.SetSuggestions(sugs)
}

// complete is tab: it extends the line to the longest prefix the
// candidates share, or when that adds nothing, takes the candidate shown.
func (p *openPrompt) complete() {
	matches := p.input.MatchedSuggestions()
	if len(matches) == 0 {
		return
	}
	v := p.input.Value()
	next := commonPrefix(matches)
	if len([]rune(next)) <= len([]rune(v)) {
		next = p.input.CurrentSuggestion()
	}
	if next != "" && next != v {
		p.input.SetValue(next)
		p.input.CursorEnd()
	}
}

// commonPrefix is the longest prefix, in whole runes, that every one of
// ss starts with.
func commonPrefix(ss []string) string {
	prefix := []rune(ss[0])
	for _, s := range ss[1:] {
		r := []rune(s)
		n := 0
		for n < len(prefix) && n < len(r) && prefix[n] == r[n] {
			n++
		}
		prefix = prefix[:n]
	}
	return string(prefix)
}

// View draws the candidates above the line, or the prompt's keys while
// there are none to show, then the line itself.
func (p openPrompt) View(width int) string {
	line := fitLine(p.input.View(), width)
	var above string
	if matches := p.input.MatchedSuggestions(); len(matches) > 0 {
		above = p.candidatesView(matches, width)
	} else {
		above = fitLine(p.help.ShortHelpView(p.keys.ShortHelp()), width)
	}
	return above + "\n" + line
}

// candidatesView lists the names of matches, the one shown in grey
// highlighted, flowing over at most candidateRows rows of width cells,
// from the first or, when that one would not show, from the one shown;
// "+N" ends the last row when N more did not fit.
func (p openPrompt) candidatesView(matches []string, width int) string {
	cur := p.input.CurrentSuggestionIndex()
	from := 0
	if _, shown := p.flow(matches, 0, width); cur >= shown {
		from = cur
	}
	rows, shown := p.flow(matches, from, width)
	if left := len(matches) - shown; left > 0 {
		last := len(rows) - 1
		rows[last] += p.styles.Dim.Render(fmt.Sprintf("+%d", left))
	}
	for i, r := range rows {
		rows[i] = fitLine(r, width)
	}
	return strings.Join(rows, "\n")
}

// flow lays the names of matches[from:] out in rows of width cells, two
// spaces apart, leaving room for a "+N" at the end, and returns the rows
// and the index after the last match that fit.
func (p openPrompt) flow(matches []string, from, width int) (rows []string, end int) {
	cur := p.input.CurrentSuggestionIndex()
	room := width - len(fmt.Sprintf("+%d", len(matches)))
	var row strings.Builder
	used := 0
	for end = from; end < len(matches); end++ {
		name := safetext.Line(matches[end][len(p.dir):])
		w := lipgloss.Width(name) + 2
		if used > 0 && used+w > room {
			if len(rows) == candidateRows-1 {
				break
			}
			rows, used = append(rows, row.String()), 0
			row.Reset()
		}
		if end == cur {
			name = p.styles.Selected.Render(name)
		}
		row.WriteString(name + "  ")
		used += w
	}
	return append(rows, row.String()), end
}

// Cursor is where the terminal's cursor goes, on the prompt's row y.
func (p openPrompt) Cursor(y int) *tea.Cursor {
	c := p.input.Cursor()
	if c != nil {
		c.Y = y
	}
	return c
}

// listCandidatesCmd lists the directory dir names (as typed: "" is the
// working directory, "~/" the home directory): its subdirectories, with
// a trailing slash, and the files byline opens (source.IsArticleFile),
// following links.
func listCandidatesCmd(dir string) tea.Cmd {
	return func() tea.Msg {
		path := expandHome(dir, ".")
		entries, err := os.ReadDir(path)
		if err != nil {
			return candidatesMsg{dir: dir, names: []string{}}
		}
		names := make([]string, 0, min(len(entries), maxCandidates))
		for _, e := range entries {
			if len(names) == maxCandidates {
				break
			}
			mode := e.Type()
			if mode&os.ModeSymlink != 0 {
				if fi, err := os.Stat(filepath.Join(path, e.Name())); err == nil {
					mode = fi.Mode().Type()
				}
			}
			switch name := e.Name(); {
			case mode.IsDir():
				names = append(names, name+"/")
			case mode.IsRegular() && source.IsArticleFile(strings.TrimPrefix(name, ".")):
				names = append(names, name)
			}
		}
		return candidatesMsg{dir: dir, names: names}
	}
}

// expandHome turns a leading "~/" (or a lone "~") into the home
// directory, and "" into empty: "~/news/" → "/home/ana/news/".
func expandHome(path, empty string) string {
	if path == "" {
		return empty
	}
	if path != "~" && !strings.HasPrefix(path, "~/") {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path
	}
	return filepath.Join(home, path[1:])
}
