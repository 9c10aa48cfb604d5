// Package history remembers where the reader was in each article, so
// that reopening one lands on the same paragraph, at any width.
//
// Positions are keyed by a hash of the article's content (Key), so piped
// text is remembered as well as files and URLs, and kept in one JSON file
// in the state directory (Dir): $XDG_STATE_HOME/byline, or
// ~/.local/state/byline. The file is written atomically (a temporary file
// in the same directory, synced, then renamed over the old one), so a
// crash never leaves half a file, and under a lock, so that readers
// quitting together keep each other's places. A corrupt file, or one over
// MaxFileSize, is set aside with a warning and history starts afresh;
// what is not a regular file is never opened for long or replaced. Only
// the MaxEntries most recently read articles are kept.
package history

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// FileName is the name of the state file inside the directory.
const FileName = "positions.json"

// MaxEntries is how many articles the file remembers: the most recently
// read ones.
const MaxEntries = 1000

// Position is a place in an article that survives a change of width: a
// paragraph (an index into the article's Paragraphs) and a byte offset
// into that paragraph's text.
type Position struct {
	// Paragraph is the index of the paragraph at the top of the screen.
	Paragraph int `json:"p"`
	// Offset is the byte offset, within that paragraph, of the first
	// character on the screen.
	Offset int `json:"o,omitempty"`
}

// Key returns the key of an article's content: the hex SHA-256 of its
// bytes.
func Key(content []byte) string {
	sum := sha256.Sum256(content)
	return hex.EncodeToString(sum[:])
}

// Dir returns byline's state directory: $XDG_STATE_HOME/byline when that
// variable holds an absolute path, else ~/.local/state/byline. It fails
// only when there is no home directory to fall back on.
func Dir() (string, error) {
	return dirFrom(os.Getenv, os.UserHomeDir)
}

// dirFrom is Dir with the environment and home directory passed in.
func dirFrom(getenv func(string) string, home func() (string, error)) (string, error) {
	if x := getenv("XDG_STATE_HOME"); x != "" && filepath.IsAbs(x) {
		return filepath.Join(x, "byline"), nil
	}
	h, err := home()
	if err != nil || h == "" {
		return "", fmt.Errorf("history: no state directory: $XDG_STATE_HOME is unset and there is no home directory")
	}
	return filepath.Join(h, ".local", "state", "byline"), nil
}

// entry is one remembered article.
type entry struct {
	Position
	// Seen is when the position was last set, in Unix seconds.
	Seen int64 `json:"t"`
}

// file is the state file's layout. Read came later, within version 1: a
// file without it loads, and a byline that knows only positions still
// reads a file with it (and keeps the places, not the marks).
type file struct {
	Version   int              `json:"version"`
	Positions map[string]entry `json:"positions"`
	// Read holds the feed items opened (see MarkRead): when each was
	// read, in Unix seconds, by ItemKey.
	Read map[string]int64 `json:"read,omitempty"`
}

// version is the layout of the state file this package writes.
const version = 1

// Store is the reading history. It is not safe for concurrent use: the
// UI owns it.
type Store struct {
	dir     string
	entries map[string]entry
	changed map[string]bool // keys Set since Load or the last Save
	marks   readMarks       // the feed items read (readmarks.go)
	now     func() time.Time
}

// Load reads the history in dir. It always returns a usable Store. The
// error, when not nil, is a warning for the user: the file could not be
// read (it is left alone, and Save will not replace it), or it was
// corrupt or over MaxFileSize and has been renamed to
// FileName.corrupt-TIMESTAMP (history then starts empty). A missing file
// or directory is no error. Load never blocks on what is at the file's
// path (see readState), but it reads and decodes up to MaxFileSize bytes:
// a reader that must not wait for that makes its Store with New and
// gives it what Load read, in the background, with Fill.
func Load(dir string) (*Store, error) {
	return loadAt(dir, time.Now)
}

// loadAt is Load with a clock. It holds the lock, when it can take it,
// so that a file is never set aside as corrupt while another byline is
// replacing it.
func loadAt(dir string, now func() time.Time) (*Store, error) {
	s := newStore(dir, now)
	if unlock, err := lock(s.lockPath()); err == nil {
		defer unlock()
	}
	f, warn, _ := s.read()
	if f != nil {
		s.entries = f.Positions
		s.marks.when = f.Read
	}
	return s, warn
}

