package source

import "github.com/byline-reader/byline/source/web"

// Source is one article to open, as the command line found it: bytes
// read already, a file to read, the start of a large file, a pipe still
// arriving, a URL or a directory. The printing modes read it whole with
// Load; the reader shows a Head or a Stream at once and loads the rest
// in the background.
type Source struct {
	// Name is shown to the user: a file name, "stdin" or "sample".
	Name string
	// Path is read (ReadFile) when Data is nil.
	Path string
	// Data is the article's bytes when they were read already (standard
	// input, the embedded sample).
	Data []byte
	// Stream, when set, is an input still arriving (a pipe on standard
	// input): the reader shows the article as soon as its start is in and
	// grows it as the rest comes. At most one source streams.
	Stream *Stream
	// Head, when set without Data, is the start of the large file at
	// Path, read and checked already (ReadHead): the reader shows it at
	// once, while the whole file is read. Size is the file's size.
	Head []byte
	Size int64
	// URL, when set, is a web page or feed, fetched when loaded.
	URL string
	// Dir, when set, is a directory whose article files (ArticleFiles)
	// take this source's place once listed.
	Dir string
}

// IsHTML reports whether s is an HTML file (by the extension of its path,
// else of its name), which opens like a web page.
func (s Source) IsHTML() bool {
	if s.Path != "" {
		return web.IsHTMLFile(s.Path)
	}
	return web.IsHTMLFile(s.Name)
}
