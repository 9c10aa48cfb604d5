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

// TestSanitize checks the terminal-safety rules one by one.
func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean text is returned as is", "Hello, “world” — ok\n\ttab", "Hello, “world” — ok\n\ttab"},
		{"CRLF", "a\r\nb", "a\nb"},
		{"lone CR", "a\rb\r", "a\nb\n"},
		{"CSI SGR", "\x1b[1;31mbold\x1b[0m", "bold"},
		{"CSI private mode", "\x1b[?1049h\x1b[?25lx", "x"},
		{"OSC with BEL", "\x1b]0;title\x07x", "x"},
		{"OSC with ST", "\x1b]52;c;ZXZpbA==\x1b\\x", "x"},
		{"OSC 8 link keeps its text", "\x1b]8;;http://e.x\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"OSC cut by ESC", "\x1b]0;t\x1b[31mx", "x"},
		{"OSC ends at the line end", "\x1b]0;t\nnext", "\nnext"},
		{"APC PM SOS", "\x1b_a\x1b\\\x1b^b\x1b\\\x1bXc\x1b\\x", "x"},
		{"two-byte ESC sequences", "\x1b7\x1b8\x1bc\x1b=\x1b>\x1bMx", "x"},
		{"charset designation", "\x1b(0q\x1b(B", "q"},
		{"lone ESC before text", "\x1b\nx", "\nx"},
		{"C1 CSI", "\u009b2Jx", "x"},
		{"C1 OSC with C1 ST", "\u009d0;t\u009cx", "x"},
		{"C1 NEL", "a\u0085b", "a\nb"},
		{"other C1", "a\u0080\u0084\u0099b", "ab"},
		{"C0 controls", "a\x00\x01\x07\x08\x0e\x1a\x1fb", "ab"},
		{"DEL", "a\x7fb", "ab"},
		{"form feed, vertical tab", "a\fb\vc", "a\nb\nc"},
		{"bidi embedding and override", "\u202a\u202b\u202c\u202d\u202ex", "x"},
		{"bidi isolates", "\u2066\u2067\u2068\u2069x", "x"},
		{"marks and joiners stay", "a\u200eb\u200fc\u200dd", "a\u200eb\u200fc\u200dd"},
		{"BOM inside text", "a\ufeffb", "ab"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\n\nc"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"combining marks and emoji stay", "e\u0301 👍🏽 漢字", "e\u0301 👍🏽 漢字"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sanitize(tc.in)
			if got != tc.want {
				t.Errorf("sanitize(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := sanitize(got); again != got {
				t.Errorf("not idempotent: %q then %q", got, again)
			}
		})
	}
}
