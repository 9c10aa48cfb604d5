package extract

import (
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a paragraph.
type token struct {
	start, end int // byte offsets into the analysed text
	kind       tokenKind
	flags      tokenFlag
}

type tokenKind uint8

const (
	tokWord  tokenKind = iota // letters, digits, inner ' - and abbreviation dots
	tokPunct                  // any other single rune that is not space
)

type tokenFlag uint16

const (
	// flagCap: the word starts with an upper-case letter.
	flagCap tokenFlag = 1 << iota
	// flagUpper: every letter of the word is upper case (NPR, AFP).
	flagUpper
	// flagAbbrev: the word ends in an abbreviation dot (Mr., U.S., J.).
	flagAbbrev
	// flagInitial: a single letter with a dot, or dotted letters (J., T.R.).
	flagInitial
	// flagSentStart: the first word of a sentence.
	flagSentStart
	// flagPossessive: the word is followed by 's or ' (the mark is not in it).
	flagPossessive
	// flagSpaceBefore: white space separates the token from the one before.
	flagSpaceBefore
	// flagLineStart: the first token of a line.
	flagLineStart
	// flagDigit: the word starts with a digit.
	flagDigit
	// flagSentEnd: punctuation that ends a sentence (. ! ?).
	flagSentEnd
	// flagPlain: the word is ASCII letters and digits alone.
	flagPlain
)

// tokAbbreviations take their dot with them and do not end a sentence.
// Knowledge of English news text, hand-made.
var tokAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "adm": true, "cmdr": true, "maj": true, "rev": true,
	"prof": true, "pres": true, "supt": true, "det": true, "insp": true, "atty": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "bros": true, "vs": true,
	"etc": true, "no": true, "mt": true, "ft": true, "ave": true, "blvd": true,
	"calif": true, "ariz": true, "ark": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ill": true, "ind": true, "kan": true, "ky": true,
	"la": true, "md": true, "mass": true, "mich": true, "minn": true, "miss": true,
	"mo": true, "mont": true, "neb": true, "nev": true, "okla": true, "ore": true,
	"pa": true, "tenn": true, "tex": true, "va": true, "vt": true, "wash": true,
	"wis": true, "wyo": true, "approx": true, "dept": true, "est": true, "govt": true,
}

