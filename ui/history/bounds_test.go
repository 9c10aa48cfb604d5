package history

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOversizedSetAside: a state file over MaxFileSize, even a valid one,
// was not written by byline (MaxEntries places take far less). It is not
// read: it is set aside whole, with a warning, and history starts afresh.
func TestOversizedSetAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	var b bytes.Buffer
	b.WriteString(`{"version":1,"positions":{`)
	for i := 0; b.Len() <= MaxFileSize; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"%s":{"p":%d,"t":%d}`, Key(fmt.Append(nil, i)), i, i)
	}
	b.WriteString("}}")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	s, warn := load(t, dir)
	if warn == nil || !strings.Contains(warn.Error(), "larger than 4 MiB") || s.Len() != 0 {
		t.Fatalf("got %d entries, warning %v; want none and a warning", s.Len(), warn)
	}
	aside := path + ".corrupt-20261124T150405Z"
	if fi, err := os.Stat(aside); err != nil || fi.Size() != int64(b.Len()) {
		t.Errorf("not set aside whole as %s: %v", aside, err)
	}
	k := Key([]byte("fresh"))
	s.Set(k, Position{Paragraph: 4})
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if p, ok := mustLoad(t, dir).Get(k); !ok || p.Paragraph != 4 {
		t.Errorf("fresh file: %v %v", p, ok)
	}
}

// TestFullFileUnderCap: the largest file byline writes is read whole.
func TestFullFileUnderCap(t *testing.T) {
	dir := t.TempDir()
	s, _ := load(t, dir)
	for i := range MaxEntries {
		s.Set(Key(fmt.Append(nil, i)), Position{Paragraph: 1 << 30, Offset: 1 << 30})
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(s.Path())
	if fi.Size()*8 > MaxFileSize {
		t.Errorf("a full file takes %d bytes, too near the cap of %d", fi.Size(), MaxFileSize)
	}
	if got := mustLoad(t, dir); got.Len() != MaxEntries {
		t.Errorf("read back %d entries", got.Len())
	}
}

// TestStaleTempRemoved: Save removes the temporary files a writer killed
// mid-save left, once they are old, and nothing else.
func TestStaleTempRemoved(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	files := []struct {
		name string
		old  bool
		gone bool
	}{
		{"." + FileName + ".123456.tmp", true, true},
		{"." + FileName + ".9.tmp", true, true},
		{"." + FileName + ".777.tmp", false, false}, // another writer's, maybe still running
		{"." + FileName + ".12ab.tmp", true, false},
		{"." + FileName + "..tmp", true, false},
		{FileName + ".123.tmp", true, false},
		{".notes.json.123.tmp", true, false},
		{"." + FileName + ".123.tmp.keep", true, false},
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		if err := os.WriteFile(path, []byte("{"), 0o600); err != nil {
			t.Fatal(err)
		}
		if f.old {
			os.Chtimes(path, old, old)
		}
	}
	// An old directory of that shape is not a file of ours.
	sub := filepath.Join(dir, "."+FileName+".555.tmp")
	os.Mkdir(sub, 0o700)
	os.Chtimes(sub, old, old)

	s, _ := load(t, dir)
	s.Set(Key([]byte("a")), Position{Paragraph: 1})
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		_, err := os.Stat(filepath.Join(dir, f.name))
		if gone := os.IsNotExist(err); gone != f.gone {
			t.Errorf("%s: removed %v, want %v", f.name, gone, f.gone)
		}
	}
	if _, err := os.Stat(sub); err != nil {
		t.Errorf("the directory was removed: %v", err)
	}
}
