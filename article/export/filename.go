package export

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxSlug is the longest file name stem FileName makes, in bytes.
const maxSlug = 80

// FileName returns a safe file name for an export of the article titled
// title: the title in lower case, accents removed, apostrophes dropped,
// every other run of characters that are not letters or digits made one
// hyphen, cut at a word near 80 bytes, plus the format's extension.
// "Mayor Opens New Bridge" gives
// "mayor-opens-new-bridge.md"; an empty title gives
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
