package article

import (
	"io"
	"strings"
	"unicode/utf8"
)

// ReadFileText is ReadFile for ParseText: it reads the article at path
// straight into a string, with the same checks and errors. A file read
// as bytes and parsed with Parse is copied once more to become text; for a
// file of many megabytes that copy is the largest thing alive while it is
// parsed.
func ReadFileText(path string) (string, error) {
	f, hint, err := openFile(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	b.Grow(min(hint, MaxSize) + 512)
	if _, err := io.Copy(&b, &io.LimitedReader{R: f, N: MaxSize + 1}); err != nil {
		return "", readError(path, err)
	}
	text := b.String()
	if err := checkRead(path, len(text), []byte(text[:min(len(text), sniffLen+4)])); err != nil {
		return "", err
	}
	return text, nil
}

// ParseText is Parse of the bytes of text, such as ReadFileText returns.
// Text that is valid UTF-8 with no byte order mark, the usual case, is
// used as it is, without a copy; the Article's strings may then share its
// memory.
func ParseText(source, text string) (*Article, error) {
	head := []byte(text[:min(len(text), sniffLen+4)])
	if what := sniffBinary(head); what != "" {
		return nil, &Error{Source: source, Kind: ErrBinary, Detail: what}
	}
	if enc, _ := detectEncoding(head); enc != "" || !utf8.ValidString(text) {
		return Parse(source, []byte(text))
	}
	return parseDecoded(source, text, encUTF8, len(text) == 0)
}
