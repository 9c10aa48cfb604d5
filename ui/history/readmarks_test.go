package history

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestReadMarks(t *testing.T) {
	dir := t.TempDir()
	s, _ := load(t, dir)
	s.MarkRead("https://news.example/bridge")
	if !s.IsRead("https://news.example/bridge") || s.IsRead("https://news.example/ferry") {
		t.Fatal("IsRead before Save")
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	again := mustLoad(t, dir)
	if !again.IsRead("https://news.example/bridge") || again.IsRead("https://news.example/ferry") {
		t.Error("IsRead after a Load")
	}
	data, err := os.ReadFile(again.Path())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "news.example") {
		t.Errorf("the file holds the address, not its key:\n%s", data)
	}
}

// TestOldFileKeepsLoading reads a file as byline wrote it before read
// marks (version 1, places only): it loads without a warning, and saving
// a mark keeps its places.
func TestOldFileKeepsLoading(t *testing.T) {
	dir := t.TempDir()
	s := newStore(dir, nil)
	key := Key([]byte("an old story"))
	old := fmt.Sprintf(`{"version": 1, "positions": {%q: {"p": 7, "o": 12, "t": 1764000000}}}`, key)
	if err := os.WriteFile(s.Path(), []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	loaded, warn := load(t, dir)
	if warn != nil {
		t.Fatalf("an old file warns: %v", warn)
	}
	if p, ok := loaded.Get(key); !ok || p != (Position{7, 12}) {
		t.Fatalf("the old place: %v %v", p, ok)
	}
	loaded.MarkRead("https://news.example/bridge")
	if err := loaded.Save(); err != nil {
		t.Fatal(err)
	}
	again := mustLoad(t, dir)
	if p, ok := again.Get(key); !ok || p != (Position{7, 12}) || !again.IsRead("https://news.example/bridge") {
		t.Errorf("after a mark: place %v %v, read %v", p, ok, again.IsRead("https://news.example/bridge"))
	}
}

// TestReadMarksMerge has two readers mark different items: the file
// keeps both, and each reader learns the other's.
func TestReadMarksMerge(t *testing.T) {
	dir := t.TempDir()
	first, _ := load(t, dir)
	second, _ := load(t, dir)
	first.MarkRead("https://news.example/a")
	second.MarkRead("https://news.example/b")
	second.Set(Key([]byte("b")), Position{Paragraph: 2})
	for _, s := range []*Store{first, second} {
		if err := s.Save(); err != nil {
			t.Fatal(err)
		}
	}
	s := mustLoad(t, dir)
	if !s.IsRead("https://news.example/a") || !s.IsRead("https://news.example/b") {
		t.Error("a mark was lost")
	}
	if !second.IsRead("https://news.example/a") {
		t.Error("the second reader did not learn the first's mark")
	}
	fresh := New(dir)
	fresh.Fill(mustLoad(t, dir))
	if !fresh.IsRead("https://news.example/a") {
		t.Error("Fill did not give the marks")
	}
}

func TestBadReadMarkSetAside(t *testing.T) {
	dir := t.TempDir()
	s := newStore(dir, nil)
	bad := `{"version": 1, "positions": {}, "read": {"https://news.example/a": 1}}`
	if err := os.WriteFile(s.Path(), []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, warn := load(t, dir); warn == nil || !strings.Contains(warn.Error(), "bad read mark") {
		t.Errorf("warning %v", warn)
	}
}

func TestPruneMarks(t *testing.T) {
	marks := map[string]int64{"a": 3, "b": 1, "c": 2, "d": 3}
	pruneMarks(marks, 2)
	if len(marks) != 2 || marks["a"] != 3 || marks["d"] != 3 {
		t.Errorf("kept %v, want a and d", marks)
	}
}
