package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// describedQuote returns the index in ts, the narrative of a short
// quote's sentence up to it, of the verb of naming or describing whose
// complement the quote is, or -1: "called the plan "…"", "praised the
// plan to shut the mill as "…"", not "called for a "…"".
func (d *quoteDoc) describedQuote(ts []token) int {
	n := len(ts)
	if n == 0 || !ts[n-1].isWord() {
		return -1
	}
	as := lowerIs(d.word(ts[n-1]), "as")
	for v := n - 1; v >= 0 && v >= n-10; v-- {
		w := d.word(ts[v])
		if callingVerbs.hasLower(w) || as && describingVerbs.hasLower(w) {
			if v > 0 && (determiners.hasLower(d.word(ts[v-1])) || isPossessiveFold(d.word(ts[v-1]))) {
				return -1 // a noun: "the term", "Ruiz's call for"
			}
			return v
		}
		if !as && (clauseStops.hasLower(w) && !lowerIs(w, "of") || v < n-5) {
			return -1
		}
	}
	return -1
}

// attributedShort reports whether short quote q, which isSpeech turns
// away, is the complement of a verb of naming or describing ("Ruiz called
// the plan "reckless""), and who applies its words: the verb's subject,
// or no one for a passive ("a fund known as "the kitty"").
func (d *quoteDoc) attributedShort(q *quoteSpan) (speakerGuess, bool) {
	if countWords(d.text[q.Start:q.End], 5) > 4 {
		return noSpeakerGuess, false // a long title: "called her memoir "A Life On The Tarnby Docks""
	}
	from := d.sentenceStart(q.open.Start, d.paras[q.para])
	ts := d.narrativeTokens(from, q.open.Start)
	v := d.describedQuote(ts)
	if v < 0 {
		return noSpeakerGuess, false
	}
	var np Span
	switch d.voiceOf(ts, v) {
	case passiveVoice:
		np = d.agentAfter(q) // "has been called "…" by Ruiz"
		if np.Start == np.End {
			return noSpeakerGuess, true
		}
	case nounNaming:
		return noSpeakerGuess, false
	default:
		np = d.leftNP(ts[:v], 0)
	}
	s := d.resolve(np, np.End) // none for an empty np
	if s.how == Unattributed || s.ent < 0 && s.phrase == "" {
		return noSpeakerGuess, false // no one known applies the words: a term
	}
	s.how = Inferred
	return s, true
}

// agentAfter returns the agent of a passive that follows quote q ("was
// called "…" by Ines Cole"), or an empty span.
func (d *quoteDoc) agentAfter(q *quoteSpan) Span {
	p := d.paras[q.para]
	ts := d.tokenize(Span{q.close.End, min(p.End, q.close.End+80)})
	k := 0
	for k < len(ts) && d.word(ts[k]) == "," {
		k++
	}
	if k+1 >= len(ts) || !lowerIs(d.word(ts[k]), "by") {
		return Span{}
	}
	return d.rightNP(ts[k+1:])
}

// verbVoice is how a verb of naming or describing takes its subject.
type verbVoice int

const (
	activeVoice  verbVoice = iota // "Ruiz called it"
	passiveVoice                  // "it was dubbed", "widely known as": no one named
	nounNaming                    // "a podcast called", ", called": the name of a thing
)

// voiceOf tells how the naming verb ts[v] takes its subject: passive
// ("was dubbed", "widely known as"), a participle naming the noun before
// it ("a podcast called", "the fund, called"), or active.
func (d *quoteDoc) voiceOf(ts []token, v int) verbVoice {
	w := d.word(ts[v])
	if !hasSuffixFold(w, "ed") && !hasSuffixFold(w, "wn") {
		return activeVoice // no participle: "The union brands the deal "theft""
	}
	if lowerIs(w, "known") {
		return passiveVoice
	}
	if v == 0 || !ts[v-1].isWord() {
		return nounNaming
	}
	if v > 1 && isLyAdverb(d.word(ts[v-1])) {
		v-- // an adverb before: "The levy was widely dubbed", "is jokingly called"
	}
	prev := d.word(ts[v-1])
	if beForms.hasLower(prev) {
		return passiveVoice
	}
	if !startsUpper(prev) && !isSubjectPronoun(prev) && !auxiliaryWords.hasLower(prev) &&
		v > 1 && ts[v-2].isWord() && determiners.hasLower(d.word(ts[v-2])) {
		return nounNaming
	}
	return activeVoice
}

