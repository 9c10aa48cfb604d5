package extract

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitParagraphSpans returns the spans of text's paragraphs, in order,
// without their surrounding white space. Blank lines separate blocks of
// lines; each line of a block is a paragraph of its own (scraped news puts
// one paragraph on a line) unless the block looks hard-wrapped.
func splitParagraphSpans(text string) []Span {
	var paras, block []Span // block: the lines since the last blank one
	start := 0
	for line := range strings.Lines(text) {
		s, e := trimSpaceSpan(text, start, start+len(line))
		start += len(line)
		if s < e {
			block = append(block, Span{s, e})
			continue
		}
		paras = appendBlock(paras, block)
		block = block[:0]
	}
	return appendBlock(paras, block)
}

// appendBlock appends to paras the paragraphs of a block of lines: the
// whole block when it looks like one paragraph wrapped at a fixed width
// (three lines or more, none over 100 bytes, all but the last at least
// three fifths as long as the longest), else each line.
func appendBlock(paras, lines []Span) []Span {
	longest := 0
	for _, l := range lines {
		longest = max(longest, l.End-l.Start)
	}
	if len(lines) < 3 || longest > 100 {
		return append(paras, lines...)
	}
	for _, l := range lines[:len(lines)-1] {
		if 10*(l.End-l.Start) < 6*longest {
			return append(paras, lines...)
		}
	}
	return append(paras, Span{lines[0].Start, lines[len(lines)-1].End})
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

// endsAbbreviation reports whether the word of letters and periods that
// ends, after start, just before the period at text[dot] is an
// abbreviation or an initial (Mr., U.S., J.).
func endsAbbreviation(text string, start, dot int) bool {
	word := text[start:dot]
	notInWord := func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }
	if i := strings.LastIndexFunc(word, notInWord); i >= 0 {
		_, n := utf8.DecodeRuneInString(word[i:])
		word = word[i+n:]
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true // an initial: Carla M. Voss
	}
	// U.S., D.C., a.m.: letters separated by periods
	return sentenceAbbrevs.contains(word) || strings.IndexByte(word, '.') >= 0
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
	para := text[:p.End]
	for i := from; i < p.End; i++ {
		stop := strings.IndexAny(para[i:], ".!?")
		if stop < 0 {
			break
		}
		i += stop
		j := i + 1
		for j < p.End {
			r, n := utf8.DecodeRuneInString(para[j:])
			if !strings.ContainsRune(").]!?", r) && (!isQuoteMarkRune(r) || r == '‘' || r == '“') {
				break
			}
			j += n
		}
		k := sentenceSpaceEnd(para, j)
		r, _ := utf8.DecodeRuneInString(para[k:])
		opens := unicode.IsUpper(r) || unicode.IsDigit(r) || isQuoteMarkRune(r) || r == '('
		if k > j && opens && (text[i] != '.' || !endsAbbreviation(text, p.Start, i)) {
			out = append(out, j)
			i = j - 1
		}
	}
	return append(out, p.End)
}

// sentenceSpaceEnd returns the end of the white space at s[j:] that may
// follow a sentence's end: spaces, tabs, newlines, and the no-break
// spaces scraped news often puts after a period ("on Friday.\u00a0The
// mayor").
func sentenceSpaceEnd(s string, j int) int {
	for {
		switch {
		case j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n'):
			j++
		case strings.HasPrefix(s[j:], "\u00a0"):
			j += len("\u00a0")
		default:
			return j
		}
	}
}

// runInHeadlineEnd returns the end of a headline in capitals that opens
// paragraph p and runs into its first sentence with no stop, as in a
// newsletter ("FERRY CREWS WALK OUT The crews cited …"): three or more
// words in capitals, then a capitalized word in lower case. It returns
// 0 when p opens with no such headline.
func runInHeadlineEnd(text string, p Span) int {
	words := 0
	for w, rest := firstField(text[p.Start:p.End]); w != ""; w, rest = firstField(rest) {
		if !capitalsWord(w) {
			if words >= 3 && startsUpper(w) && strings.ToUpper(w) != w {
				return p.End - len(rest) - len(w)
			}
			return 0
		}
		words++
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
