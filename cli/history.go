package cli

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"

	"github.com/byline-reader/byline/source/web"
	"github.com/byline-reader/byline/ui"
	"github.com/byline-reader/byline/ui/history"
)

// readerLib is what the reader gets beyond its sources: the reading
// history (nil with --no-history), the User-Agent for the web, and a
// warning to show when it starts.
type readerLib struct {
	history   *ui.History
	userAgent string
	notice    string
	failed    []error // the inputs that could not be read
	stderr    *os.File
}

// newReaderLib opens the reading history unless noHistory. The reader
// reads it in the background; a history that cannot be read is no reason
// to stop: the reader goes on with an empty one and says why.
func newReaderLib(noHistory bool, stderr *os.File) readerLib {
	lib := readerLib{userAgent: web.UserAgent(version()), stderr: stderr}
	if noHistory {
		return lib
	}
	dir, err := history.Dir()
	if err != nil {
		lib.notice = fmt.Sprintf("reading history off: %v", err)
		return lib
	}
	lib.history = ui.OpenHistory(dir) // read in the background, once the reader runs
	return lib
}

// options are the reader's options for lib.
func (lib readerLib) options(o ui.Options) ui.Options {
	o.History, o.UserAgent, o.Notice, o.Failed = lib.history, lib.userAgent, lib.notice, lib.failed
	return o
}

// finish records where the reader was left in the final model and saves
// the history, warning on stderr when it cannot; it returns why the reader
// quit on its own, if it did.
func (lib readerLib) finish(final tea.Model) error {
	m, ok := readerModel(final)
	if !ok {
		return nil
	}
	if lib.history != nil {
		m.Remember()
		if err := lib.history.Save(); err != nil {
			fmt.Fprintf(lib.stderr, "byline: reading history not saved: %v\n", err)
		}
	}
	return m.Err()
}

// readerModel finds the reader's model inside the guard.
func readerModel(m tea.Model) (*ui.Model, bool) {
	for {
		switch v := m.(type) {
		case *ui.Model:
			return v, true
		case guard:
			m = v.Model
		default:
			return nil, false
		}
	}
}