// New returns the Store of dir without reading its file: it is empty
// until Fill gives it what Load read. Set and Save work at once, as Save
// merges with the file.
func New(dir string) *Store { return newStore(dir, time.Now) }

func newStore(dir string, now func() time.Time) *Store {
	return &Store{dir: dir, entries: map[string]entry{}, changed: map[string]bool{}, marks: newReadMarks(), now: now}
}

// Fill gives s the places that earlier holds and s does not: earlier is
// a Store of the same directory loaded after s was made with New, and
// what s holds (places Set, and places Save read back from the file) is
// as new as earlier's or newer.
func (s *Store) Fill(earlier *Store) {
	for k, e := range earlier.entries {
		if _, ok := s.entries[k]; !ok {
			s.entries[k] = e
		}
	}
	prune(s.entries, MaxEntries)
	s.marks.fill(earlier.marks)
}

// Get returns the position remembered for key.
func (s *Store) Get(key string) (Position, bool) {
	e, ok := s.entries[key]
	return e.Position, ok
}

// Set remembers pos for key, as just read. Negative fields count as 0.
// Nothing is written until Save.
func (s *Store) Set(key string, pos Position) {
	pos.Paragraph = max(pos.Paragraph, 0)
	pos.Offset = max(pos.Offset, 0)
	s.entries[key] = entry{Position: pos, Seen: s.now().Unix()}
	s.changed[key] = true
}

// Len reports how many articles the store remembers.
func (s *Store) Len() int { return len(s.entries) }

// Path returns the state file's path.
func (s *Store) Path() string { return filepath.Join(s.dir, FileName) }

// Save writes the history when anything was Set since the last Save.
// Under a lock shared by every byline (see lock), it reads the file
// again and keeps what another byline wrote there meanwhile (for keys
// this Store did not set), keeps the MaxEntries most recently read, and
// replaces the file atomically, creating the directory (mode 0700) if
// needed; it also removes temporary files left by a writer killed
// mid-save (see removeStale). A file that has become corrupt or too large
// is set aside as Load does; that is not an error here. A file that
// cannot be read at all (not a regular file, no permission) is not
// replaced: Save reports it and writes nothing.
func (s *Store) Save() error {
	if len(s.changed) == 0 && len(s.marks.changed) == 0 {
		return nil
	}
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	unlock, err := lock(s.lockPath())
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	defer unlock()
	f, warn, writable := s.read()
	if !writable {
		return warn
	}
	if f == nil {
		f = &file{Positions: map[string]entry{}}
	}
	merged := f.Positions
	for k := range s.changed {
		merged[k] = s.entries[k]
	}
	for k, e := range merged {
		if _, mine := s.entries[k]; !mine {
			s.entries[k] = e
		}
	}
	prune(merged, MaxEntries)
	prune(s.entries, MaxEntries)
	marks := s.marks.merge(f.Read)
	removeStale(s.dir, time.Now())
	if err := writeJSON(s.Path(), file{Version: version, Positions: merged, Read: marks}); err != nil {
		return fmt.Errorf("history: %w", err)
	}
	clear(s.changed)
	clear(s.marks.changed)
	return nil
}

// lockPath is the path of the file Save locks: FileName.lock beside the
// state file.
func (s *Store) lockPath() string { return s.Path() + ".lock" }

// read loads the state file. It returns nil and no warning when there
// is no file, and nil and a warning when the file cannot be read, is
// corrupt or is over MaxFileSize (after setting a corrupt or oversized
// one aside). writable says whether the path is free to be written:
// false only when a file is there that could not be read and was left in
// place.
func (s *Store) read() (f *file, warn error, writable bool) {
	path := s.Path()
	data, err := readState(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil, true
	}
	if err == nil {
		f, err = decode(data)
		if err == nil {
			return f, nil, true
		}
	} else if !errors.Is(err, errTooLarge) {
		return nil, fmt.Errorf("history: cannot read %s: %w", path, err), false
	}
	aside := fmt.Sprintf("%s.corrupt-%s", path, s.now().UTC().Format("20060102T150405Z"))
	if rerr := os.Rename(path, aside); rerr != nil {
		return nil, fmt.Errorf("history: %s is corrupt (%v) and could not be moved aside: %w", path, err, rerr), false
	}
	return nil, fmt.Errorf("history: %s was corrupt (%v); moved it to %s and started afresh", path, err, filepath.Base(aside)), true
}
