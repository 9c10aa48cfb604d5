// The people stage's word tests: what one word of a capitalized run can
// be (an acronym, a contraction, a modifier compound, a headline word).

package extract

import (
	"strings"
	"unicode/utf8"
)

// isAcronym reports whether t is an all-capitals word like NPR or AFP:
// no initial (J.), more than a letter, no name suffix (III).
func (s *peopleScan) isAcronym(t *token) bool {
	return t.flags&flagUpper != 0 && !isNameSuffix(s.tokText(t))
}

// breaksHeadline reports whether a capitalized word w in a title-case
// line, whose word lists' record is inf, is an ordinary word rather than
// part of a name ("Ann Lee Wins Vote": "Wins").
func (s *peopleScan) breaksHeadline(w string, inf wordInfo) bool {
	return headlineSmallWords.hasLower(w) || inf.has(factFunction|factCalendar) ||
		inf.has(factWord) && !inf.has(factNamePart)
}

// tokInfo returns what the word lists say of the word t.
func (s *peopleScan) tokInfo(t *token) wordInfo { return s.lx.info(s.tokText(t)) }

// speechVerb reports whether the word at t is a verb of saying whose
// subject is most often a person ("said", "warns"): the speech verbs
// marked P in their list.
func (s *peopleScan) speechVerb(t *token) bool { return s.tokInfo(t).has(factSpeechPerson) }

// tokText returns the text of t.
func (s *peopleScan) tokText(t *token) string { return s.text[t.Start:t.End] }

// nonNameWord reports whether the word at t, whose word lists' record
// is inf, can never be part of a name: a function word, a contraction
// (I'm), a lone letter, a stray abbreviation (Md.), a hyphenated
// adjective (Indiana-born, Pro-Beijing).
func (s *peopleScan) nonNameWord(t *token, inf wordInfo) bool {
	if inf.has(factFunction) {
		return true
	}
	if t.flags&flagAbbrev != 0 && t.flags&flagInitial == 0 {
		// Md., Inc., Jan.
		return inf.title().kind == notTitle && !isNameSuffix(s.tokText(t))
	}
	if t.flags&flagPlain != 0 {
		return t.End-t.Start == 1 // no apostrophe, no hyphen: only a lone letter
	}
	w := s.tokText(t)
	return utf8.RuneCountInString(w) == 1 || isContraction(w) || s.isModifierCompound(w)
}

// contractionEndings follow the apostrophe of "I'm", "I’ve", "We'll".
var contractionEndings = embeddedList("hand_contraction_endings.txt")

// isContraction reports whether w is like "I'm", "I’ve", "We'll".
func isContraction(w string) bool {
	for i, r := range w {
		if isApostropheRune(r) && contractionEndings.hasLower(w[i+utf8.RuneLen(r):]) {
			return true
		}
	}
	return false
}

// isModifierCompound reports whether a hyphenated word is an adjective or
// compound noun rather than a double name: it starts with a prefix (Pro-,
// Anti-) or a lone letter ("Tom Reyes X-rays showed no fracture"), or a
// lower-case part after the first is an adjective ending
// (Indiana-born, Saudi-led) or a dictionary word of five letters or more
// (Pan-democracy). Given names like "Siu-ming" and "Wai-kit" stay.
func (s *peopleScan) isModifierCompound(w string) bool {
	var first string
	n := 0
	for p := range strings.FieldsFuncSeq(w, isHyphenRune) {
		if n++; n == 1 {
			first = p
			continue
		}
		if n == 2 && (namePrefixes.hasLower(first) || utf8.RuneCountInString(first) == 1) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(p)
		if r < 'a' || r > 'z' {
			continue
		}
		// "Indiana-born", "Saudi-led", "Pan-democracy"; but "Siu-ming",
		// "Wai-kit" are given names.
		if modifierSuffixes.contains(p) || (len(p) >= 5 && s.lx.info(p).has(factWord)) {
			return true
		}
	}
	return false
}

// isArticleName reports whether w opens with an Arabic article in lower
// case, a hyphen and a capital: "al-Rashidi", "el-Masri", "ash-Shami";
// not "ad-libbed" or "at-large" ("Mayor Ada Voss ad-libbed").
func isArticleName(w string) bool {
	article, rest, ok := strings.Cut(w, "-")
	return ok && rest != "" && 'A' <= rest[0] && rest[0] <= 'Z' && arabicArticles.contains(article)
}

// arabicArticles open a name in lower case, with a hyphen.
var arabicArticles = embeddedList("hand_arabic_articles.txt")

// hasHyphen reports whether w holds a hyphen of any kind (isHyphenRune).
func hasHyphen(w string) bool { return strings.ContainsFunc(w, isHyphenRune) }
