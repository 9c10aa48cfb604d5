package export

import "bytes"

// markdownMark is the first line of every Markdown export. It is a link
// reference definition, the Markdown idiom for a comment: renderers show
// nothing of it, and an article does not start so.
const markdownMark = "[//]: # (byline export: quotes and people)"

// MarkLen is how many bytes from a file's start HasMark needs: a caller
// reading a file to tell an export from an article reads no more.
const MarkLen = len(markdownMark)

// HasMark reports whether head, the first bytes of a file, starts with
// the mark of a Markdown export that byline wrote (with e or --export
// md). Listing a directory, the reader leaves such files out, so that an
// export is not offered as an article; reading the bytes is the caller's
// (source.ArticleFiles).
func HasMark(head []byte) bool {
	return bytes.HasPrefix(head, []byte(markdownMark))
}
