package assets

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// TestFS checks that FS holds what it says: the sample and every word
// list, as a well-behaved fs.FS, and that ReadFileString agrees with it.
func TestFS(t *testing.T) {
	want := []string{SampleName, "wordlists/hand_titles.tsv"}
	for name := range bigLists {
		want = append(want, name)
	}
	if err := fstest.TestFS(FS, want...); err != nil {
		t.Fatal(err)
	}
	for _, name := range want {
		data, err := fs.ReadFile(FS, name)
		if err != nil {
			t.Fatal(err)
		}
		s, err := FS.ReadFileString(name)
		if err != nil || s != string(data) || len(s) == 0 {
			t.Errorf("%s: ReadFileString gives %d bytes (%v), fs.ReadFile %d", name, len(s), err, len(data))
		}
	}
}
