package history

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixed is the clock of the tests.
var fixed = time.Date(2026, 11, 24, 15, 4, 5, 0, time.UTC)

// load is Load with the test clock.
func load(t *testing.T, dir string) (*Store, error) {
	t.Helper()
	return loadAt(dir, func() time.Time { return fixed })
}

func TestKey(t *testing.T) {
	if got, want := Key(nil), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; got != want {
		t.Errorf("Key(nil) = %s, want %s", got, want)
	}
	if Key([]byte("a")) == Key([]byte("b")) {
		t.Error("different content, same key")
	}
}

func TestDirFrom(t *testing.T) {
	home := func() (string, error) { return "/home/ada", nil }
	noHome := func() (string, error) { return "", errors.New("no home") }
	tests := []struct {
		name string
		xdg  string
		home func() (string, error)
		want string // "" means an error
	}{
		{"XDG_STATE_HOME", "/var/state", home, "/var/state/byline"},
		{"unset falls back", "", home, "/home/ada/.local/state/byline"},
		{"relative is ignored", "state", home, "/home/ada/.local/state/byline"},
		{"XDG without home", "/var/state", noHome, "/var/state/byline"},
		{"nothing at all", "", noHome, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			getenv := func(k string) string {
				if k == "XDG_STATE_HOME" {
					return tt.xdg
				}
				return ""
			}
			got, err := dirFrom(getenv, tt.home)
			if tt.want == "" {
				if err == nil {
					t.Errorf("got %q, want an error", got)
				}
				return
			}
			if err != nil || got != filepath.FromSlash(tt.want) {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestDirUsesEnvironment(t *testing.T) {
	x := t.TempDir()
	t.Setenv("XDG_STATE_HOME", x)
	if got, err := Dir(); err != nil || got != filepath.Join(x, "byline") {
		t.Errorf("Dir() = %q, %v", got, err)
	}
	t.Setenv("XDG_STATE_HOME", "")
	t.Setenv("HOME", x)
	if got, err := Dir(); err != nil || got != filepath.Join(x, ".local", "state", "byline") {
		t.Errorf("Dir() = %q, %v", got, err)
	}
}

func TestRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state", "byline") // not there yet
	s, warn := load(t, dir)
	if warn != nil || s.Len() != 0 {
		t.Fatalf("fresh store: %d entries, warning %v", s.Len(), warn)
	}
	if err := s.Save(); err != nil { // nothing set: nothing written
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Save without changes created %s", dir)
	}
	a, b := Key([]byte("story a")), Key([]byte("story b"))
	s.Set(a, Position{Paragraph: 12, Offset: 340})
	s.Set(b, Position{Paragraph: -3, Offset: -1})
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s2, warn := load(t, dir)
	if warn != nil {
		t.Fatal(warn)
	}
	if p, ok := s2.Get(a); !ok || p != (Position{12, 340}) {
		t.Errorf("Get(a) = %v, %v", p, ok)
	}
	if p, ok := s2.Get(b); !ok || p != (Position{0, 0}) {
		t.Errorf("Get(b) = %v, %v (negative fields count as 0)", p, ok)
	}
	if _, ok := s2.Get(Key([]byte("never read"))); ok {
		t.Error("Get of an unknown key succeeded")
	}
	for path, want := range map[string]os.FileMode{dir: 0o700 | os.ModeDir, s2.Path(): 0o600} {
		if fi, err := os.Stat(path); err != nil || fi.Mode() != want {
			t.Errorf("%s: mode %v, %v; want %v", path, fi.Mode(), err, want)
		}
	}
}

// TestAtomicWrite checks that Save leaves either the old file or the new
// one, never a temporary file, and that a failed write keeps the old file.
func TestAtomicWrite(t *testing.T) {
	dir := t.TempDir()
	k := Key([]byte("x"))
	s, _ := load(t, dir)
	s.Set(k, Position{Paragraph: 1})
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	old, _ := os.ReadFile(s.Path())

	// A writer that crashed before its rename left a temporary file: it is
	// ignored, and the next Save replaces the file whole.
	crashed := filepath.Join(dir, "."+FileName+".123.tmp")
	os.WriteFile(crashed, old[:len(old)/2], 0o600)
	s2, warn := load(t, dir)
	if warn != nil {
		t.Fatal(warn)
	}
	s2.Set(k, Position{Paragraph: 2})
	if err := s2.Save(); err != nil {
		t.Fatal(err)
	}
	if p, _ := mustLoad(t, dir).Get(k); p.Paragraph != 2 {
		t.Errorf("after Save: %v", p)
	}
	if got := tempFiles(t, dir); len(got) != 1 || got[0] != filepath.Base(crashed) {
		t.Errorf("temporary files %v, want only the crashed writer's", got)
	}

	// The rename fails (the path has become a directory): Save reports
	// it and removes its temporary file.
	bad := t.TempDir()
	os.MkdirAll(filepath.Join(bad, FileName, "x"), 0o700)
	s3, _ := load(t, bad)
	s3.Set(k, Position{Paragraph: 3})
	if err := s3.Save(); err == nil {
		t.Error("Save over a directory succeeded")
	}
	if got := tempFiles(t, bad); len(got) != 0 {
		t.Errorf("failed Save left %v", got)
	}
}

func TestCorruptFileSetAside(t *testing.T) {
	key := strings.Repeat("ab", 32)
	tests := []struct{ name, content string }{
		{"not json", "this is not json"},
		{"truncated", `{"version":1,"positions":{"` + key + `":{"p":1`},
		{"empty", ""},
		{"wrong version", `{"version":99,"positions":{}}`},
		{"bad key", `{"version":1,"positions":{"../etc":{"p":1,"t":1}}}`},
		{"negative position", `{"version":1,"positions":{"` + key + `":{"p":-1,"t":1}}}`},
		{"wrong type", `{"version":1,"positions":[1,2,3]}`},
		{"binary", "\x00\xff\xfe garbage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			os.WriteFile(path, []byte(tt.content), 0o600)
			s, warn := load(t, dir)
			if warn == nil || s == nil || s.Len() != 0 {
				t.Fatalf("got store %v, warning %v; want an empty store and a warning", s, warn)
			}
			aside := path + ".corrupt-20261124T150405Z"
			if got, err := os.ReadFile(aside); err != nil || string(got) != tt.content {
				t.Errorf("corrupt file not set aside as %s: %v", aside, err)
			}
			if !strings.Contains(warn.Error(), "moved it to "+filepath.Base(aside)) || strings.Contains(warn.Error(), "\n") {
				t.Errorf("warning %q", warn)
			}
			s.Set(key, Position{Paragraph: 4})
			if err := s.Save(); err != nil {
				t.Fatal(err)
			}
			if p, ok := mustLoad(t, dir).Get(key); !ok || p.Paragraph != 4 {
				t.Errorf("fresh file: %v %v", p, ok)
			}
		})
	}
}

func TestUnreadableFileWarns(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, FileName), 0o700) // a directory where the file should be
	s, warn := Load(dir)
	if warn == nil || s == nil {
		t.Fatalf("got %v, %v; want a store and a warning", s, warn)
	}
}

