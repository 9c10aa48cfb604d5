package extract

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitParagraphSpans returns the spans of text's paragraphs, in order, without
// their surrounding white space. Paragraphs are separated by blank lines;
// inside a block of non-blank lines each line is a paragraph of its own
// (scraped news puts one paragraph on a line), unless the block looks
// hard-wrapped, in which case the whole block is one paragraph.
func splitParagraphSpans(text string) []Span {
	var paras, lines []Span // lines of the current block
	flush := func() {
		if len(lines) == 0 {
			return
		}
		if looksHardWrapped(lines) {
			paras = append(paras, Span{lines[0].Start, lines[len(lines)-1].End})
		} else {
			paras = append(paras, lines...)
		}
		lines = lines[:0]
	}
	for start := 0; start < len(text); {
		end := len(text)
		if k := strings.IndexByte(text[start:], '\n'); k >= 0 {
			end = start + k
		}
		s, e := trimSpaceSpan(text, start, end)
		if s == e {
			flush()
		} else {
			lines = append(lines, Span{s, e})
		}
		start = end + 1
	}
	flush()
	return paras
}

// looksHardWrapped reports whether a block of lines looks like one paragraph
// wrapped at a fixed width: at least three lines, none longer than 100
// bytes, and all but the last nearly as long as the longest.
func looksHardWrapped(lines []Span) bool {
	if len(lines) < 3 {
		return false
	}
	longest := 0
	for _, l := range lines {
		longest = max(longest, l.End-l.Start)
	}
	if longest > 100 {
		return false
	}
	for _, l := range lines[:len(lines)-1] {
		if 10*(l.End-l.Start) < 6*longest {
			return false
		}
	}
	return true
}

// trimSpaceSpan narrows [start, end) of text to exclude white space at
// both ends.
func trimSpaceSpan(text string, start, end int) (int, int) {
	s := strings.TrimLeftFunc(text[start:end], unicode.IsSpace)
	start = end - len(s)
	return start, start + len(strings.TrimRightFunc(s, unicode.IsSpace))
}

// sentenceAbbrevs are the abbreviations, as written and without their
// period, whose period ends no sentence ("Sen. Ruiz", "Jan. 4"): those of
// hand_abbreviations.txt but the places.
var sentenceAbbrevs = func() wordSet {
	s := embeddedCased("hand_abbreviations.txt")
	maps.DeleteFunc(s, func(_, mark string) bool { return mark == "place" })
	return s
}()

// endsAbbreviation reports whether the word that ends just before the period
// at text[dot] is an abbreviation or an initial (Mr., U.S., J.).
func endsAbbreviation(text string, start, dot int) bool {
	w := dot
	for w > start {
		c := text[w-1]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) && c != '.' {
				break
			}
			w--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if word == "" {
		return false
	}
	if sentenceAbbrevs.contains(word) {
		return true
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true // an initial: Carla M. Voss
	}
	// U.S., D.C., a.m.: letters separated by periods
	return strings.IndexByte(word, '.') >= 0
}

// sentenceEnds returns the offsets in paragraph p where sentences end,
// in order, always including p.End. A sentence ends after ., ! or ? (and any
// closing marks or brackets after it) when white space and then a capital
// letter, a digit or an opening mark follow; a period that ends an
// abbreviation or initial does not end a sentence.
func sentenceEnds(text string, p Span, out []int) []int {
	from := p.Start
	if h := runInHeadlineEnd(text, p); h > 0 {
		out = append(out, h)
		from = h
	}
	for i := from; i < p.End; i++ {
		stop := strings.IndexAny(text[i:p.End], ".!?")
		if stop < 0 {
			break
		}
		i += stop
		c := text[i]
		j := i + 1
		for j < p.End {
			r, n := utf8.DecodeRuneInString(text[j:p.End])
			if r == ')' || r == ']' || r == '.' || r == '!' || r == '?' || isQuoteMarkRune(r) && r != '‘' && r != '“' {
				j += n
				continue
			}
			break
		}
		if j >= p.End {
			break
		}
		if sentenceSpace(text[j:p.End]) == 0 {
			continue
		}
		k := j
		for k < p.End && sentenceSpace(text[k:p.End]) > 0 {
			k += sentenceSpace(text[k:p.End])
		}
		if k >= p.End {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[k:p.End])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isQuoteMarkRune(r) && r != '(' {
			continue
		}
		if c == '.' && endsAbbreviation(text, p.Start, i) {
			continue
		}
		out = append(out, j)
		i = j - 1
	}
	return append(out, p.End)
}

// sentenceSpace returns the length of the white space that opens s and
// may follow a sentence's end: a space, tab or newline, or a no-break
// space, which scraped news often puts after a period ("… on Friday.\u00a0The
// mayor …"); 0 when s opens with none.
func sentenceSpace(s string) int {
	switch {
	case s == "":
		return 0
	case s[0] == ' ' || s[0] == '\t' || s[0] == '\n':
		return 1
	case strings.HasPrefix(s, "\u00a0"):
		return len("\u00a0")
	}
	return 0
}

// runInHeadlineEnd returns the end of a headline in capitals that opens
// paragraph p and runs into its first sentence with no stop, as in a
// newsletter ("FERRY CREWS WALK OUT The crews cited …"): three or more
// words in capitals, then a space and a capitalized word in lower case.
// It returns 0 when p opens with no such headline.
func runInHeadlineEnd(text string, p Span) int {
	words := 0
	for i := p.Start; i < p.End; {
		j := i
		for j < p.End {
			r, n := utf8.DecodeRuneInString(text[j:p.End])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		w := text[i:j]
		if !capitalsWord(w) {
			if words >= 3 && startsUpper(w) && strings.ToUpper(w) != w {
				return i
			}
			return 0
		}
		words++
		for j < p.End { // the spaces after the word, a no-break space too
			r, n := utf8.DecodeRuneInString(text[j:p.End])
			if !unicode.IsSpace(r) {
				break
			}
			j += n
		}
		i = j
	}
	return 0
}

// capitalsWord reports whether w is a word in capitals: two or more
// letters, none in lower case ("FERRY", "DOESN’T").
func capitalsWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 || w == "A" || w == "I"
}
