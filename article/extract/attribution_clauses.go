// Clauses around a quote: which clause's subject speaks when a sentence
// holds more than one ("After Lee spoke, Voss said …", "Voss said Lee
// had called it …", "Lee's claim that …", "told Voss that …").

package extract

import "strings"

// subjectAfter reports whether ts, the words between a comma and a
// speech verb, hold a subject: a pronoun or a capitalized word that is no
// day or month ("…, Brandt told", not "…, on Friday described").
func (d *quoteDoc) subjectAfter(ts []token) bool {
	for _, t := range ts {
		w := d.word(t)
		if isSubjectPronoun(w) || t.isWord() && startsUpper(w) && !d.isCalendar(w) {
			return true
		}
	}
	return false
}

// invertedSubject returns the subject after the speech verb ts[v] that a
// comma precedes, when the two end the frame ("Given the odds, argued
// Brandt, "…"") or make an aside ("The trouble, says Tom Lind, a
// lecturer, is that "…""), not a verb of address ("…, told Reuters,").
func (d *quoteDoc) invertedSubject(ts []token, v int) Span {
	if v == 0 || d.word(ts[v-1]) != "," || addresseeVerbs.hasLower(d.word(ts[v])) {
		return Span{}
	}
	// the subject ends the frame: "The trouble, says the harbour master, "…"";
	// not the particle of "As the port chief, Ada Voss, put it, "…""
	n, w := len(ts), d.word(ts[len(ts)-1])
	if n >= v+3 && (w == "," || w == ":") && !d.particleVerbAt(ts, v) {
		if np := d.rightNP(ts[v+1 : n-1]); np.End == ts[n-2].End {
			return np
		}
	}
	np := d.rightNP(ts[v+1:])
	k := tokenFrom(ts, np.End)
	if np.End <= np.Start || !startsUpper(d.text[np.Start:np.End]) || k >= len(ts) || d.word(ts[k]) != "," {
		return Span{}
	}
	return np
}

// participleSubject returns the subject of the speech verb that the
// participle ts[v] after a comma shares: "Nonsense, said the club's
// lawyer, Ada Voss, adding that …", "Voss said on Monday, calling it …".
func (d *quoteDoc) participleSubject(ts []token, v int) Span {
	if v < 3 || d.word(ts[v-1]) != "," {
		return Span{}
	}
	for u := v - 2; u > 0; u-- {
		w := d.word(ts[u])
		if d.clauseEndAt(ts, u) {
			break // "…, said Tom Reyes; Ada Voss disagreed, calling it": Voss's clause
		}
		if d.word(ts[u-1]) != "," || strings.HasSuffix(w, "ing") || addresseeVerbs.hasLower(w) ||
			!d.speechVerbAt(ts, u) {
			continue
		}
		np := d.rightNP(ts[u+1 : v-1])
		if np.End > np.Start && !d.hasAuxiliary(ts[u+2:tokenFrom(ts, np.End)]) {
			return d.nameAfterRole(ts[u+1:v-1], np) // "the club's lawyer, Ada Voss"
		}
		break // "The mayor, Tom Reyes, said the fair would go ahead, calling it": an object clause
	}
	for u := v - 2; u > 0 && u >= v-8 && ts[u].isWord(); u-- {
		if d.speechVerbAt(ts, u) {
			if strings.HasSuffix(d.word(ts[u]), "ing") {
				return Span{}
			}
			return d.leftNP(ts[:u], 0)
		}
	}
	return Span{}
}

// sharedParticipleSubject returns the subject of an earlier participle of
// speech that "and" joins to the participle ts[v] ("with Reyes posting
// that the fee was a "…" and asking, "…"": Reyes asks too).
func (d *quoteDoc) sharedParticipleSubject(ts []token, v int) Span {
	if v == 0 || !lowerIs(d.word(ts[v-1]), "and") {
		return Span{}
	}
	at := ts[v].Start
	sent := d.narrativeTokens(d.sentenceStart(at, d.paraOf(at)), at)
	for u := len(sent) - 2; u > 0; u-- {
		w := d.word(sent[u])
		if hasSuffixFold(w, "ing") && d.speechVerbAt(sent, u) {
			if np := d.nameBefore(sent, u); np.End > np.Start && !isSubjectPronoun(d.text[np.Start:np.End]) {
				return np
			}
			return Span{}
		}
	}
	return Span{}
}

// speechNounOwner returns X when ts[v] is a noun of speech that X owns
// and the quote is its content: "Vance's claim that the levy was "a
// tax"", not "Vance's claim was "absurd"".
func (d *quoteDoc) speechNounOwner(ts []token, v int) Span {
	if v == 0 || !ts[v].isWord() || !speechNouns.hasLower(d.word(ts[v])) ||
		!d.nounComplementQuote(ts[v+1:]) {
		return Span{}
	}
	owner, s := d.nounOwner(ts, v)
	if s > 0 && d.callsOwnedNoun(ts, s-1, v) {
		// Lind called Ode's plan "a trap": the caller's words, and in
		// "Lind's remark describing Ode's claim as "…"" Lind's
		if k := s - 1; strings.HasSuffix(d.word(ts[k]), "ing") {
			for m := k - 1; m > 0 && m >= k-4; m-- {
				if ts[m].isWord() && speechNouns.hasLower(d.word(ts[m])) {
					outer, _ := d.nounOwner(ts, m)
					return outer
				}
			}
		}
		return Span{}
	}
	if v+1 == len(ts) && possessivePronouns.has(d.word(ts[s])) {
		return Span{} // saying his comment "has no place": the noun is the quote's subject
	}
	return owner
}

// nounOwner returns the possessive pronoun or name that owns the speech
// noun ts[v] ("Vance's repeated claim") and the index of its first token.
func (d *quoteDoc) nounOwner(ts []token, v int) (Span, int) {
	p := v - 1
	if p > 0 && ts[p].isWord() && !isPossessive(d.word(ts[p])) && !ts[p].isCap() &&
		!possessivePronouns.has(d.word(ts[p])) {
		p-- // one adjective: "Vance's repeated claim"
	}
	if ts[p].isWord() && possessivePronouns.has(d.word(ts[p])) {
		return ts[p].Span, p // his warning that the pier would be "a ruin"
	}
	if !isPossessive(d.word(ts[p])) || !ts[p].isCap() {
		return Span{}, 0
	}
	s := p
	for s > 0 && (ts[s-1].isCap() || d.word(ts[s-1]) == ".") {
		s--
	}
	for s < p && !ts[s].isWord() {
		s++
	}
	return Span{ts[s].Start, ts[p].Start + strings.LastIndexAny(d.word(ts[p]), "'’")}, s
}

// callsOwnedNoun reports whether ts[k], before the owner of the speech
// noun ts[v], is a verb of calling whose complement the quote is ("called
// Ode's remarks "…"", "describing Ode's claim that … as "…"").
func (d *quoteDoc) callsOwnedNoun(ts []token, k, v int) bool {
	w := d.word(ts[k])
	if v+1 == len(ts) {
		return callingVerbs.hasLower(w)
	}
	return lowerIs(d.word(ts[len(ts)-1]), "as") && (callingVerbs.hasLower(w) || describingVerbs.hasLower(w))
}

// nounComplementQuote reports whether ts, the words between a noun of
// speech and the quote, make the quote its content: nothing, ",", ":",
// "that", "of" ("claim of a "…"", not "comments showed "…"").
func (d *quoteDoc) nounComplementQuote(ts []token) bool {
	if len(ts) == 0 || lowerIs(d.word(ts[0]), "that") {
		return true
	}
	if w := d.word(ts[0]); len(ts) == 1 && (w == "," || w == ":") {
		return true // ignored Ada Voss's warning: "…"
	}
	if !lowerIs(d.word(ts[0]), "of") && !lowerIs(d.word(ts[0]), "about") {
		return d.phraseBeforeThat(ts) || d.copulaThat(ts)
	}
	return len(ts) == 1 || len(ts) == 2 && determiners.hasLower(d.word(ts[1]))
}

// copulaThat reports whether "that" follows the first form of "be" among
// the first ten tokens of ts ("Ode's refrain at every rally was that …").
func (d *quoteDoc) copulaThat(ts []token) bool {
	for k := 0; k+1 < len(ts) && k < 10; k++ {
		if beForms.hasLower(d.word(ts[k])) {
			return lowerIs(d.word(ts[k+1]), "that")
		}
	}
	return false
}

// phraseBeforeThat reports whether ts is a short prepositional phrase
// then "that" ("remarks in 2019 that the dam "…"", "before a special
// Senate panel that …").
func (d *quoteDoc) phraseBeforeThat(ts []token) bool {
	if !ts[0].isWord() || !prepositions.hasLower(d.word(ts[0])) && !subordinators.hasLower(d.word(ts[0])) {
		return false // "before" and "since" are prepositions too
	}
	for k := 1; k < len(ts) && k <= 6; k++ {
		if lowerIs(d.word(ts[k]), "that") {
			return k > 1
		}
	}
	return false
}

// matrixSubject returns the subject of the reporting verb whose
// complement np opens ("Voss told reporters Ruiz had called it "…"" gives
// Voss); else np. depth bounds the clauses climbed.
func (d *quoteDoc) matrixSubject(ts []token, np Span, depth int) Span {
	j := tokenFrom(ts, np.Start) - 1
	for k := j; k >= 0 && k >= j-3 && depth > 0; k-- {
		w := d.word(ts[k])
		if lowerIs(w, "by") {
			break // was asked by host Ivo Dorn: the agent of a passive
		}
		if d.speechVerbAt(ts, k) && !strings.HasSuffix(w, "ing") && (k == j || addresseeVerbs.hasLower(w)) {
			if outer := d.leftNP(ts[:k], 0); outer.End > outer.Start {
				return d.matrixSubject(ts, outer, depth-1)
			}
			break
		}
	}
	return np
}

// mainClauseStart returns the index of ts after an opening subordinate
// clause and its comma, when a subject follows ("After Pike spoke, |
// Lund shot back,"); else 0.
func (d *quoteDoc) mainClauseStart(ts []token) int {
	if len(ts) < 4 || !d.subordinateOpener(ts) {
		return 0
	}
	for c := 1; c+1 < len(ts); c++ {
		if w := d.word(ts[c]); w == "," && d.subjectAfter(ts[c+1:c+2]) {
			return c + 1
		} else if w == "," || w == "." || w == ";" || w == ":" {
			return 0
		}
	}
	return 0
}

// subordinateOpener reports whether ts opens with a subordinator, maybe
// after an adverb ("After Pike spoke", "Just as Voss spoke").
func (d *quoteDoc) subordinateOpener(ts []token) bool {
	if len(ts) < 2 || !ts[0].isCap() {
		return false
	}
	if clauseAdverbs.hasLower(d.word(ts[0])) && ts[1].isWord() {
		ts = ts[1:]
	}
	return subordinators.hasLower(d.word(ts[0]))
}

// mainClauseSubject returns the subject of the main clause ts when it
// introduces the quote with a comma or colon ("Lund shot back, "…"").
func (d *quoteDoc) mainClauseSubject(ts []token) (Span, bool) {
	if n := len(ts); n < 2 || d.word(ts[n-1]) != "," && d.word(ts[n-1]) != ":" {
		return Span{}, false
	}
	np := d.subjectNP(ts)
	return np, np.End > np.Start
}

// coordinatedAfter reports whether the words after a quote open a clause
// of their own with a conjunction ("…" and Ode says it is "…").
func (d *quoteDoc) coordinatedAfter(ts []token) bool {
	for k := 0; k < len(ts) && k < 6; k++ {
		w := d.word(ts[k])
		if !ts[k].isWord() && w != "," {
			return false
		}
		if coordinators.hasLower(w) {
			return k+1 < len(ts) && ts[k+1].isWord()
		}
	}
	return false
}