// TestSaveMerges checks that two readers open at once both keep what they
// remembered.
func TestSaveMerges(t *testing.T) {
	dir := t.TempDir()
	a, b, c := Key([]byte("a")), Key([]byte("b")), Key([]byte("c"))
	first, _ := load(t, dir)
	second, _ := load(t, dir)
	first.Set(a, Position{Paragraph: 1})
	first.Set(c, Position{Paragraph: 1})
	second.Set(b, Position{Paragraph: 2})
	second.Set(c, Position{Paragraph: 2})
	if err := first.Save(); err != nil {
		t.Fatal(err)
	}
	if err := second.Save(); err != nil {
		t.Fatal(err)
	}
	s := mustLoad(t, dir)
	for key, want := range map[string]int{a: 1, b: 2, c: 2} {
		if p, ok := s.Get(key); !ok || p.Paragraph != want {
			t.Errorf("%.6s: %v %v, want paragraph %d", key, p, ok, want)
		}
	}
	if p, _ := second.Get(a); p.Paragraph != 1 {
		t.Errorf("second store did not learn a: %v", p)
	}
}

func TestBounded(t *testing.T) {
	dir := t.TempDir()
	s, _ := load(t, dir)
	start := fixed
	for i := range MaxEntries + 50 {
		s.now = func() time.Time { return start.Add(time.Duration(i) * time.Second) }
		s.Set(Key([]byte(fmt.Sprint(i))), Position{Paragraph: i})
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	got := mustLoad(t, dir)
	if got.Len() != MaxEntries {
		t.Errorf("kept %d entries, want %d", got.Len(), MaxEntries)
	}
	if _, ok := got.Get(Key([]byte("0"))); ok {
		t.Error("the oldest entry was kept")
	}
	if _, ok := got.Get(Key([]byte(fmt.Sprint(MaxEntries + 49)))); !ok {
		t.Error("the newest entry was dropped")
	}
}

func TestPruneTies(t *testing.T) {
	entries := map[string]entry{"b": {Seen: 5}, "a": {Seen: 5}, "c": {Seen: 5}, "d": {Seen: 9}}
	prune(entries, 2)
	if _, ok := entries["d"]; !ok || len(entries) != 2 {
		t.Fatalf("prune kept %v", entries)
	}
	if _, ok := entries["a"]; !ok {
		t.Errorf("ties not broken by key: %v", entries)
	}
}

func mustLoad(t *testing.T, dir string) *Store {
	t.Helper()
	s, warn := Load(dir)
	if warn != nil {
		t.Fatal(warn)
	}
	return s
}

func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	if err != nil {
		t.Fatal(err)
	}
	for i, m := range matches {
		matches[i] = filepath.Base(m)
	}
	return matches
}

// TestFill: a Store made with New takes the places read in the background
// by Load, except where it has newer ones of its own.
func TestFill(t *testing.T) {
	dir := t.TempDir()
	a, b := Key([]byte("a")), Key([]byte("b"))
	first, _ := load(t, dir)
	first.Set(a, Position{Paragraph: 1})
	first.Set(b, Position{Paragraph: 1})
	if err := first.Save(); err != nil {
		t.Fatal(err)
	}
	s := New(dir)
	if s.Len() != 0 {
		t.Fatalf("New read the file: %d entries", s.Len())
	}
	s.Set(a, Position{Paragraph: 5})
	s.Fill(mustLoad(t, dir))
	for key, want := range map[string]int{a: 5, b: 1} {
		if p, ok := s.Get(key); !ok || p.Paragraph != want {
			t.Errorf("%.6s: %v %v, want paragraph %d", key, p, ok, want)
		}
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if p, _ := mustLoad(t, dir).Get(a); p.Paragraph != 5 {
		t.Errorf("saved %v", p)
	}
}
