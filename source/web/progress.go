package web

import (
	"fmt"
	"io"
	"sync"
)

// Stage is a step of a fetch, for progress reports.
type Stage uint8

// The stages of a fetch, in the order they usually come.
const (
	// StageConnecting: looking up the host and connecting to it.
	StageConnecting Stage = iota
	// StageSecuring: the TLS handshake.
	StageSecuring
	// StageWaiting: the request is sent, the answer has not begun.
	StageWaiting
	// StageRedirected: the server sent the request elsewhere.
	StageRedirected
	// StageDownloading: the body is arriving.
	StageDownloading
	// StageReading: the body is in and is being turned into a Page.
	StageReading
)

// Progress is one report of what a fetch is doing.
type Progress struct {
	// Stage is the current step.
	Stage Stage
	// Host is the server being talked to ("example.org").
	Host string
	// Done is how many bytes of the body have arrived (StageDownloading).
	Done int64
	// Total is the body's announced size, or -1 when unknown.
	Total int64
}

// String says what the fetch is doing in a few words for a status line:
// "connecting to example.org", "downloading 1.2 MB of 3.4 MB".
func (p Progress) String() string {
	switch p.Stage {
	case StageConnecting:
		return "connecting to " + p.Host
	case StageSecuring:
		return "securing the connection to " + p.Host
	case StageWaiting:
		return "waiting for " + p.Host
	case StageRedirected:
		return "redirected to " + p.Host
	case StageDownloading:
		if p.Total > 0 {
			return fmt.Sprintf("downloading %s of %s", sizeText(p.Done), sizeText(p.Total))
		}
		return "downloading " + sizeText(p.Done)
	case StageReading:
		return "reading the page"
	}
	return fmt.Sprintf("Stage(%d)", p.Stage)
}

// reporter passes progress to the caller's hook, one call at a time (the
// transport reports from goroutines of its own), and nothing when there is
// no hook.
type reporter struct {
	mu   sync.Mutex
	hook func(Progress)
}

// report passes p to the hook.
func (r *reporter) report(p Progress) {
	if r == nil || r.hook == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.hook(p)
}

// reportEvery is how many bytes pass between two download reports.
const reportEvery = 64 << 10

// countingReader reports download progress as its reader is read: at the
// first byte, then every reportEvery bytes.
type countingReader struct {
	r     io.Reader
	rep   *reporter
	host  string
	total int64
	done  int64
	next  int64 // report when done reaches next
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.done += int64(n)
	if n > 0 && c.done >= c.next {
		c.rep.report(Progress{Stage: StageDownloading, Host: c.host, Done: c.done, Total: c.total})
		c.next = (c.done/reportEvery + 1) * reportEvery
	}
	return n, err
}
