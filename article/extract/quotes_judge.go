package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// judge returns the quotations of d that are speech, with their speakers,
// in order. Left out are titles and names in title case ("Face the
// Nation"), handles, dates and numbers, short scare quotes that no speech
// pattern attributes, and nested quotes that no named speaker introduces.
func (d *quoteDoc) judge(spk []speakerGuess) []Quote {
	out := make([]Quote, 0, len(d.quotes))
	for i := range d.quotes {
		q := &d.quotes[i]
		s := spk[i]
		text := d.text[q.Start:q.End]
		if !isSpeech(text, q.parent >= 0, s) || len(quoteWords(text)) <= 3 && s.how != Explicit && d.namingUse(q) {
			continue
		}
		qt := Quote{Text: text, Span: q.Span}
		d.setSpeaker(&qt, s)
		out = append(out, qt)
	}
	return out
}

// isSpeech reports whether quoted text, attributed as s, is speech worth
// listing.
func isSpeech(text string, nested bool, s speakerGuess) bool {
	words := quoteWords(text)
	if len(words) == 0 {
		return false
	}
	if nested {
		return s.how == Explicit && len(words) <= 4
	}
	if looksLikeTitle(words) || !hasLetterWord(words) || strings.HasPrefix(text, "@") || strings.HasPrefix(text, "#") {
		return false
	}
	if len(words) <= 3 && s.how == Unattributed {
		return false
	}
	if len(words) == 1 && s.how != Explicit {
		r, _ := utf8.DecodeRuneInString(words[0])
		if unicode.IsUpper(r) {
			return false // a name: the robot "Robogee"
		}
	}
	return true
}

// namingWords before a quoted word make it a name or a term, not speech.
var namingWords = newAttrWordSet(`named dubbed titled entitled nicknamed called so-called word term
phrase label slogan about`)

// namingUse reports whether a short quote is used as a name, a term or a
// modifier rather than quoted speech: "named it “Robogee”", "the word
// “fracking”", "“parole” status".
func (d *quoteDoc) namingUse(q *quoteSpan) bool {
	if q.unclosed() {
		return false
	}
	text := d.text[q.Start:q.End]
	last, _ := utf8.DecodeLastRuneInString(text)
	if !unicode.IsPunct(last) {
		after := tokenizeFrame(d.text, q.close.End, min(len(d.text), q.close.End+40), nil)
		if len(after) > 0 && after[0].word {
			w := d.word(after[0])
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && !attrSpeechVerbs.has(w) && !attrClauseStops.has(w) && !attrAuxiliaries.has(w) {
				if _, pron := attrPronounGender[w]; !pron {
					return true
				}
			}
		}
	}
	before := tokenizeFrame(d.text, max(d.paras[q.para].Start, q.open.Start-30), q.open.Start, nil)
	if n := len(before); n > 0 && before[n-1].word && namingWords.has(strings.ToLower(d.word(before[n-1]))) {
		return true
	}
	return false
}

// quoteWords splits text at white space and strips punctuation around
// each word.
func quoteWords(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// hasLetterWord reports whether a word of words has letters.
func hasLetterWord(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// titleSmallWords stay lower case in titles.
var titleSmallWords = newAttrWordSet(`a an the and or but nor of in on at to for by with from as vs via per into not`)

// looksLikeTitle reports whether words are in title case: more than one
// word, each capitalized, a number or a small word, and not a sentence (a
// sentence has lower-case words).
func looksLikeTitle(words []string) bool {
	if len(words) < 2 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r), titleSmallWords[w]:
		default:
			return false
		}
	}
	return caps >= 1
}
