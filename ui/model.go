// Package ui is byline's terminal interface: the article body in a pager
// on the left, the quotes and people of the story in a sidebar on the
// right, and a status bar, all driven from the keyboard.
//
// Loading, parsing and analysis run in commands; Update routes messages to
// the panes and View only puts their drawn strings together.
package ui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/source"
)

// Options tune the interface.
type Options struct {
	// NoColor turns colour off (NO_COLOR); emphasis uses bold, underline
	// and reverse instead.
	NoColor bool
	// Lexicon holds the word lists for the analysis.
	Lexicon *extract.Lexicon
	// History keeps the place where each article was left; nil turns
	// the reading history off.
	History *History
	// UserAgent is sent with web requests; "" for source/web's default.
	UserAgent string
	// Notice is shown in the status bar when the reader starts: a
	// warning from the command line, such as the reading history being
	// off for want of a state directory.
	Notice string
	// Failed are the inputs of the command line that could not be read;
	// the reader says so in the status bar and lists them in the `o`
	// list (failed.go).
	Failed []error
	// LoadLexicon, when Lexicon is nil, loads the word lists; the
	// analysis calls it in the background, so that the first screen
	// does not wait for them. It must be safe to call more than once.
	LoadLexicon func() (*extract.Lexicon, error)
}

// lexicon returns the loader of the word lists.
func (o Options) lexicon() func() (*extract.Lexicon, error) {
	if o.Lexicon != nil || o.LoadLexicon == nil {
		lx := o.Lexicon
		return func() (*extract.Lexicon, error) { return lx, nil }
	}
	return o.LoadLexicon
}

// state is what the body pane shows.
type state int

const (
	stateLoading state = iota
	stateReading
	stateError
	stateFeed // a feed's items are listed (feedlist.go)
)

// doc is the cache of one source: once read and analysed, switching back
// to it is instant.
type doc struct {
	art  *article.Article
	feed *feedDoc // a feed and its items, for a source that is one
	// partial says art holds only the start of the source, shown while
	// the whole is read and parsed.
	partial bool
	rows    *sideRows // the sidebar's rows for the analysis
	// anArt is the article analysed, whose Analysis field holds the
	// analysis shown (the one place it is kept): art, or for a source
	// still streaming in, an earlier snapshot whose body art's begins
	// with; nil until an analysis is done.
	anArt *article.Article
	// key is the history key of art once known (see historyKey).
	key artKey
}

// Model is byline's root model: a router over parts that own their
// state, keys, update and view (the loader, the frame, the overlays, the
// article view, the feed view, the library, the places, the tools, the
// status bar). It keeps what is global: which source is shown and in
// what state, the screen's theme, the status bar's note; it switches
// articles and quits.
//
// It implements tea.Model by pointer: the
// program holds it once and Update changes it in place. A Model is a
// value of about 236 KB (its parts' styles, key maps and lists); run as
// a value, each message would copy it and put the copy on the heap,
// since Update returns it as a tea.Model. Commands never hold the
// Model, so nothing but Update and View touches it.
type Model struct {
	shelf // the sources and their cache (shelf.go)
	opts  Options

	load  loader // reads, parses and analyses; the load generation (loader.go)
	cur   int    // index of the article shown
	state state
	err   error // why the current article could not be opened

	frame  // screen size, focus, and where the panes go (frame.go)
	dark   bool
	styles Styles
	keys   KeyMap
	note   string // a one-off message in the status bar

	lib    library  // the sources beyond the one shown (library.go)
	places places   // the places kept in the reading history (places.go)
	feeds  feedView // a feed's list and its items (feedview.go)

	articleView // the article view: pager, sidebar and highlight (articleview.go)
	status      statusBar
	over        overlays // the prompts, the help and the `o` list (overlays.go)
	tools       tools    // y, e and L, and the `L` overlay (tools.go)

	bodyNote bodyNote    // the loading or error view (bodynote.go)
	fetch    fetchStatus // a fetch's spinner and progress (fetchstatus.go)
}

