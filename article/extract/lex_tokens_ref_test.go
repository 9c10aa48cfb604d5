package extract

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTokenize checks tokenizeWords, whose ASCII paths are written for
// speed, against tokenizeWordsRef below: the same tokens, the same flags,
// for any text and any start.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Mr. Smith met U.S. officials in Jan. and left.",
		"Donald J. Trump and T.R. Fehrenbach", "Holtz-Eakin and García",
		"Putin's aide, Kasich’s 145, Sanders’ vote, Jones'", "O'Donnell didn't; I’ve",
		"He left. She came! Why? Yes\none\nTwo", "PeÃ±a Nieto\u00a0x\u2003y\vz\fw\r\n",
		"“Go,” he said — twice", "ʼs x’s s’ s'", "a.b.c. A. B.C", "\xff\xfeBad\x80 utf8",
	} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, text string, start int) {
		if start < 0 || start > len(text) {
			start = 0
		}
		got := tokenizeWords(text, start, len(text), nil)
		want := tokenizeWordsRef(text, start, len(text), nil)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("tokens of %q from %d:\n got %+v\nwant %+v", text, start, got, want)
		}
	})
}

// tokenizeWordsRef is the plain form of tokenizeWords: every rune decoded
// and classified by package unicode. It is the specification the fast
// tokenizer is fuzzed against.
func tokenizeWordsRef(text string, start, end int, buf []token) []token {
	i := start
	sentStart := true
	lineStart := true
	space := true
	for i < end {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' {
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		if r == '\n' {
			lineStart, sentStart, space = true, true, true
			i += size
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		t := token{start: i}
		if space {
			t.flags |= flagSpaceBefore
		}
		if lineStart {
			t.flags |= flagLineStart
		}
		if isWordStart(r) {
			i = scanWordRef(text, i, end, &t)
			if plainASCIIWord(text[t.start:t.end]) {
				t.flags |= flagPlain
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

// scanWordRef is the plain form of scanWord.
func scanWordRef(text string, i, end int, t *token) int {
	t.kind = tokWord
	first, _ := utf8.DecodeRuneInString(text[i:end])
	if unicode.IsUpper(first) {
		t.flags |= flagCap
	}
	if unicode.IsDigit(first) {
		t.flags |= flagDigit
	}
	upper := true
	letters := 0
	j := i
	for j < end {
		if c := text[j]; ('a' <= c && c <= 'z') || ('0' <= c && c <= '9') {
			if c >= 'a' {
				letters++
				upper = false
			}
			j++
			continue
		} else if 'A' <= c && c <= 'Z' {
			letters++
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:end])
		switch {
		case isWordRune(r):
			if unicode.IsLetter(r) {
				letters++
				if !unicode.IsUpper(r) {
					upper = false
				}
			}
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
			if letters == 1 && j+1 <= end {
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
			if tokAbbreviations.contains(strings.ToLower(text[i:j])) {
				t.flags |= flagAbbrev
				j++
				t.end = j
				return j
			}
		}
		break
	}
	t.end = j
	if upper && letters > 1 {
		t.flags |= flagUpper
	}
	// A bare plural possessive: "Sanders' campaign".
	if j < end && text[j-1] == 's' {
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
