package article

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// The encodings decode recognises, as named in Article.Encoding.
const (
	encUTF8        = "UTF-8"
	encUTF8BOM     = "UTF-8 with BOM"
	encUTF8Fixed   = "UTF-8 (invalid bytes replaced)"
	encUTF16LE     = "UTF-16LE"
	encUTF16BE     = "UTF-16BE"
	encUTF32LE     = "UTF-32LE"
	encUTF32BE     = "UTF-32BE"
	encWindows1252 = "Windows-1252"
)

// sniffLen is how much of an input the binary check reads: enough to
// judge, bounded so that the check costs the same on any size.
const sniffLen = 64 << 10

// HeadLen is how much of an input NotText needs to judge all of it: the
// binary check's sample and the longest byte order mark. A reader that
// checks an input before it has the rest (the start of a large file, a
// pipe) reads this much first.
const HeadLen = sniffLen + 4

// NotText reports why an input that starts with head (its first HeadLen
// bytes, or all of it) is not text, such as "PNG image" or "binary data",
// or returns "" when it is text. Readers of input use it to refuse a
// binary file before reading the rest; Parse applies the same check.
func NotText(head []byte) string { return sniffBinary(head) }

// detectEncoding names data's encoding from its byte order mark, or from
// the zero bytes of BOM-less UTF-16, and returns the length of the mark.
// It returns "" for byte-oriented text (UTF-8 or a legacy 8-bit code).
func detectEncoding(data []byte) (enc string, bomLen int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return encUTF8BOM, 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return encUTF32LE, 4
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return encUTF32BE, 4
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return encUTF16LE, 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return encUTF16BE, 2
	}
	// BOM-less UTF-16 of mostly Latin text has a zero in every other byte.
	n := min(len(data), 1024) &^ 1
	if n < 8 {
		return "", 0
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*4 && even*20 <= pairs:
		return encUTF16LE, 0
	case even*10 >= pairs*4 && odd*20 <= pairs:
		return encUTF16BE, 0
	}
	return "", 0
}

// wideDecoder returns the decoder of a UTF-16 or UTF-32 encoding, or nil.
func wideDecoder(enc string) *encoding.Decoder {
	switch enc {
	case encUTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewDecoder()
	case encUTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewDecoder()
	case encUTF32LE:
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM).NewDecoder()
	case encUTF32BE:
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM).NewDecoder()
	}
	return nil
}

// decode returns data as UTF-8 text and the name of the encoding it was
// read as. Byte order marks select UTF-8, UTF-16 or UTF-32; valid UTF-8 is
// taken as is; otherwise data is UTF-8 with a few bad bytes (each run
// replaced by U+FFFD) when it has more valid multi-byte sequences than
// runs of invalid bytes, and Windows-1252 (a superset of Latin-1's printable
// characters) when it has not. decode never fails: the text may still
// hold control characters, which sanitize removes.
func decode(data []byte) (text, enc string) {
	enc, bom := detectEncoding(data)
	data = data[bom:]
	if dec := wideDecoder(enc); dec != nil {
		out, err := dec.Bytes(data)
		if err != nil { // cannot happen: the decoders replace bad input
			return strings.ToValidUTF8(string(data), "\uFFFD"), encUTF8Fixed
		}
		return string(out), enc
	}
	if utf8.Valid(data) {
		if enc == "" {
			enc = encUTF8
		}
		return string(data), enc
	}
	valid, invalid := utf8Counts(data)
	if valid > invalid {
		return strings.ToValidUTF8(string(data), "\uFFFD"), encUTF8Fixed
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil { // cannot happen: every byte has a mapping
		return strings.ToValidUTF8(string(data), "\uFFFD"), encUTF8Fixed
	}
	return string(out), encWindows1252
}

// utf8Counts counts the valid multi-byte UTF-8 sequences and the runs of
// bytes that form no valid sequence in data (a sequence cut short is one
// run, as strings.ToValidUTF8 replaces it by one U+FFFD).
func utf8Counts(data []byte) (valid, invalid int) {
	bad := false
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			bad = false
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r != utf8.RuneError || size > 1:
			valid++
			bad = false
		case !bad:
			invalid++
			bad = true
		}
		i += size
	}
	return valid, invalid
}

// magics are the signatures of common binary formats that people may
// hand a reader by mistake, with the name byline reports.
var magics = []struct {
	prefix, what string
}{
	{"%PDF-", "PDF document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"PK\x03\x04", "ZIP archive or office document"},
	{"\x1f\x8b", "gzip archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"(\xb5/\xfd", "zstd archive"},
	{"\x7fELF", "executable program"},
	{"\xcf\xfa\xed\xfe", "executable program"},
	{"\xca\xfe\xba\xbe", "executable program"},
	{"\x00asm", "WebAssembly module"},
	{"SQLite format 3\x00", "SQLite database"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "office document"},
	{"{\\rtf", "RTF document"},
	{"OggS", "Ogg media file"},
	{"fLaC", "FLAC audio"},
	{"ID3\x03", "MP3 audio"},
	{"ID3\x04", "MP3 audio"},
}

// textControl marks the C0 controls that occur in text files: tab, line
// ends, form feed, and the BEL, backspace and ESC of terminal output (man
// pages, logs, ANSI art), which sanitize removes.
var textControl = [0x20]bool{'\a': true, '\b': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true, 0x1b: true}

// sniffBinary reports why data is not text, such as "PNG image" or
// "binary data", or returns "" when it is text. It looks at known
// signatures and then at the first sniffLen bytes: text is refused when
// over 10% of it is control characters other than tab, newline, carriage
// return, form feed and ESC, or when it is not UTF-8, over 30% of its
// bytes are high bytes and over 1% are controls (random or compressed
// data). A few NUL or control bytes in real text are not enough: sanitize
// removes them.
func sniffBinary(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.what
		}
	}
	enc, bom := detectEncoding(data)
	sample := data[bom:min(len(data), bom+sniffLen)]
	if dec := wideDecoder(enc); dec != nil {
		out, err := dec.Bytes(sample)
		if err != nil {
			return "binary data"
		}
		sample = out
	}
	if len(sample) == 0 {
		return ""
	}
	var ctrl, high int
	for _, c := range sample {
		switch {
		case c >= 0x80:
			high++
		case c < 0x20 && !textControl[c]:
			ctrl++
		}
	}
	// U+FFFD from a wide decoder marks bytes that were not text either.
	ctrl += bytes.Count(sample, []byte("\uFFFD"))
	n := len(sample)
	if ctrl*10 > n && (n >= 1024 || ctrl*10 > n*3) { // short texts get more slack
		return "binary data"
	}
	if ctrl*100 > n && high*10 > n*3 {
		if valid, invalid := utf8Counts(sample); invalid > valid {
			return "binary data"
		}
	}
	return ""
}
