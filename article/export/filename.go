package export

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/article"
	"golang.org/x/text/unicode/norm"
)

// maxSlug is the longest file name stem FileName makes, in bytes.
const maxSlug = 80

// FileName returns a safe file name for an export of the article titled
// title: the title in lower case, accents removed, apostrophes dropped,
// every other run of characters that are not letters or digits made one
// hyphen, cut at a word near 80 bytes, plus the format's extension.
// "Putin Receives Tillerson At Kremlin" gives
// "putin-receives-tillerson-at-kremlin.md"; an empty title gives
// "article.md". The name never starts with a dot or a hyphen and holds no
// path separator.
func FileName(title string, f Format) string {
	return slug(title) + f.Ext()
}

// slug is FileName's stem.
func slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFKD.String(title) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == 'ʼ':
			// accents and apostrophes: "García's" → "garcias"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	s := norm.NFC.String(b.String())
	if len(s) > maxSlug {
		cut := maxSlug
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
		if i := strings.LastIndexByte(s, '-'); i > maxSlug/2 {
			s = s[:i]
		}
		s = strings.TrimRight(s, "-")
	}
	if s == "" {
		return "article"
	}
	return s
}

// WriteFile writes a's Markdown export into dir under FileName(a.Title),
// and returns the path it wrote. It never overwrites a file: when the
// name is taken by a file with other content it tries "name-2.md",
// "name-3.md" and so on; when the name holds this very export already,
// it returns that path without writing.
func WriteFile(dir string, a *article.Article, url string) (string, error) {
	data := []byte(Markdown(a, url))
	stem := slug(a.Title)
	for n := 1; n <= 100; n++ {
		name := stem + FormatMarkdown.Ext()
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", stem, n, FormatMarkdown.Ext())
		}
		path := filepath.Join(dir, name)
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
			return path, nil
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("export: %w", err)
		}
		_, werr := f.Write(data)
		if cerr := f.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			os.Remove(path)
			return "", fmt.Errorf("export: %w", werr)
		}
		return path, nil
	}
	return "", fmt.Errorf("export: %s and 99 numbered names are all taken in %s", stem+FormatMarkdown.Ext(), dir)
}
