package history

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// decode parses the state file, checking its version and every entry;
// its maps are never nil.
func decode(data []byte) (*file, error) {
	var f file
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	if f.Version != version {
		return nil, fmt.Errorf("unknown version %d", f.Version)
	}
	for k, e := range f.Positions {
		if !isKey(k) {
			return nil, fmt.Errorf("bad key %q", k)
		}
		if e.Paragraph < 0 || e.Offset < 0 {
			return nil, fmt.Errorf("bad position for %.12s", k)
		}
	}
	for k := range f.Read {
		if !isKey(k) {
			return nil, fmt.Errorf("bad read mark %q", k)
		}
	}
	if f.Positions == nil {
		f.Positions = map[string]entry{}
	}
	if f.Read == nil {
		f.Read = map[string]int64{}
	}
	return &f, nil
}

// isKey reports whether k is a key as Key makes them: 64 lower-case hex
// digits.
func isKey(k string) bool {
	return len(k) == 64 && strings.Trim(k, "0123456789abcdef") == ""
}

// prune deletes all but the n most recently seen entries. Entries seen in
// the same second are ordered by key, so the result is deterministic.
func prune(entries map[string]entry, n int) {
	if len(entries) <= n {
		return
	}
	keys := make([]string, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if ea, eb := entries[a].Seen, entries[b].Seen; ea != eb {
			if ea > eb {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	for _, k := range keys[n:] {
		delete(entries, k)
	}
}

// writeJSON replaces path with v as JSON, atomically: it writes a
// temporary file in the same directory, syncs it, renames it over path
// and syncs the directory. On any failure the old file is left as it was
// and the temporary file is removed.
func writeJSON(path string, v any) (err error) {
	data, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(append(data, '\n')); err != nil {
		return err
	}
	if err = tmp.Chmod(0o600); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil { // make the rename durable
		d.Sync()
		d.Close()
	}
	return nil
}