// New returns the reader for sources; it opens the first one when run.
func New(ctx context.Context, sources []source.Source, opts Options) *Model {
	if ctx == nil {
		ctx = context.Background()
	}
	k := DefaultKeyMap()
	m := Model{
		shelf:  newShelf(sources),
		opts:   opts,
		load:   newLoader(ctx, sources, opts),
		dark:   true, // until the terminal tells
		keys:   k,
		frame:  newFrame(k),
		lib:    newLibrary(sources, k),
		fetch:  newFetchStatus(),
		places: places{h: opts.History},
		feeds:  newFeedView(k),
		note:   startNote(opts),
	}
	m.styles = NewStyles(m.dark, opts.NoColor)
	m.articleView = newArticleView(m.keys, m.load.bg)
	m.over = newOverlays(m.keys, m.styles)
	m.tools = newTools(m.keys.Tools, opts.lexicon(), m.styles)
	m.articleView.SetStyles(m.styles, m.dark)
	m.side.Reset()
	if len(sources) == 0 {
		m.state, m.err = stateError, errNoText
		m.side.SetEmpty()
	}
	return &m
}

// Init asks for the background colour, loads the first article and
// starts reading the source that streams in, if any.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, loadHistoryCmd(m.places.h)}
	cmds = append(cmds, m.load.readStream())
	if len(m.sources) > 0 && m.load.in.idx != 0 {
		cmds = append(cmds, m.firstLoad())
	}
	return tea.Batch(cmds...)
}

// Update routes a message to the pane it is for, then brings the status
// bar up to date. It changes m in place and returns it.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.route(msg)
	// The place of the article read is restored if it had to wait for the
	// screen's size or the history, and the history saved when a place
	// was recorded.
	cmd = tea.Batch(cmd, m.places.settle(m.placed(), &m.pager))
	m.syncStatus()
	return m, cmd
}

// route handles what is global (the screen's size and theme, keys and
// the mouse, which it routes by overlay and focus), then hands msg to
// whoever asked for it: the loading of articles (docs.go), the fetch's
// status (fetchstatus.go), the feed view (feeds.go), the library and the
// O prompt's requests (libroute.go), the places (places.go), the article
// view (articleview.go), the tools (tools.go), or the parts' insides.
func (m *Model) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.frame.SetSize(msg.Width, msg.Height)
		return m.layout()
	case tea.BackgroundColorMsg:
		return m.setTheme(msg.IsDark())
	case tea.KeyPressMsg:
		m.load.bg.Hold(inputHold)
		return m.handleKey(msg)
	case tea.MouseWheelMsg, tea.MouseClickMsg:
		m.load.bg.Hold(inputHold)
		return m.mouse(msg.(tea.MouseMsg))
	}
	if cmd, ok := m.routeLoad(msg); ok {
		return cmd
	}
	if cmd, redraw, ok := m.fetch.Update(msg, m.load.gen, m.fetching()); ok {
		if redraw {
			m.drawBodyNote()
		}
		return cmd
	}
	if cmd, ok := m.routeFeeds(msg); ok {
		return cmd
	}
	if cmd, ok := m.routeLibrary(msg); ok {
		return cmd
	}
	if cmd, note, ok := m.places.Update(msg, m.docs); ok {
		m.setNote(note)
		if m.state == stateFeed { // its items marked anew
			m.drawBodyNote()
		}
		return cmd
	}
	if cmd, ok := m.toArticleView(msg); ok {
		return cmd
	}
	if cmd, note, ok := m.tools.Update(msg, m.reading()); ok {
		m.setNote(note)
		return cmd
	}
	// Anything else is for the parts' insides: the pager's render
	// results, the prompts' blinks.
	var cmd tea.Cmd
	m.pager, cmd = m.pager.Update(msg)
	return tea.Batch(cmd, m.over.Update(msg))
}

