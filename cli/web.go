package cli

import (
	"os"

	"github.com/byline-reader/byline/source"
	"github.com/byline-reader/byline/source/web"
)

// URLs and directories on the command line. The reader fetches URLs and
// lists directories itself, in commands, once its screen is up; the
// printing modes (--plain, --json, --export) fetch and list here.

// isWebOrDir reports whether the argument p is a URL or a directory,
// which webSources turns into sources.
func isWebOrDir(p string) bool {
	if web.IsURL(p) {
		return true
	}
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// webSources returns the sources of p, a URL or a directory. For the
// reader (lazy) they are left to it; otherwise a directory's article
// files are read now, and one that cannot be read is reported in failed,
// like a file on the command line, while the others are kept.
func (in inputs) webSources(p string, lazy bool) (srcs []source.Source, failed []error) {
	if web.IsURL(p) {
		return []source.Source{{Name: p, URL: p}}, nil
	}
	if lazy {
		return []source.Source{{Name: p, Dir: p}}, nil
	}
	srcs, failed, err := source.ReadDir(p)
	if err != nil {
		return nil, []error{err}
	}
	return srcs, failed
}
