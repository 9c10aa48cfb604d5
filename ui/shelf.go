package ui

import (
	"fmt"
	"path/filepath"

	"charm.land/bubbles/v2/list"

	"github.com/byline-reader/byline/internal/safetext"
	"github.com/byline-reader/byline/source"
)

// shelf is the reader's sources, in the order of the `o` list, and what
// was read of each (docs[i] caches sources[i]): the list grows with what
// the O prompt opens and with the files of the directories given, and
// lets go of each source's bytes once its article is read. Which source
// is shown, and loading it, is the root's.
type shelf struct {
	sources []source.Source
	docs    []doc
}

func newShelf(sources []source.Source) shelf {
	return shelf{sources: sources, docs: make([]doc, len(sources))}
}

// index is the index of the source that reads what src reads (the same
// URL, or the same file by its cleaned path), or -1.
func (sh *shelf) index(src source.Source) int {
	for i, s := range sh.sources {
		switch {
		case src.URL != "" && s.URL == src.URL:
			return i
		case src.Path != "" && s.Path != "" && filepath.Clean(s.Path) == filepath.Clean(src.Path):
			return i
		}
	}
	return -1
}

// add puts srcs on the shelf, but those on it already, and returns the
// index of the first of them, or -1 when srcs is empty.
func (sh *shelf) add(srcs []source.Source) (first int) {
	first = -1
	for _, src := range srcs {
		i := sh.index(src)
		if i < 0 {
			sh.sources, sh.docs = append(sh.sources, src), append(sh.docs, doc{})
			i = len(sh.sources) - 1
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// expand puts in place of each directory source the files listed for it
// (listings, in the order of the directories), and returns why any
// directory could not be listed; a directory with no files is left out.
func (sh *shelf) expand(listings []dirListing) (notes []string) {
	var sources []source.Source
	var docs []doc
	next := 0
	for i, s := range sh.sources {
		if s.Dir == "" {
			sources, docs = append(sources, s), append(docs, sh.docs[i])
			continue
		}
		l := listings[next]
		next++
		if l.err != nil {
			notes = append(notes, l.err.Error())
			continue
		}
		for _, f := range l.files {
			sources, docs = append(sources, source.Source{Name: f, Path: f}), append(docs, doc{})
		}
	}
	sh.sources, sh.docs = sources, docs
	return notes
}

// release lets go of the bytes of source i once its whole article is
// cached: the article is all the reader needs of it from then on.
func (sh *shelf) release(i int) {
	sh.sources[i].Data, sh.sources[i].Head = nil, nil
}

// opened reports whether any article or feed was read: a reader that
// ends with none opened failed at everything it tried (an empty
// directory, a page that could not be fetched).
func (sh *shelf) opened() bool {
	for _, d := range sh.docs {
		if d.art != nil || d.feed != nil {
			return true
		}
	}
	return false
}

// items describes every source for the `o` list, the current one
// (cur) marked: its headline and where it comes from once loaded; before
// that its name, once, and that it is not opened yet (not the name
// twice). The inputs that failed come last.
func (sh *shelf) items(cur int, failed []error) []list.Item {
	items := make([]list.Item, len(sh.sources))
	for i, s := range sh.sources {
		name := safetext.Line(s.Name)
		it := sourceItem{idx: i, title: name, desc: "not opened yet"}
		d := sh.docs[i]
		switch {
		case d.feed != nil:
			it.title = safetext.Line(d.feed.title)
			it.desc = fmt.Sprintf("feed · %d items · %s", len(d.feed.channel.Items), name)
		case d.art != nil && d.art.Title != "":
			it.title, it.desc = safetext.Line(d.art.Title), name
		case d.art != nil:
			it.desc = "no headline"
		case s.URL != "":
			it.desc = "web page, not opened yet"
		}
		if i == cur {
			it.desc = "● " + it.desc
		}
		items[i] = it
	}
	return append(items, failedItems(failed)...)
}
