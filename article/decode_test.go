package article

import "testing"

// TestDecode checks how raw bytes are read as text.
func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		text string
		enc  string
	}{
		{"ASCII", []byte("plain"), "plain", encUTF8},
		{"UTF-8", []byte("naïve café — “quoted”"), "naïve café — “quoted”", encUTF8},
		{"UTF-8 BOM", []byte("\xef\xbb\xbfhi"), "hi", encUTF8BOM},
		{"UTF-16LE BOM", utf16le("\ufeffhé 😀"), "hé 😀", encUTF16LE},
		{"UTF-16BE BOM", utf16be("\ufeffhé 😀"), "hé 😀", encUTF16BE},
		{"UTF-16LE no BOM", utf16le("hello world"), "hello world", encUTF16LE},
		{"UTF-16BE no BOM", utf16be("hello world"), "hello world", encUTF16BE},
		{"UTF-16 odd length", append(utf16le("\ufeffab"), 'c'), "ab\uFFFD", encUTF16LE},
		{"UTF-16 lone surrogate", append(utf16le("\ufeffa"), 0x00, 0xd8, 'b', 0), "a\uFFFDb", encUTF16LE},
		{"UTF-32LE BOM", []byte("\xff\xfe\x00\x00h\x00\x00\x00i\x00\x00\x00"), "hi", encUTF32LE},
		{"UTF-32BE BOM", []byte("\x00\x00\xfe\xff\x00\x00\x00h\x00\x00\x00i"), "hi", encUTF32BE},
		{"Latin-1", []byte("na\xefve caf\xe9"), "naïve café", encWindows1252},
		{"Windows-1252 punctuation", []byte("\x93quoted\x94 \x97 \x80 5"), "“quoted” — € 5", encWindows1252},
		{"mostly UTF-8, a stray byte", []byte("café crème \xff brûlée"), "café crème \uFFFD brûlée", encUTF8Fixed},
		{"truncated UTF-8 at the end", []byte("résumé \xe2\x80"), "résumé \uFFFD", encUTF8Fixed},
		{"NUL bytes kept for sanitize", []byte("a\x00b"), "a\x00b", encUTF8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, enc := decode(tc.in)
			if text != tc.text || enc != tc.enc {
				t.Errorf("decode = %q, %s; want %q, %s", text, enc, tc.text, tc.enc)
			}
		})
	}
}

// TestSniffBinary checks which inputs are refused as not text.
func TestSniffBinary(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"text", []byte("Hello, world.\n"), ""},
		{"ANSI-coloured text", []byte("\x1b[31mred\x1b[0m and a bell\a"), ""},
		{"man page overstrike", []byte("N\bNA\bAM\bME\bE\n"), ""},
		{"a few NULs in a long text", append(make([]byte, 10), []byte(body+body+body+body+body+body+body)...), ""},
		{"UTF-16 text", utf16le("\ufeffHello, world."), ""},
		{"PNG", []byte("\x89PNG\r\n\x1a\nrest"), "PNG image"},
		{"ZIP", []byte("PK\x03\x04rest"), "ZIP archive or office document"},
		{"all NUL", make([]byte, 2048), "binary data"},
		{"random", randomBytes(8192), "binary data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sniffBinary(tc.in); got != tc.want {
				t.Errorf("sniffBinary = %q, want %q", got, tc.want)
			}
		})
	}
}
