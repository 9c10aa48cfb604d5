package article

import (
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/internal/safetext"
)

// Parse decodes, sanitizes and cleans data into an Article without
// analysing it. It is pure: no I/O, and the same data always gives the
// same Article.
//
// source names the input ("story.txt", "stdin") and picks the format:
// the extensions .md, .markdown, .mdown, .mkd, .mkdn and .mdwn mean
// Markdown, .txt and .text mean Text, and any other input (stdin, no or an
// unknown extension) is Markdown only when it clearly is (it opens with
// front matter or a "# " heading) and Text otherwise.
//
// Decoding and sanitizing are described at decode and safetext.Text: every
// string of the result is valid UTF-8 free of escape sequences, control
// characters (but newline, and tab in Markdown bodies) and bidi controls.
// Parse returns an *Error wrapping ErrBinary for data that is not text and
// ErrEmpty for data with no visible character.
func Parse(source string, data []byte) (*Article, error) {
	if what := sniffBinary(data); what != "" {
		return nil, &Error{Source: source, Kind: ErrBinary, Detail: what}
	}
	text, enc := decode(data)
	return parseDecoded(source, text, enc, len(data) == 0, nil)
}

// ParseAs is Parse of an input whose format is known from elsewhere, not
// from source's extension: a text document from the web, whose address
// or media type says whether it is Markdown.
func ParseAs(source string, f Format, data []byte) (*Article, error) {
	if what := sniffBinary(data); what != "" {
		return nil, &Error{Source: source, Kind: ErrBinary, Detail: what}
	}
	text, enc := decode(data)
	return parseDecoded(source, text, enc, len(data) == 0, &f)
}

// ParseText is Parse of the bytes of text, such as source.ReadFileText
// returns. Text that is valid UTF-8 with no byte order mark, the usual
// case, is used as it is, without a copy; the Article's strings may then
// share its memory.
func ParseText(source, text string) (*Article, error) {
	head := []byte(text[:min(len(text), HeadLen)])
	if what := sniffBinary(head); what != "" {
		return nil, &Error{Source: source, Kind: ErrBinary, Detail: what}
	}
	if enc, _ := detectEncoding(head); enc != "" || !utf8.ValidString(text) {
		return Parse(source, []byte(text))
	}
	return parseDecoded(source, text, encUTF8, len(text) == 0, nil)
}

// parseDecoded is Parse after decoding: it sanitizes and cleans text, read
// as enc; empty says the input had no bytes at all. format is the known
// format, or nil to pick it from source and text (formatOf).
func parseDecoded(source, text, enc string, empty bool, format *Format) (*Article, error) {
	text = safetext.Text(text)
	if !hasText(text) {
		detail := "only whitespace"
		if empty {
			detail = "empty"
		}
		return nil, &Error{Source: source, Kind: ErrEmpty, Detail: detail}
	}
	a := &Article{Source: source, Encoding: enc}
	if format != nil {
		a.Format = *format
	} else {
		a.Format = formatOf(source, text)
	}
	switch a.Format {
	case Markdown:
		parseMarkdown(a, text)
	default:
		parseText(a, text)
	}
	return a, nil
}

// formatOf picks the format of text from source's extension, sniffing
// when the extension says nothing.
func formatOf(source, text string) Format {
	switch strings.ToLower(filepath.Ext(source)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	if looksLikeMarkdown(text) {
		return Markdown
	}
	return Text
}

// hasText reports whether s has a visible character: one that is neither
// white space nor an invisible format character (zero-width space, joiner).
func hasText(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return true
		}
	}
	return false
}
