package history

import (
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"
)

// savers is how many readers quit at once in the concurrency tests.
const savers = 12

// TestConcurrentSavesKeepEveryEntry has several readers, each with its own
// Store as separate processes would have, each remember a different
// article and save at the same moment, for a few rounds: every place saved
// must be in the file afterwards.
func TestConcurrentSavesKeepEveryEntry(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for round := range 4 {
		stores := make([]*Store, savers)
		for i := range stores {
			stores[i] = mustLoad(t, dir)
			k := Key(fmt.Appendf(nil, "round %d reader %d", round, i))
			stores[i].Set(k, Position{Paragraph: i + 1})
			want = append(want, k)
		}
		start := make(chan struct{})
		errs := make(chan error, savers)
		var wg sync.WaitGroup
		for _, s := range stores {
			wg.Go(func() {
				<-start
				errs <- s.Save()
			})
		}
		close(start)
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	checkKept(t, dir, want)
}

// TestConcurrentSavesAcrossProcesses is the same race between processes:
// the test binary runs itself (TestSaverProcess) once per reader, and the
// children all save at the same instant.
func TestConcurrentSavesAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes")
	}
	dir := t.TempDir()
	at := time.Now().Add(time.Second).UnixNano() // all are started by then
	cmds := make([]*exec.Cmd, savers)
	var want []string
	for i := range cmds {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSaverProcess$")
		cmd.Env = append(os.Environ(), "BYLINE_TEST_SAVER="+strconv.Itoa(i),
			"BYLINE_TEST_DIR="+dir, "BYLINE_TEST_AT="+strconv.FormatInt(at, 10))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds[i] = cmd
		want = append(want, saverKey(i))
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("saver %d: %v", i, err)
		}
	}
	checkKept(t, dir, want)
}

// TestSaverProcess is one reader of TestConcurrentSavesAcrossProcesses; run
// on its own it does nothing.
func TestSaverProcess(t *testing.T) {
	i, err := strconv.Atoi(os.Getenv("BYLINE_TEST_SAVER"))
	if err != nil {
		t.Skip("run by TestConcurrentSavesAcrossProcesses")
	}
	at, _ := strconv.ParseInt(os.Getenv("BYLINE_TEST_AT"), 10, 64)
	s := mustLoad(t, os.Getenv("BYLINE_TEST_DIR"))
	s.Set(saverKey(i), Position{Paragraph: i + 1})
	time.Sleep(time.Until(time.Unix(0, at)))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
}

func saverKey(i int) string { return Key(fmt.Appendf(nil, "process %d", i)) }

// checkKept fails unless every key in want is in the file in dir.
func checkKept(t *testing.T, dir string, want []string) {
	t.Helper()
	got := mustLoad(t, dir)
	kept := 0
	for _, k := range want {
		if _, ok := got.Get(k); ok {
			kept++
		}
	}
	if kept != len(want) {
		t.Errorf("kept %d of %d places saved at once", kept, len(want))
	}
}