// tokenizeWords splits text[start:end] into tokens, appending to buf.
// Offsets are absolute. It marks sentence starts, tokAbbreviations,
// initials and possessives. ASCII, nearly all of news text, takes a path
// of its own; other runes are decoded.
func tokenizeWords(text string, start, end int, buf []token) []token {
	text = text[:end] // so that the compiler drops bounds checks
	i := start
	sentStart := true
	lineStart := true
	space := true
	for i < len(text) {
		c := text[i]
		if c == ' ' {
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c < utf8.RuneSelf {
			switch c {
			case '\t', '\r', '\v', '\f':
				space = true
				i++
				continue
			case '\n':
				lineStart, sentStart, space = true, true, true
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		t := token{start: i}
		if space {
			t.flags |= flagSpaceBefore
		}
		if lineStart {
			t.flags |= flagLineStart
		}
		if asciiAlnum[c] || c >= utf8.RuneSelf && isWordStart(r) {
			// Most words are ASCII letters and digits up to a space or a
			// punctuation mark that cannot continue them: read those
			// here, the rest in scanWord.
			j := i + 1
			for j < len(text) && asciiAlnum[text[j]] {
				j++
			}
			if c < utf8.RuneSelf && (j == len(text) || plainWordEnd(text[j])) {
				t.kind, t.end = tokWord, j
				t.flags |= flagPlain
				switch {
				case 'A' <= c && c <= 'Z':
					t.flags |= flagCap
				case '0' <= c && c <= '9':
					t.flags |= flagDigit
				}
				if (c < 'a' || c > 'z') && isShouted(text[i:j]) {
					t.flags |= flagUpper
				}
				i = j
			} else {
				i = scanWord(text, i, end, &t)
			}
			if sentStart {
				t.flags |= flagSentStart
				sentStart = false
			}
			// A dot ends the sentence unless it belongs to an abbreviation.
		} else {
			t.kind = tokPunct
			t.end = i + size
			i += size
			if r == '.' || r == '!' || r == '?' {
				t.flags |= flagSentEnd
				sentStart = true
			}
		}
		buf = append(buf, t)
		space, lineStart = false, false
	}
	return buf
}

// isWordStart reports whether r can begin a word.
func isWordStart(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	if isGeneralPunctuation(r) {
		return false // curly quotes and dashes, quickly
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isGeneralPunctuation reports whether r is in Unicode's General
// Punctuation block (dashes, curly quotes, ellipsis), which holds no
// letter, digit or mark.
func isGeneralPunctuation(r rune) bool { return 0x2000 <= r && r <= 0x206F }

// isWordRune reports whether r can continue a word: letters, digits,
// combining marks, and the Latin-1 symbols that mojibake leaves inside
// words ("PeÃ±a").
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9')
	}
	if isGeneralPunctuation(r) {
		return false
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return true
	}
	return r >= 0x80 && r <= 0xFF && r != 0xA0 && r != 0xAB && r != 0xBB && r != 0xB7
}

func isApostropheRune(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isHyphenRune(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// plainWordEnd reports whether the byte after an ASCII word ends it for
// sure: ASCII that is no apostrophe, hyphen or dot (which scanWord reads).
func plainWordEnd(c byte) bool { return c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' }

// asciiAlnum marks the ASCII letters and digits (isASCIIWordByte), for
// the tokenizers' inner loops.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIIWordByte(byte(c))
	}
	return t
}()

// scanWord reads the word at i and fills t; it returns the offset after it.
func scanWord(text string, i, end int, t *token) int {
	next := readWord(text, i, end, t)
	if plainASCIIWord(text[t.start:t.end]) {
		t.flags |= flagPlain
	}
	return next
}

// readWord is scanWord but for flagPlain.
func readWord(text string, i, end int, t *token) int {
	t.kind = tokWord
	if c := text[i]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			t.flags |= flagCap
		} else if '0' <= c && c <= '9' {
			t.flags |= flagDigit
		}
	} else {
		first, _ := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsUpper(first) {
			t.flags |= flagCap
		}
		if unicode.IsDigit(first) {
			t.flags |= flagDigit
		}
	}
	text = text[:end] // so that the compiler drops the bounds checks below
	j := i
	for j < len(text) {
		c := text[j]
		if asciiAlnum[c] {
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
			break // space or punctuation
		}
		r, size := utf8.DecodeRuneInString(text[j:end])
		switch {
		case isWordRune(r):
			j += size
			continue
		case isApostropheRune(r) || isHyphenRune(r):
			// Inner apostrophe or hyphen: O'Donnell, Holtz-Eakin. A
			// possessive 's ends the word instead.
			n, nsize := utf8.DecodeRuneInString(text[j+size : end])
			if j+size >= end || !isWordRune(n) {
				break
			}
			if isApostropheRune(r) && (n == 's' || n == 'S') {
				after := j + size + nsize
				if after >= end {
					t.flags |= flagPossessive
					t.end = j
					return after
				}
				a, _ := utf8.DecodeRuneInString(text[after:end])
				if !isWordRune(a) {
					t.flags |= flagPossessive
					t.end = j
					return after
				}
			}
			j += size
			continue
		case r == '.':
			// Dotted tokAbbreviations and initials: U.S., T.R., J., p.m.
			if letters, upper := letterCase(text[i:j]); letters == 1 && j+1 <= end {
				// single letter then dot: an initial, maybe more (T.R.)
				k := j + 1
				for k+1 < end && isASCIILetter(text[k]) && text[k+1] == '.' {
					k += 2
				}
				t.flags |= flagAbbrev | flagInitial
				j = k
				t.end = j
				if upper {
					t.flags |= flagUpper
				}
				return j
			}
			if inLower(tokAbbreviations, text[i:j]) {
				t.flags |= flagAbbrev
				j++
				t.end = j
				return j
			}
		}
		break
	}
	t.end = j
	if c := text[i]; (c < 'a' || c > 'z') && isShouted(text[i:j]) {
		t.flags |= flagUpper
	}
	// A bare plural possessive: "Sanders' campaign".
	if j < end && text[j-1] == 's' && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
		r, size := utf8.DecodeRuneInString(text[j:end])
		if isApostropheRune(r) {
			if j+size >= end {
				t.flags |= flagPossessive
				return j + size
			}
			if n, _ := utf8.DecodeRuneInString(text[j+size : end]); !isWordRune(n) && !isApostropheRune(n) {
				t.flags |= flagPossessive
				return j + size
			}
		}
	}
	return j
}

// letterCase counts the letters of the word w and reports whether none
// of them is lower case.
func letterCase(w string) (letters int, upper bool) {
	upper = true
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				letters++
				upper = false
			} else if 'A' <= r && r <= 'Z' {
				letters++
			}
		} else if isWordRune(r) && unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				upper = false
			}
		}
	}
	return letters, upper
}

// isShouted reports whether the word w has two letters or more and none
// in lower case (NPR, AFP). Most words show a lower-case letter at once.
func isShouted(w string) bool {
	for i := 0; i < len(w) && w[i] < utf8.RuneSelf; i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	letters, upper := letterCase(w)
	return upper && letters > 1
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }
