// Package safetext makes text from outside (files, web pages, feeds,
// error messages) safe to show on a terminal: no escape sequence, control
// character or bidirectional override in it reaches the screen. It is the
// one place that says which runes are unsafe; everything byline draws or
// prints goes through it: Text for articles, Line for one-line labels,
// Cells for text drawn in place whose widths were measured before.
package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text returns s made safe to print on a terminal, keeping its text:
//
//   - CRLF, a lone CR, NEL (U+0085), form feed, vertical tab and U+2028
//     become "\n"; U+2029 (paragraph separator) becomes "\n\n".
//   - Escape sequences are removed whole: CSI (ESC [ or U+009B, up to the
//     final byte), OSC, DCS, SOS, PM and APC strings (ESC ], P, X, ^, _ or
//     their C1 forms, up to BEL, ST, the next ESC or the end of the line,
//     so an OSC 8 hyperlink keeps only its visible text), and the short
//     ESC sequences (ESC c, ESC 7, ESC ( B ...). A lone ESC is dropped.
//   - Every other C0 control (NUL, BEL, backspace ...), DEL and every C1
//     control (U+0080 to U+009F) is dropped. Tab and newline stay.
//   - Bidi embedding, override and isolate controls (U+202A to U+202E,
//     U+2066 to U+2069), the deprecated format controls U+206A to U+206F,
//     interlinear annotation controls (U+FFF9 to U+FFFB) and U+FEFF (a byte
//     order mark or zero-width no-break space) are dropped; the
//     noncharacters U+FFFE and U+FFFF and invalid UTF-8 become U+FFFD.
//
// Left-to-right and right-to-left marks (U+200E, U+200F), zero-width
// joiners and combining marks stay: they are text, and no terminal moves
// the cursor for them, as for a letter of their direction. Text is
// idempotent and returns s itself, without copying, when there is nothing
// to change.
func Text(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	i := firstChange(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		j := i
		for j < len(s) && safeByte(s[j]) {
			j++
		}
		b.WriteString(s[i:j])
		if i = j; i >= len(s) {
			break
		}
		switch c := s[i]; {
		case c == '\r':
			b.WriteByte('\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case c == '\f' || c == '\v':
			b.WriteByte('\n')
			i++
		case c == 0x1b:
			i = skipEscape(s, i)
		case c < utf8.RuneSelf: // other C0 controls and DEL
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case r == 0x9b: // CSI
				i = skipCSI(s, i)
			case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // DCS SOS OSC PM APC
				i = skipString(s, i)
			case r == 0x85 || r == 0x2028: // NEL, line separator
				b.WriteByte('\n')
			case r == 0x2029: // paragraph separator
				b.WriteString("\n\n")
			case r == 0xfffe || r == 0xffff:
				b.WriteRune(utf8.RuneError)
			case dropRune(r):
			default:
				b.WriteString(s[i-size : i])
			}
		}
	}
	return b.String()
}

// firstChange returns the index of the first byte of s that Text
// changes, or len(s).
func firstChange(s string) int {
	for i := 0; i < len(s); {
		if safeByte(s[i]) {
			i++
			continue
		}
		if s[i] < utf8.RuneSelf {
			return i
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff || dropRune(r) {
			return i
		}
		i += size
	}
	return len(s)
}

// safeByte reports whether c can be copied without a closer look: printable
// ASCII, tab, newline, and every byte of a multi-byte rune except the lead
// bytes of the ranges that hold controls (0xC2: C1 controls; 0xE2: bidi
// controls and separators; 0xEF: U+FEFF and U+FFF9 to U+FFFF).
func safeByte(c byte) bool {
	switch {
	case c >= 0x20 && c < 0x7f, c == '\n', c == '\t':
		return true
	case c >= 0x80:
		return c != 0xc2 && c != 0xe2 && c != 0xef
	}
	return false
}

// dropRune reports whether r is a control beyond ASCII that Text removes.
func dropRune(r rune) bool {
	return r >= 0x80 && r <= 0x9f || Invisible(r) // C1 controls
}

// Invisible reports whether r is a format character that has no width but
// can reorder or hide the text around it: the bidi embeddings, overrides
// and isolates (U+202A to U+202E, U+2066 to U+2069, the "Trojan source"
// characters), the deprecated format controls (U+206A to U+206F), the
// interlinear annotation controls (U+FFF9 to U+FFFB) and U+FEFF. Every
// function of the package drops them.
func Invisible(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e: // LRE RLE PDF LRO RLO
		return true
	case r >= 0x2066 && r <= 0x206f: // LRI RLI FSI PDI, deprecated format controls
		return true
	case r == 0xfeff, r >= 0xfff9 && r <= 0xfffb:
		return true
	}
	return false
}

// skipEscape returns the index just past the escape sequence that starts
// with the ESC at s[i].
func skipEscape(s string, i int) int {
	i++
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f { // intermediate bytes
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e { // final byte
		i++
	}
	return i
}

// skipCSI returns the index past the parameters, intermediates and final
// byte of a control sequence whose introducer ends at s[i-1]. A malformed
// sequence ends before its first byte that cannot belong to it.
func skipCSI(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString returns the index past a control string (OSC, DCS ...) whose
// introducer ends at s[i-1]: past its BEL or ST terminator, or at the ESC
// that interrupts it or the newline that ends its line.
func skipString(s string, i int) int {
	for ; i < len(s); i++ {
		switch s[i] {
		case 0x07:
			return i + 1
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case '\n':
			return i
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0x9c { // ST
				return i + 2
			}
		}
	}
	return i
}

// Line returns s made safe (Text) and on one line, for a title, a name,
// a label or a message: tabs and line breaks become spaces, and the ends
// are trimmed.
func Line(s string) string {
	return strings.TrimSpace(lineReplacer.Replace(Text(s)))
}

// lineReplacer folds the white-space controls that Text keeps.
var lineReplacer = strings.NewReplacer("\n", " ", "\t", " ")

// Cells returns s made safe to draw in place, cell for cell, for text
// whose layout was measured on s itself (ui/pager wraps the body, then
// draws each line): a tab becomes spaces up to the next multiple of
// tabStop columns (1: one space), each control character and invalid
// byte becomes U+FFFD, one cell, and the Invisible runes are dropped, as
// they take no cell. Newlines stay. An escape sequence thus shows as
// U+FFFD and the rest of it as text ("\x1b[1m" as "�[1m"): nothing of it
// reaches the terminal as a command.
func Cells(s string, tabStop int) string {
	if cellsClean(s) {
		return s
	}
	tabStop = max(tabStop, 1)
	var b strings.Builder
	b.Grow(len(s))
	col := 0 // runes since the line's start, for tabs
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\n':
			b.WriteByte('\n')
			col = 0
			continue
		case r == '\t':
			n := tabStop - col%tabStop
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		case r == utf8.RuneError && size <= 1, unicode.IsControl(r):
			b.WriteRune(utf8.RuneError)
		case Invisible(r):
			continue
		default:
			b.WriteString(s[i-size : i])
		}
		col++
	}
	return b.String()
}

// cellsClean reports whether Cells has nothing to change in s: printable
// ASCII and newlines only.
func cellsClean(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c >= 0x7f {
			return false
		}
	}
	return true
}