// readsAsSentence reports whether text, capitalized like a title, is a
// sentence someone said: it speaks in the first or second person, ends a
// sentence inside itself ("No. Never Again"), or runs to eight words
// without a subtitle's colon ("Mayor Vows To Rebuild Every Bridge By May").
func readsAsSentence(text string) bool {
	words := 0
	prevEnd := false
	for f, rest := firstField(text); f != ""; f, rest = firstField(rest) {
		if prevEnd {
			return true
		}
		w := trimToWord(f)
		if w == "" {
			continue // a dash is no word: "Tarnby – Then and Now – The Mill Years"
		}
		words++
		if personalWords.hasLower(w) {
			return true
		}
		last := f[len(f)-1]
		prevEnd = last == '.' && !endsAbbreviation(f, 0, len(f)-1) || last == '!' || last == '?'
		if last == ':' {
			return false
		}
	}
	return words >= 8
}

// subjectsOwnWord reports whether quote i, a lone lower-case word no
// pattern attributes, is the word of its sentence's subject s, a person
// the text names ("She slammed the "phony" audit"). After a possessive
// ("the mayor's "roadmap""), in an appositive ("Ruiz, a self-styled
// "outsider", …") or after a description ("the judge warned of a "grim"
// year") it is no one's for sure.
func (d *quoteDoc) subjectsOwnWord(i int, s speakerGuess) bool {
	q := &d.quotes[i]
	text := d.text[q.Start:q.End]
	if q.parent >= 0 || q.unclosed() || countWords(text, 2) != 1 || !startsLower(text) ||
		s.how != Inferred || s.ent < 0 || d.ents[s.ent].org || s.guessed {
		return false
	}
	before, _, _ := d.frames(i)
	ts := d.tokenize(before)
	if n := len(ts); n == 0 || ts[n-1].isWord() && isPossessiveFold(d.word(ts[n-1])) {
		return false
	}
	np := d.subjectNP(ts)
	head := d.text[np.Start:np.End] // the last word names someone: "Ruiz", "she", not "young voters"
	head = head[strings.LastIndexByte(head, ' ')+1:]
	if np.Start == np.End || !isSubjectPronoun(head) && !startsUpper(head) || d.inAppositive(ts, np) {
		return false
	}
	r := d.resolve(np, before.End)
	return r.how != Unattributed && r.ent == s.ent && !r.guessed
}

// inAppositive reports whether the narrative ts, up to a quote, leaves
// the quote in an appositive of subject np: a comma and a determiner
// after np, and no comma after them ("Ruiz, a self-styled "…"").
func (d *quoteDoc) inAppositive(ts []token, np Span) bool {
	k := tokenFrom(ts, np.End)
	if k+1 >= len(ts) || d.word(ts[k]) != "," || !determiners.hasLower(d.word(ts[k+1])) {
		return false
	}
	return !slices.ContainsFunc(ts[k+2:], func(t token) bool { return d.word(t) == "," })
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// nicknameInName reports whether quote q is a nickname inside a name,
// one capitalized word between a given name or initials and a capitalized
// word, one space each side (Marisa "Mia" Hale, T.J. "Buzz" Lorne).
func (d *quoteDoc) nicknameInName(q *quoteSpan) bool {
	text := d.text[q.Start:q.End]
	if q.parent >= 0 || q.unclosed() || trimToWord(text) != text || countWords(text, 2) != 1 || !startsUpper(text) {
		return false
	}
	p := d.paras[q.para]
	win := d.text[max(p.Start, q.open.Start-40):q.open.Start]
	_, prev := lastField(win)
	after := d.text[q.close.End:min(p.End, q.close.End+40)]
	next, _ := firstField(after)
	if prev == "" || !strings.HasSuffix(win, prev+" ") || !strings.HasPrefix(after, " ") ||
		strings.HasPrefix(after, "  ") || !startsUpper(next) {
		return false
	}
	_, given := d.lx.firstName(prev)
	return given || isInitialWord(prev) && startsUpper(prev)
}
