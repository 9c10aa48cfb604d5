package export

import (
	"io"
	"os"
	"syscall"
)

// markdownMark is the first line of every Markdown export. It is a link
// reference definition, the Markdown idiom for a comment: renderers show
// nothing of it, and an article does not start so.
const markdownMark = "[//]: # (byline export: quotes and people)"

// IsExportFile reports whether path is a Markdown export that byline
// wrote (with e or --export md): a regular file that starts with the
// export's mark. Listing a directory, the reader leaves them out, so that
// an export is not offered as an article. Only the mark's bytes are read,
// and only from a regular file, opened without blocking: a named pipe
// or a device is no export.
func IsExportFile(path string) bool {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return false
	}
	head := make([]byte, len(markdownMark))
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	return string(head) == markdownMark
}
