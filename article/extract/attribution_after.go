package extract

import "strings"

// subjectBeforeVerb finds `X said` in the tokens after a quote: the
// phrase before the first speech verb of the next 16 tokens, which opens
// them and is short unless anywhere. After a comma the phrase after the
// verb speaks ("…" at the hearing, said Lena Voss).
func (d *quoteDoc) subjectBeforeVerb(ts []token, anywhere bool) (Span, bool) {
	limit := min(len(ts), 16)
	for v := 1; v < limit; v++ {
		w := d.word(ts[v])
		if w == "(" { // (D-Mo.)
			for v < len(ts)-1 && d.word(ts[v]) != ")" {
				v++
			}
			limit = min(len(ts), limit+4)
			continue
		}
		if d.clauseEndAt(ts, v) {
			break // "a disgrace" at the meeting; Tom Reyes said: Reyes's own clause
		}
		if d.speechVerbAt(ts, v) {
			// "…," Brannock said, drawing gasps; `…"the fee." Ruiz replied
			// that it was fair`: a clause of its own
			if strings.HasSuffix(w, "ing") || !anywhere && d.thatComplement(ts, v) {
				break
			}
			np := d.leftNP(ts[:v], 0)
			if anywhere && d.joinedClauseSubject(ts, np) {
				break // "…," and a guest repeated the claim: a clause of its own
			}
			if anywhere && d.word(ts[v-1]) == "," && np.Start != ts[0].Start {
				if r := d.rightNP(ts[v+1:]); r.End > r.Start {
					return d.nameAfterRole(ts[v+1:], r), true
				}
			}
			if np.End > np.Start && (anywhere || np.Start == ts[0].Start && d.shortNP(np)) {
				return np, true
			}
			break
		}
	}
	return Span{}, false
}

// joinedClauseSubject reports whether np, the subject of a speech verb
// after a quote, opens a clause that "and" or "but" joins right after it,
// someone else's doing ("…," and a guest repeated the claim); a pronoun
// ("…" - but he said) goes on about the speaker.
func (d *quoteDoc) joinedClauseSubject(ts []token, np Span) bool {
	c := tokenFrom(ts, np.Start) - 1
	return !isSubjectPronoun(d.text[np.Start:np.End]) && c >= 0 && coordinators.hasLower(d.word(ts[c])) &&
		firstWordTok(ts[:c]) < 0
}

// nameWithAppositive finds `NAME, <appositive>, said` right after a quote,
// however long the appositive ("Ada Voss, deputy director of housing,
// transport, and planning, said"), and returns the name with it.
func (d *quoteDoc) nameWithAppositive(ts []token) (Span, bool) {
	n := 0
	for n < len(ts) && n < 6 && ts[n].isWord() && (ts[n].isCap() || n > 0 && nameConnectors.has(d.word(ts[n]))) {
		n++
	}
	if n == 0 || n == len(ts) || d.word(ts[n]) != "," {
		return Span{}, false
	}
	if v := d.asideVerb(ts, n+2, 60, false); v > 0 {
		return Span{ts[0].Start, ts[v-2].End}, true
	}
	return Span{}, false
}

// asideVerb returns the index of the first finite speech verb in
// ts[from:limit], after a comma unless asClause, or -1 when the clause
// ends, a quotation mark or, in an as-clause, a relative word comes
// first: the verb after an aside ("Voss, head of the port, said", "as
// Voss, head of the port, put it").
func (d *quoteDoc) asideVerb(ts []token, from, limit int, asClause bool) int {
	for v := from; v < len(ts) && v < limit; v++ {
		w := d.word(ts[v])
		switch {
		case d.clauseEndAt(ts, v) || isQuoteMark(w):
			return -1 // "…" Tuesday, before the vote; Reyes, the mayor, said: Reyes's clause
		case asClause && relativeWords.hasLower(w):
			return -1
		case (asClause || d.word(ts[v-1]) == ",") && d.speechVerbAt(ts, v) && !strings.HasSuffix(w, "ing"):
			return v
		}
	}
	return -1
}

// particleVerbAt reports whether ts[v] is a verb of particleVerbs with
// its particle after it ("went on", not "went on to win"; "put it" only
// at the clause's end).
func (d *quoteDoc) particleVerbAt(ts []token, v int) bool {
	p, ok := particleVerbs[d.word(ts[v])]
	if !ok || v+1 >= len(ts) || d.word(ts[v+1]) != p {
		return false
	}
	if p == "it" {
		return v+2 >= len(ts) || !ts[v+2].isWord()
	}
	return v+2 >= len(ts) || !lowerIs(d.word(ts[v+2]), "to")
}

// thatComplement reports whether the speech verb ts[v] takes a clause
// opened by "that" ("Ruiz replied that the fee was fair", not "said that
// day").
func (d *quoteDoc) thatComplement(ts []token, v int) bool {
	return v+2 < len(ts) && lowerIs(d.word(ts[v+1]), "that") && ts[v+2].isWord() &&
		!d.isCalendar(d.word(ts[v+2])) && !timeNouns.hasLower(d.word(ts[v+2]))
}

// closingFrame finds the frame `, NP said.` that closes the sentence of a
// quote past other clauses ("…" since May, and should be freed, the
// rights group says.): NP, all the words after the last comma, has at
// most nine words and no auxiliary, and only a prepositional phrase may
// follow ("wrote in a memo.").
func (d *quoteDoc) closingFrame(ts []token) Span {
	e := len(ts)
	for e > 0 && !ts[e-1].isWord() {
		e--
	}
	v := e - 1
	for p := v; p > max(0, e-6); p-- {
		if d.isPreposition(ts[p]) && d.speechVerbAt(ts, p-1) {
			v = p - 1 // wrote | in a memo
			break
		}
	}
	if v < 2 || !d.speechVerbAt(ts, v) || hasSuffixFold(d.word(ts[v]), "ing") || startsUpper(d.word(ts[v])) {
		return Span{}
	}
	c := v - 1
	for c > 0 && ts[c].isWord() {
		c--
	}
	if d.word(ts[c]) != "," || v-c-1 > 9 {
		return Span{}
	}
	if d.hasAuxiliary(ts[c+1 : v]) {
		return Span{} // a clause: ", which was just what Tom Reyes had predicted she would say."
	}
	return Span{ts[c+1].Start, ts[v-1].End}
}
