package extract

import (
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

// tokAbbreviations take their dot with them: "Gov.", "Calif."
// (hand_abbreviations.txt).
var tokAbbreviations = embeddedList("hand_abbreviations.txt")

// lexMode chooses where a word ends, the one point on which the people
// and attribution stages read words differently.
type lexMode uint8

const (
	// lexNames reads words as names: a possessive's mark is left out of
	// the word and flagged ("Ann's" gives Ann), a word of
	// tokAbbreviations or an initial takes its dot (Gov., J.R.), and
	// combining marks and mojibake stay inside the word.
	lexNames lexMode = iota
	// lexFrames reads words as the attribution patterns match them:
	// letters and digits joined by an apostrophe, hyphen or period make
	// one word ("Ann's", 3.5, U.S), which takes a final dot when
	// endsAbbreviation says so (U.S., Sen.).
	lexFrames
)

// lex splits text[start:end] into tokens, appending to buf. Offsets are
// absolute. It marks sentence starts and ends, line starts, the white
// space before a token and the case of words; mode says where a word
// ends.
func lex(text string, start, end int, mode lexMode, buf []token) []token {
	text = text[:end] // read no further than end
	sentStart := true
	// pending holds the flags the next token takes from what precedes it:
	// flagSpaceBefore and flagLineStart.
	pending := flagSpaceBefore | flagLineStart
	for i := start; i < len(text); {
		c := text[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == '\n':
			pending |= flagSpaceBefore | flagLineStart
			sentStart = true
			i++
			continue
		case unicode.IsSpace(r):
			pending |= flagSpaceBefore
			i += size
			continue
		}
		t := token{Span: Span{i, i + size}, kind: tokPunct, flags: pending}
		pending = 0
		switch {
		case isWordChar(r):
			switch {
			case mode == lexFrames:
				i = readFrameWord(text, i, &t)
			case c < utf8.RuneSelf:
				i = readASCIIWord(text, i, &t)
			default:
				i = scanWord(text, i, len(text), &t)
			}
			if sentStart {
				t.flags |= flagSentStart
				sentStart = false
			}
		case c == '.' || c == '!' || c == '?':
			t.flags |= flagSentEnd
			sentStart = true
			i++
		default:
			i += size
		}
		buf = append(buf, t)
	}
	return buf
}

// readASCIIWord reads the word that starts with the ASCII letter or
// digit at text[i] into t and returns the offset after it. Most words
// are ASCII letters and digits up to a space or a punctuation mark that
// cannot continue them: those are read here without decoding, the rest
// by scanWord. With it, isShouted's ASCII loop and lookup's one-pass
// hash (foldHashASCII) gone, among other clean-ups, the CPU profile of
// BenchmarkAnalyze/10KB/1worker gave lex 0.73 s instead of 0.38 and
// lookup 0.48 s instead of 0.28 (3,000 runs), and the least of eight
// runs took 420 µs instead of 290, on a loaded machine.
func readASCIIWord(text string, i int, t *token) int {
	j := i + 1
	for j < len(text) && asciiAlnum[text[j]] {
		j++
	}
	if j < len(text) && (text[j] >= utf8.RuneSelf || text[j] == '\'' || text[j] == '-' || text[j] == '.') {
		return scanWord(text, i, len(text), t)
	}
	t.kind, t.End = tokWord, j
	t.flags |= flagPlain | wordStartFlags(text, i, j)
	if c := text[i]; (c < 'a' || c > 'z') && isShouted(text[i:j]) {
		t.flags |= flagUpper
	}
	return j
}

// isGeneralPunctuation reports whether r is in Unicode's General
// Punctuation block (dashes, curly quotes, ellipsis), which holds no
// letter, digit or mark.
func isGeneralPunctuation(r rune) bool { return 0x2000 <= r && r <= 0x206F }

// isWordRune reports whether r can continue a word: letters, digits,
// combining marks, and the Latin-1 symbols that mojibake leaves inside
// words ("PeÃ±a").
func isWordRune(r rune) bool {
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
	if plainASCIIWord(text[t.Start:t.End]) {
		t.flags |= flagPlain
	}
	return next
}

// readWord is scanWord but for flagPlain.
func readWord(text string, i, end int, t *token) int {
	t.kind = tokWord
	t.flags |= wordStartFlags(text, i, end)
	text = text[:end] // read no further than end
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
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		if isApostropheRune(r) || isHyphenRune(r) {
			next, done := innerMark(text, j, size, r, t)
			if done {
				return next
			}
			if next > j {
				j = next
				continue
			}
		} else if r == '.' {
			if next, ok := abbreviationEnd(text, i, j, t); ok {
				return next
			}
		}
		break
	}
	t.End = j
	if c := text[i]; (c < 'a' || c > 'z') && isShouted(text[i:j]) {
		t.flags |= flagUpper
	}
	return pluralPossessiveEnd(text, j, t)
}

