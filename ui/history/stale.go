package history

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// staleAge is how old a temporary file must be before Save removes it. A
// save takes well under a second, so one this old was left by a writer
// that was killed between creating it and renaming it.
const staleAge = 10 * time.Minute

// removeStale removes, from dir, the temporary files that writeJSON makes
// for the state file (".positions.json.NNN.tmp") and a killed writer left
// behind, once older than staleAge. Nothing else is touched: a name must
// have exactly that shape, and the file must be a regular one.
func removeStale(dir string, now time.Time) {
	names, err := filepath.Glob(filepath.Join(dir, "."+FileName+".*.tmp"))
	if err != nil {
		return
	}
	for _, path := range names {
		if !isTempName(filepath.Base(path)) {
			continue
		}
		fi, err := os.Lstat(path)
		if err != nil || !fi.Mode().IsRegular() || now.Sub(fi.ModTime()) < staleAge {
			continue
		}
		os.Remove(path)
	}
}

// isTempName reports whether name is one os.CreateTemp makes from
// writeJSON's pattern: the state file's name between a dot and ".tmp",
// with decimal digits in the middle, as in ".positions.json.123456.tmp".
func isTempName(name string) bool {
	mid, ok := strings.CutPrefix(name, "."+FileName+".")
	if !ok {
		return false
	}
	mid, ok = strings.CutSuffix(mid, ".tmp")
	return ok && mid != "" && strings.Trim(mid, "0123456789") == ""
}
