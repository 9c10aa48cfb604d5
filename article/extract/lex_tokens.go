package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of the text, as lex reads it.
type token struct {
	Span  // byte offsets into the analysed text
	kind  tokenKind
	flags tokenFlag
}

// isWord reports whether t is a word, not punctuation.
func (t token) isWord() bool { return t.kind == tokWord }

// isCap reports whether the token starts with an upper-case letter.
func (t token) isCap() bool { return t.flags&flagCap != 0 }

type tokenKind uint8

const (
	tokWord  tokenKind = iota // letters, digits, inner ' - and abbreviation dots
	tokPunct                  // any other single rune that is not space
)

type tokenFlag uint16

const (
	flagCap         tokenFlag = 1 << iota // the word starts with an upper-case letter
	flagUpper                             // two letters or more, none in lower case (NPR, AFP); no initial
	flagAbbrev                            // the word ends in an abbreviation dot (Mr., U.S., J.)
	flagInitial                           // a single letter with a dot, or dotted letters (J., T.R.)
	flagSentStart                         // the first word of a sentence
	flagPossessive                        // the word is followed by 's or ' (the mark is not in it)
	flagSpaceBefore                       // white space separates the token from the one before
	flagLineStart                         // the first token of a line
	flagDigit                             // the word starts with a digit
	flagPlain                             // the word is ASCII letters and digits alone
)

// tokAbbreviations take their dot with them: "Gov.", "Calif."
// (hand_abbreviations.txt).
var tokAbbreviations = embeddedList("hand_abbreviations.txt")

// lexMode chooses where a word ends, the one point on which the people
// and attribution stages read words differently: for names "Ann's" is
// Ann, possessive (nameWordEnd), for frames one word (frameWordEnd).
type lexMode uint8

const (
	lexNames  lexMode = iota // words as names read them
	lexFrames                // words as the attribution patterns match them
)

// lex splits text[start:end] into tokens, appending to buf. Offsets are
// absolute. It marks sentence and line starts, the white space before a
// token and the case of words; mode says where a word ends.
func lex(text string, start, end int, mode lexMode, buf []token) []token {
	text = text[:end] // read no further than end
	sentStart := true
	pending := flagSpaceBefore | flagLineStart // what the next token takes from the text before it
	for i := start; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsSpace(r) {
			pending |= flagSpaceBefore
			if c == '\n' {
				pending |= flagLineStart
				sentStart = true
			}
			i += size
			continue
		}
		t := token{Span: Span{i, i + size}, kind: tokPunct, flags: pending}
		pending = 0
		i += size
		if isWordChar(r) {
			i = readWord(text, t.Start, mode, &t)
			if sentStart {
				t.flags |= flagSentStart
			}
			sentStart = false
		} else if c == '.' || c == '!' || c == '?' {
			sentStart = true
		}
		buf = append(buf, t)
	}
	return buf
}

// readWord reads the word that starts at text[i] into t and returns the
// offset after it. Most words, ASCII letters and digits up to a space or
// a mark that cannot continue them, end here without decoding: the CPU
// profile of BenchmarkAnalyze/10KB/1worker gave lex 0.38 s instead of
// 0.73 (3,000 runs). Other words read on in their mode's way.
func readWord(text string, i int, mode lexMode, t *token) (next int) {
	t.kind = tokWord
	first, n := utf8.DecodeRuneInString(text[i:])
	if unicode.IsUpper(first) {
		t.flags |= flagCap
	} else if unicode.IsDigit(first) {
		t.flags |= flagDigit
	}
	j := i + n
	for j < len(text) && asciiAlnum[text[j]] {
		j++
	}
	switch {
	case j == len(text) || text[j] < utf8.RuneSelf && text[j] != '\'' && text[j] != '-' && text[j] != '.':
		// a space or a mark that cannot continue the word follows
		t.End, next = j, j
		if c := text[i]; (c < 'a' || c > 'z') && isShouted(text[i:j]) {
			t.flags |= flagUpper
		}
	case mode == lexNames:
		t.End, next = nameWordEnd(text, i, j, t)
	default:
		t.End = frameWordEnd(text, i, j)
		next = t.End
	}
	if n == 1 && t.End == j {
		t.flags |= flagPlain
	}
	return next
}

// nameWordEnd reads on, for lexNames, the word text[i:j]: letters,
// digits, combining marks and mojibake ("PeÃ±a"), apostrophes and hyphens
// between them (O'Donnell, Holtz-Eakin), and the dot of an abbreviation
// (abbreviationEnd). It flags t and returns the word's end and the
// offset after it, which is past the mark of a possessive ("Ann's" and
// "the Hendersons' house" give Ann and Hendersons).
func nameWordEnd(text string, i, j int, t *token) (end, next int) {
	for j < len(text) {
		c := text[j]
		if asciiAlnum[c] {
			j++
			continue
		}
		if c < utf8.RuneSelf && c != '\'' && c != '-' && c != '.' {
			break // space or punctuation
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if isApostropheRune(r) || isHyphenRune(r) {
			n, nsize := utf8.DecodeRuneInString(text[j+size:])
			after, _ := utf8.DecodeRuneInString(text[j+size+nsize:])
			if isApostropheRune(r) && (n == 's' || n == 'S') && !isWordRune(after) {
				t.flags |= flagPossessive
				return j, j + size + nsize
			}
			if isWordRune(n) {
				j += size
				continue
			}
		} else if r == '.' {
			if end, ok := abbreviationEnd(text, i, j, t); ok {
				return end, end
			}
		}
		break
	}
	if isShouted(text[i:j]) {
		t.flags |= flagUpper
	}
	if j < len(text) && text[j-1] == 's' {
		r, size := utf8.DecodeRuneInString(text[j:])
		n, _ := utf8.DecodeRuneInString(text[j+size:])
		if isApostropheRune(r) && !isWordRune(n) && !isApostropheRune(n) {
			t.flags |= flagPossessive // a bare plural possessive: "the Hendersons' house"
			return j, j + size
		}
	}
	return j, j
}

// abbreviationEnd reads the dot at text[j] after the word text[i:j]
// when it belongs to the word: an initial, maybe more of them (J., T.R.),
// or one of tokAbbreviations (Gov., Calif.). It returns the offset after
// the word and whether it took the dot.
func abbreviationEnd(text string, i, j int, t *token) (int, bool) {
	letters, _ := letterCase(text[i:j])
	if letters != 1 && !tokAbbreviations.hasLower(text[i:j]) {
		return 0, false
	}
	k := j + 1 // and the letters and dots after it: "T.R.", "Ph.D."
	for k+1 < len(text) && isASCIILetter(text[k]) && text[k+1] == '.' {
		k += 2
	}
	if letters != 1 {
		t.flags |= flagAbbrev
		return k, true
	}
	t.flags |= flagAbbrev | flagInitial
	return k, true
}

// frameWordEnd reads on, for lexFrames, the word text[i:j]: letters and
// digits, the apostrophes, hyphens and periods between them (don't,
// Holtz-Eakin, U.S), and the final period of an abbreviation or initial
// (Mr., J.). It returns the word's end.
func frameWordEnd(text string, i, j int) int {
	for j < len(text) {
		if asciiAlnum[text[j]] {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isWordChar(r) {
			if !strings.ContainsRune("'’-.‐", r) {
				break
			}
			if after, _ := utf8.DecodeRuneInString(text[j+n:]); !isWordChar(after) {
				break
			}
		}
		j += n
	}
	if j < len(text) && text[j] == '.' && endsAbbreviation(text, i, j) {
		j++
	}
	return j
}

// isWordChar reports whether r is a letter or a digit, which begins a
// word; the curly quotes and dashes of General Punctuation are neither.
func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isWordRune reports whether r can continue a word: letters, digits,
// combining marks, and the Latin-1 symbols that mojibake leaves inside
// words ("PeÃ±a").
func isWordRune(r rune) bool {
	return isWordChar(r) || unicode.Is(unicode.Mn, r) ||
		r >= 0x80 && r <= 0xFF && r != 0xA0 && r != 0xAB && r != 0xBB && r != 0xB7
}

// isApostropheRune reports whether r is an apostrophe: ' ’ ʼ.
func isApostropheRune(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphenRune reports whether r is a hyphen: - ‐ ‑.
func isHyphenRune(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// asciiAlnum marks the ASCII letters and digits, for the lexer's inner
// loops.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = isASCIIWordByte(byte(c))
	}
	return t
}()

// letterCase counts the letters of the word w and reports whether none
// of them is lower case.
func letterCase(w string) (letters int, upper bool) {
	upper = true
	for _, r := range w {
		if unicode.IsLetter(r) {
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

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// isASCIIWordByte reports whether c is an ASCII letter or digit.
func isASCIIWordByte(c byte) bool { return isASCIILetter(c) || '0' <= c && c <= '9' }