// wordStartFlags returns the flags a word takes from its first rune, at
// text[i]: flagCap for a capital, flagDigit for a digit.
func wordStartFlags(text string, i, end int) tokenFlag {
	var f tokenFlag
	first, _ := utf8.DecodeRuneInString(text[i:end])
	if unicode.IsUpper(first) {
		f |= flagCap
	}
	if unicode.IsDigit(first) {
		f |= flagDigit
	}
	return f
}

// innerMark reads the apostrophe or hyphen r (size bytes) at text[j]
// inside a word: it returns the offset after it when the word goes on
// (O'Donnell, Holtz-Eakin), j when the word ends before it, and, with
// done, the offset after a possessive 's, which ends the word at j.
func innerMark(text string, j, size int, r rune, t *token) (next int, done bool) {
	n, nsize := utf8.DecodeRuneInString(text[j+size:])
	if j+size >= len(text) || !isWordRune(n) {
		return j, false
	}
	if isApostropheRune(r) && (n == 's' || n == 'S') {
		after := j + size + nsize
		if after >= len(text) {
			t.flags |= flagPossessive
			t.End = j
			return after, true
		}
		if a, _ := utf8.DecodeRuneInString(text[after:]); !isWordRune(a) {
			t.flags |= flagPossessive
			t.End = j
			return after, true
		}
	}
	return j + size, false
}

// abbreviationEnd reads the dot at text[j] after the word text[i:j]
// when it belongs to the word: an initial, maybe more of them (J., T.R.),
// or one of tokAbbreviations (Gov., Calif.). It returns the offset after
// the word and whether it took the dot.
func abbreviationEnd(text string, i, j int, t *token) (int, bool) {
	if letters, upper := letterCase(text[i:j]); letters == 1 && j+1 <= len(text) {
		k := j + 1
		for k+1 < len(text) && isASCIILetter(text[k]) && text[k+1] == '.' {
			k += 2
		}
		t.flags |= flagAbbrev | flagInitial
		t.End = k
		if upper {
			t.flags |= flagUpper
		}
		return k, true
	}
	if tokAbbreviations.hasLower(text[i:j]) {
		t.flags |= flagAbbrev
		t.End = j + 1
		return j + 1, true
	}
	return 0, false
}

// pluralPossessiveEnd reads a bare plural possessive after the word
// that ends at j ("the Hendersons' house"): it marks the token and
// returns the offset after the apostrophe, or j when there is none.
func pluralPossessiveEnd(text string, j int, t *token) int {
	if j >= len(text) || text[j-1] != 's' || text[j] != '\'' && text[j] < utf8.RuneSelf {
		return j
	}
	r, size := utf8.DecodeRuneInString(text[j:])
	if !isApostropheRune(r) {
		return j
	}
	if j+size >= len(text) {
		t.flags |= flagPossessive
		return j + size
	}
	if n, _ := utf8.DecodeRuneInString(text[j+size:]); !isWordRune(n) && !isApostropheRune(n) {
		t.flags |= flagPossessive
		return j + size
	}
	return j
}

// letterCase counts the letters of the word w and reports whether none
// of them is lower case.
func letterCase(w string) (letters int, upper bool) {
	upper = true
	for _, r := range w {
		if isWordRune(r) && unicode.IsLetter(r) {
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

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
