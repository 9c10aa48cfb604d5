package pager

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/extract"
)

// blockKind says how a block is laid out.
type blockKind uint8

const (
	kindHeader   blockKind = iota // title, byline and dateline
	kindText                      // a plain-text paragraph, wrapped by wrapText
	kindMarkdown                  // a Markdown block, rendered by Glamour
	kindFooter                    // credits
)

// block is one unit of layout: the header, a paragraph of the body, or
// the footer. Body blocks index Article.Body. A block takes 12 bytes,
// its offsets int32 (a body is at most source.MaxSize, 32 MB): 10 MB of
// news has some 41,000 blocks, 0.8 MB less than with int offsets.
type block struct {
	kind       blockKind
	start, end int32 // span of Body; 0, 0 for header and footer
	// joined says the next block continues this paragraph: a long
	// paragraph is laid out in pieces, with no blank line between them.
	joined bool
}

// span returns the block's span of Body as ints.
func (b block) span() (start, end int) { return int(b.start), int(b.end) }

// maxBlock is the longest block, in bytes: longer paragraphs are cut (at
// a newline, else a space) so that laying out the screen never wraps or
// renders more than this much text. Fenced code is never cut.
const maxBlock = 32 << 10

// docIDs numbers documents, so that results of background work for an
// article no longer shown are dropped.
var docIDs atomic.Uint64

// doc is an article split into blocks with its layout caches. It is shared
// by every copy of a Model and only changed from Update (or the setters),
// never from a command's goroutine.
type doc struct {
	id     uint64
	art    *article.Article
	blocks []block
	// bodyFrom is the index of the first body block; body blocks are
	// blocks[bodyFrom:bodyTo], in Body order.
	bodyFrom, bodyTo int

	// wordsAfter[i] is the number of words in blocks i and later (block
	// i's own are wordsAfter[i]-wordsAfter[i+1]). Nil until counted in
	// the background.
	wordsAfter []int

	// layouts caches layouts by key; order lists keys oldest first.
	layouts map[layoutKey]*layout
	order   []layoutKey

	// paintGens hands out paint generations (see Model.paintGen).
	paintGens int
}

// maxLayouts is how many layouts (widths and themes) a doc keeps.
const maxLayouts = 4

func newDoc(a *article.Article) *doc {
	d := &doc{id: docIDs.Add(1), art: a, layouts: map[layoutKey]*layout{}}
	spans := bodySpans(a, a.Format == article.Markdown)
	d.blocks = make([]block, 0, len(spans)+2)
	if a.Title != "" || a.Byline != "" || a.Dateline != "" {
		d.blocks = append(d.blocks, block{kind: kindHeader})
	}
	d.bodyFrom = len(d.blocks)
	kind := kindText
	if a.Format == article.Markdown {
		kind = kindMarkdown
	}
	for _, sp := range spans {
		for sp.End-sp.Start > maxBlock && (kind == kindText || !isFenced(a.Body[sp.Start:sp.End])) {
			end, next := cutPoint(a.Body, sp.Start, sp.Start+maxBlock)
			d.blocks = append(d.blocks, block{kind: kind, start: int32(sp.Start), end: int32(end), joined: true})
			sp.Start = next
		}
		d.blocks = append(d.blocks, block{kind: kind, start: int32(sp.Start), end: int32(sp.End)})
	}
	d.bodyTo = len(d.blocks)
	if len(a.Credits) > 0 {
		d.blocks = append(d.blocks, block{kind: kindFooter})
	}
	return d
}

// bodySpans returns the spans of the body's blocks: Article.Paragraphs
// when they are sane, else blank-line separated paragraphs. In Markdown,
// spans that split a fenced code block are joined.
func bodySpans(a *article.Article, markdown bool) []extract.Span {
	spans := a.Paragraphs
	if !sane(spans, len(a.Body)) {
		spans = splitParagraphs(a.Body)
	}
	if markdown {
		spans = joinFences(a.Body, spans)
	}
	out := make([]extract.Span, 0, len(spans))
	for _, sp := range spans {
		if strings.TrimSpace(a.Body[sp.Start:sp.End]) != "" {
			out = append(out, sp)
		}
	}
	return out
}

// sane reports whether spans are in order, disjoint and inside a text of
// length n, and not empty when the text is not.
func sane(spans []extract.Span, n int) bool {
	if len(spans) == 0 {
		return n == 0
	}
	prev := 0
	for _, sp := range spans {
		if sp.Start < prev || sp.End < sp.Start || sp.End > n {
			return false
		}
		prev = sp.End
	}
	return true
}

// splitParagraphs splits s at blank lines.
func splitParagraphs(s string) []extract.Span {
	var out []extract.Span
	start := -1
	for i := 0; i <= len(s); {
		j := strings.IndexByte(s[i:], '\n')
		end := len(s)
		if j >= 0 {
			end = i + j
		}
		blank := strings.TrimSpace(s[i:end]) == ""
		switch {
		case blank && start >= 0:
			out = append(out, extract.Span{Start: start, End: trimEnd(s, start, i)})
			start = -1
		case !blank && start < 0:
			start = i
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	if start >= 0 {
		out = append(out, extract.Span{Start: start, End: trimEnd(s, start, len(s))})
	}
	return out
}

// trimEnd moves end back over trailing whitespace, not before start.
func trimEnd(s string, start, end int) int {
	for end > start && (s[end-1] == '\n' || s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\r') {
		end--
	}
	return end
}

// joinFences joins spans so that a fenced code block (``` or ~~~) that
// contains blank lines stays one block.
func joinFences(body string, spans []extract.Span) []extract.Span {
	out := make([]extract.Span, 0, len(spans))
	open := ""
	for _, sp := range spans {
		if open != "" && len(out) > 0 {
			out[len(out)-1].End = sp.End
		} else {
			out = append(out, sp)
		}
		text := body[sp.Start:sp.End]
		if !strings.Contains(text, "```") && !strings.Contains(text, "~~~") {
			continue
		}
		for line := range strings.Lines(text) {
			t := strings.TrimLeft(line, " ")
			switch {
			case open == "" && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")):
				open = t[:3]
			case open != "" && strings.HasPrefix(t, open):
				open = ""
			}
		}
	}
	return out
}

// isFenced reports whether a Markdown block holds fenced code.
func isFenced(s string) bool {
	return strings.Contains(s, "```") || strings.Contains(s, "~~~")
}

// cutPoint returns where to cut s[start:limit] off the rest of a long
// paragraph: at its last newline, else at its last space (both dropped),
// else at a rune boundary. The piece ends at end; the rest starts at next.
func cutPoint(s string, start, limit int) (end, next int) {
	if i := strings.LastIndexByte(s[start:limit], '\n'); i > 0 {
		return start + i, start + i + 1
	}
	if i := strings.LastIndexByte(s[start:limit], ' '); i > 0 {
		return start + i, start + i + 1
	}
	for limit > start+1 && !utf8.RuneStart(s[limit]) {
		limit--
	}
	return limit, limit
}

// countWords counts the words (runs of letters and digits) in s.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		if c < utf8.RuneSelf {
			word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' && in
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '’' && in
			i += size
		}
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

// blockText is the source text of a body block.
func (d *doc) blockText(b int) string {
	bl := d.blocks[b]
	return d.art.Body[bl.start:bl.end]
}

// findBlock returns the body block that holds body offset off, or the
// nearest one before it; -1 when there are no body blocks.
func (d *doc) findBlock(off int) int {
	lo, hi := d.bodyFrom, d.bodyTo // first block starting after off
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(d.blocks[mid].start) <= off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == d.bodyFrom {
		if lo < d.bodyTo {
			return lo
		}
		return -1
	}
	return lo - 1
}

// setWords installs per-block word counts, kept as wordsAfter only.
func (d *doc) setWords(words []int) {
	d.wordsAfter = make([]int, len(words)+1)
	for i := len(words) - 1; i >= 0; i-- {
		d.wordsAfter[i] = d.wordsAfter[i+1] + words[i]
	}
}

// nextPaintGen returns a paint generation never handed out before.
func (d *doc) nextPaintGen() int {
	d.paintGens++
	return d.paintGens
}
