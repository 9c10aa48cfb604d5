package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/ui/history"
)

// History is the reading history the reader keeps its places in: where
// each article was left, keyed by its content. The reader records a place
// when it leaves an article and saves the history in a command; the
// command line records the last place after the reader ends (Remember)
// and saves once more. A History is safe for use from several goroutines.
type History struct {
	mu    sync.Mutex
	store *history.Store
	ready bool // store holds what the file held: places can be restored

	dir  string    // read into store by load, for OpenHistory's
	once sync.Once // guards load
}

// NewHistory returns the History kept in store, read already.
func NewHistory(store *history.Store) *History { return &History{store: store, ready: true} }

// OpenHistory returns the History kept in dir without reading it: the
// reader reads it in a command when it starts (Model.Init), so that its
// first screen never waits for the file, and restores places once it is
// in. Places recorded and saved before then are kept.
func OpenHistory(dir string) *History { return &History{store: history.New(dir), dir: dir} }

// load reads the file of an OpenHistory into h, the first time it is
// called; the error is a warning for the user, as from history.Load.
func (h *History) load() (warn error) {
	h.once.Do(func() {
		if h.isReady() {
			return
		}
		read, w := history.Load(h.dir) // outside mu: get and set go on meanwhile
		h.mu.Lock()
		defer h.mu.Unlock()
		h.store.Fill(read)
		h.ready, warn = true, w
	})
	return warn
}

func (h *History) isReady() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.ready
}

// Save writes the history to its file when anything changed.
func (h *History) Save() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.store.Save()
}

// get returns the place remembered for key, and whether the file has
// been read yet: until it has, no place is known.
func (h *History) get(key string) (pos history.Position, ok, ready bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	pos, ok = h.store.Get(key)
	return pos, ok, h.ready
}

// isRead reports whether the feed item with link was read; false until
// the file has been read, and without a history.
func (h *History) isRead(link string) bool {
	if h == nil || link == "" {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.store.IsRead(link)
}

// markRead records that the feed item with link was read. It reports
// whether there is a history to save.
func (h *History) markRead(link string) bool {
	if h == nil {
		return false
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.store.MarkRead(link)
	return true
}

func (h *History) set(key string, pos history.Position) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.store.Set(key, pos)
}

// historyLoadedMsg reports that an OpenHistory's file has been read, with
// a warning for the user when it could not be used.
type historyLoadedMsg struct{ warn error }

// loadHistoryCmd reads h's file in the background, when it is not read
// yet.
func loadHistoryCmd(h *History) tea.Cmd {
	if h == nil || h.isReady() {
		return nil
	}
	return func() tea.Msg { return historyLoadedMsg{h.load()} }
}

// historyErrMsg reports that the history could not be saved.
type historyErrMsg struct{ err error }

// saveHistoryCmd saves h in the background.
func saveHistoryCmd(h *History) tea.Cmd {
	return func() tea.Msg {
		if err := h.Save(); err != nil {
			return historyErrMsg{err}
		}
		return nil
	}
}

// bodyKey is the history key of an article with body body:
// history.Key of its bytes, hashed a piece at a time, so that no copy of a
// body of many megabytes is made.
func bodyKey(body string) string {
	h := sha256.New()
	var buf [32 << 10]byte
	for len(body) > 0 {
		n := copy(buf[:], body)
		h.Write(buf[:n])
		body = body[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}

// artKey is the history key of an article, once known.
type artKey struct {
	art *article.Article
	key string
}

// historyKey is the key of the place of d's article: the key that came
// with it from its load command, or else computed now and kept.
func (d *doc) historyKey() string {
	if d.key.art != d.art || d.key.key == "" {
		d.key = artKey{d.art, bodyKey(d.art.Body)}
	}
	return d.key.key
}

// placed is the article whose place the history keeps: the one read on
// screen, unless it is still streaming in (its content is not known
// yet); nil when there is none.
func (m *Model) placed() *doc {
	if m.state != stateReading || m.cur >= len(m.docs) || m.load.in.arriving(m.cur) {
		return nil
	}
	return &m.docs[m.cur]
}

// Remember records the place of the article on screen in the history,
// for the command line to call on the final model, after the reader
// ended, before it saves the history.
func (m *Model) Remember() { m.places.record(m.placed(), m.pager.TopOffset()) }

// Err is why the reader ended without anything to read, or nil: a fetch
// cancelled with no other article to show, or, when it opened nothing at
// all, why the input it tried failed ("notes: no .txt, .md or .html
// files"). A reader quit while its first article is still loading has
// failed at nothing.
func (m *Model) Err() error {
	if m.lib.exitErr != nil {
		return m.lib.exitErr
	}
	if m.err != nil && !m.shelf.opened() {
		return m.err
	}
	return nil
}