// handleKey routes a key: ctrl+c and ctrl+z first; then the overlay
// open, which takes every key; then the parts that take a key in the
// state the reader is in (a feed's list or item, the library, the
// tools); then the root's own keys (quit, the previous and next
// article), the keys that open an overlay and the frame's; the rest goes
// to the focused pane, the sidebar or the body (the article view).
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	m.note = "" // a message lasts until the next key
	switch {
	case key.Matches(msg, k.Interrupt):
		return m.quit()
	case key.Matches(msg, k.Suspend):
		return tea.Suspend
	}
	if cmd, ok := m.over.Key(msg, &m.tools.links); ok {
		return cmd
	}
	if cmd, ok := m.feedKey(msg); ok {
		return cmd
	}
	if key.Matches(msg, k.Clear) && m.fetching() {
		return m.cancelFetch()
	}
	if cmd, note, ok := m.lib.Key(msg, &m.shelf, m.cur, m.opts.Failed, &m.over.libList); ok {
		m.setNote(note)
		return cmd
	}
	if cmd, note, ok := m.tools.Key(msg, m.reading()); ok {
		m.setNote(note)
		return cmd
	}
	if cmd, ok := m.globalKey(msg); ok {
		return cmd
	}
	if cmd, note, ok := m.over.OpenKey(msg, m.width, m.state == stateReading, m.lib.listing); ok {
		m.setNote(note)
		return cmd
	}
	if relayout, ok := m.frame.Key(msg); ok {
		return m.refocus(relayout)
	}
	cmd, _ := m.toArticleView(msg)
	return cmd
}

// toArticleView hands msg to the article view (articleview.go), telling it of the
// article shown, and takes its note; when something was lit, the sidebar
// overlay makes way for the body. It reports whether msg was for it.
func (m *Model) toArticleView(msg tea.Msg) (tea.Cmd, bool) {
	out, ok := m.articleView.Update(msg, m.reading(), m.focus != focusBody && m.sidebarShown())
	if out.noted {
		m.note = out.note
	}
	if out.leave && m.frame.leaveOverlay() {
		m.side.SetFocus(m.focus)
	}
	return out.cmd, ok
}

// globalKey handles the keys that are the root's own: quit, and the
// previous and next article. It reports whether msg was one of them.
func (m *Model) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit(), true
	case key.Matches(msg, k.PrevArticle):
		return m.open(m.cur - 1), true
	case key.Matches(msg, k.NextArticle):
		return m.open(m.cur + 1), true
	}
	return nil, false
}

// reading is what the root tells its parts of the article read: the
// article view, the highlight and the tools.
type reading struct {
	idx, gen int  // the source on screen and its load generation
	shown    bool // its body is on screen: not a note, not a feed's list
	art      *article.Article
	// an is the analysis shown, or nil; analysed says it is art's own,
	// not that of an earlier snapshot of a source still coming in.
	an       *extract.Analysis
	analysed bool
	quote    int // the quote selected in the sidebar, the first if none
}

// reading is what the parts are told of the article read; art is nil
// unless its body is shown.
func (m *Model) reading() reading {
	r := reading{idx: m.cur, gen: m.load.gen, shown: m.state == stateReading, an: analysisOf(m.docs, m.cur)}
	if !r.shown || m.cur >= len(m.docs) {
		return r
	}
	d := &m.docs[m.cur]
	r.art, r.analysed = d.art, d.art != nil && d.anArt == d.art
	r.quote, _ = m.side.SelectedQuote() // the first when none is selected
	return r
}

// setNote shows note in the status bar, unless it is "".
func (m *Model) setNote(note string) {
	if note != "" {
		m.note = note
	}
}

// quit cancels the work under way and ends the program.
func (m *Model) quit() tea.Cmd {
	m.load.stop()
	return tea.Quit
}

// View puts the drawn panes together.
func (m *Model) View() tea.View {
	v := tea.NewView(m.screen())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.Cursor = m.over.Cursor(m.height)
	return v
}

// analysis is the analysis of the article shown, kept in the article
// analysed (anArt), or nil until one is done.
func (d doc) analysis() *extract.Analysis {
	if d.anArt == nil {
		return nil
	}
	return &d.anArt.Analysis
}