// nearClauseSubject returns the subject of the subordinate clause right
// before the participle of speech ts[v], which it speaks ("The mayor
// spoke as a guard walked in, saying he was "…"").
func (d *quoteDoc) nearClauseSubject(ts []token, v int) Span {
	if v < 3 || !hasSuffixFold(d.word(ts[v]), "ing") || d.word(ts[v-1]) != "," {
		return Span{}
	}
	for u := v - 2; u >= 0 && u >= v-16; u-- {
		w := d.word(ts[u])
		if w == "," || d.clauseEndAt(ts, u) || isQuoteMark(w) || d.speechVerbAt(ts, u) {
			return Span{} // "as the fee was read out; she stood up, saying": no clause right before
		}
		if lowerIs(w, "where") || lowerIs(w, "as") || lowerIs(w, "while") ||
			lowerIs(w, "which") && u > 0 && prepositions.hasLower(d.word(ts[u-1])) {
			return d.clauseSubject(ts[u+1 : v-1])
		}
	}
	return Span{}
}

// clauseSubject returns the subject that opens the clause ts when its
// verb is plain to see ("a guard walks", "about 50 nurses had gathered").
func (d *quoteDoc) clauseSubject(ts []token) Span {
	for k := 1; k < len(ts) && k <= 6; k++ {
		w, prev := d.word(ts[k]), d.word(ts[k-1])
		if startsUpper(w) || determiners.hasLower(prev) || prepositions.hasLower(prev) || isNumber(prev) {
			continue
		}
		if auxiliaryWords.has(w) || finiteVerbWords.has(w) ||
			hasSuffixFold(w, "ed") || hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss") {
			return Span{ts[0].Start, ts[k-1].End}
		}
	}
	return Span{}
}

// objectInfinitive reports whether a verb's object and "to" stand before
// the speech verb ts[v] ("asks the council to declare", not "stood up at
// the Tarnby Town Hall to call"): a word before the object, a name or a
// noun after its determiner, that is no preposition or determiner.
func (d *quoteDoc) objectInfinitive(ts []token, v int) bool {
	if v < 3 || !lowerIs(d.word(ts[v-1]), "to") || !ts[v-2].isWord() {
		return false
	}
	j := v - 2
	if ts[j].isCap() {
		for j > 0 && ts[j-1].isCap() {
			j-- // Mayor Tom Reyes
		}
	} else if j > 0 && determiners.hasLower(d.word(ts[j-1])) {
		j-- // the council
	}
	return j > 0 && ts[j-1].isWord() && !d.isPreposition(ts[j-1]) && !determiners.hasLower(d.word(ts[j-1]))
}

// hypotheticalSpeech reports whether the speech verb ts[v] after a modal
// or "to" is speech not yet made that an earlier speech verb or "according
// to" reports ("Voss said voters will say "no"": the words are Voss's).
func (d *quoteDoc) hypotheticalSpeech(ts []token, np Span, v int) bool {
	if v == 0 || !modalVerbs.hasLower(d.word(ts[v-1])) && !d.objectInfinitive(ts, v) {
		return false
	}
	for k := 0; k < len(ts) && ts[k].Start < np.Start; k++ {
		if d.speechVerbAt(ts, k) && !hasSuffixFold(d.word(ts[k]), "ing") || d.accordingAt(ts, k) {
			return true // according to Voss, the board would call it "…": her words
		}
	}
	return false
}

// documentParticipleSubject returns the document before the participle
// of speech ts[v] in a phrase a preposition opens ("in a memo urging
// staff to "…""), not a verb's object ("Voss issued a statement saying").
func (d *quoteDoc) documentParticipleSubject(ts []token, v int) Span {
	if v < 3 || !ts[v-1].isWord() || !documentNouns.hasLower(d.word(ts[v-1])) {
		return Span{}
	}
	for k := v - 2; k >= 0 && k >= v-5 && ts[k].isWord(); k-- {
		if d.isPreposition(ts[k]) || subordinators.hasLower(d.word(ts[k])) { // in, after
			return Span{ts[k+1].Start, ts[v-1].End}
		}
	}
	return Span{}
}

// hasAuxiliary reports whether ts holds an auxiliary ("the fair would go
// ahead"): a clause, not a subject after its verb.
func (d *quoteDoc) hasAuxiliary(ts []token) bool {
	for _, t := range ts {
		if t.isWord() && auxiliaryWords.hasLower(d.word(t)) {
			return true
		}
	}
	return false
}
