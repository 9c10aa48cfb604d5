//go:build unix

package history

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNotRegularRefused puts at the state file's path what is not a
// regular file. Load must return at once (a FIFO used to block it for
// ever, /dev/zero to fill memory) with a warning and an empty history,
// and Save must leave the thing where it is.
func TestNotRegularRefused(t *testing.T) {
	tests := []struct {
		name string
		make func(path string) error
	}{
		{"fifo", func(path string) error { return syscall.Mkfifo(path, 0o600) }},
		{"symlink to /dev/zero", func(path string) error { return os.Symlink("/dev/zero", path) }},
		{"directory", func(path string) error { return os.Mkdir(path, 0o700) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			if err := tt.make(path); err != nil {
				t.Skip(err)
			}
			before, _ := os.Lstat(path)
			s, warn := loadWithin(t, dir, 5*time.Second)
			if warn == nil || !strings.Contains(warn.Error(), "not a regular file") || s.Len() != 0 {
				t.Errorf("got %d entries, warning %v; want none and a warning", s.Len(), warn)
			}
			s.Set(Key([]byte("a")), Position{Paragraph: 1})
			if err := s.Save(); err == nil {
				t.Error("Save replaced what it could not read")
			}
			if after, err := os.Lstat(path); err != nil || after.Mode() != before.Mode() {
				t.Errorf("the path was changed: %v, %v", after, err)
			}
			if got := tempFiles(t, dir); len(got) != 0 {
				t.Errorf("left %v", got)
			}
		})
	}
}

// loadWithin is Load, failing the test when it takes longer than limit:
// the bound of a test of something that used to block, not a timing.
func loadWithin(t *testing.T, dir string, limit time.Duration) (*Store, error) {
	t.Helper()
	type result struct {
		s    *Store
		warn error
	}
	done := make(chan result, 1)
	go func() {
		s, warn := load(t, dir)
		done <- result{s, warn}
	}()
	select {
	case r := <-done:
		return r.s, r.warn
	case <-time.After(limit):
		t.Fatalf("Load still blocked after %v", limit)
		return nil, nil
	}
}

// TestSaveWaitsForLock holds the lock as another byline would while it
// saves a place of its own: Save waits, then reads the file again and
// keeps that place along with its own.
func TestSaveWaitsForLock(t *testing.T) {
	dir := t.TempDir()
	mine, theirs := Key([]byte("mine")), Key([]byte("theirs"))
	s := mustLoad(t, dir)
	s.Set(mine, Position{Paragraph: 1})
	unlock, err := lock(s.lockPath())
	if err != nil {
		t.Fatal(err)
	}
	saved := make(chan error)
	go func() { saved <- s.Save() }()
	// Let Save reach the lock before the other byline writes: were it
	// slower, the test would only be weaker, never wrong.
	time.Sleep(50 * time.Millisecond)
	theirEntry := map[string]entry{theirs: {Position: Position{Paragraph: 2}, Seen: fixed.Unix()}}
	if err := writeJSON(s.Path(), file{Version: version, Positions: theirEntry}); err != nil {
		t.Fatal(err)
	}
	unlock()
	if err := <-saved; err != nil {
		t.Fatal(err)
	}
	checkKept(t, dir, []string{mine, theirs})
}

// TestLockWaitBounded: a byline that holds the lock and never lets go
// does not hang another's Save; it fails saying why.
func TestLockWaitBounded(t *testing.T) {
	defer func(w time.Duration) { lockWait = w }(lockWait)
	lockWait = 50 * time.Millisecond
	dir := t.TempDir()
	s := mustLoad(t, dir)
	s.Set(Key([]byte("a")), Position{Paragraph: 1})
	unlock, err := lock(s.lockPath())
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	if err := s.Save(); err == nil || !strings.Contains(err.Error(), "held by another byline") {
		t.Errorf("Save = %v", err)
	}
}
