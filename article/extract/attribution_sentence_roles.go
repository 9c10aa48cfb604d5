package extract

import "slices"

// sentenceRoles is what readSentence learns about a sentence that a
// pronoun's antecedent is looked for in ("When Holt asked, he said his
// cousin Ravi had called").
type sentenceRoles struct {
	index              int     // the sentence's index, or -1 before the first
	subject            Span    // the main clause's subject; empty when not found
	pronounSubject     bool    // the subject is a pronoun of the gender sought (he)
	pronounSpeaks      bool    // a speech verb follows that pronoun (he said)
	subordinateOpening bool    // a clause opens the sentence (When Holt asked), but not "As X put it"
	toks               []token // the sentence's narrative tokens up to the pronoun
}

var noSentence = sentenceRoles{index: -1}

// readSentence reads the roles of sentence s, which holds position at, up
// to limit, for an antecedent of gender g: "He said …" has "He" as a
// subject that speaks.
func (d *quoteDoc) readSentence(s, at, limit int, g Gender) sentenceRoles {
	start := d.sentenceStart(at, d.paraOf(at))
	end := limit
	if s < len(d.ends) {
		end = min(end, d.ends[s])
	}
	saved := d.narrative
	d.narrative = d.roleToks
	ts := d.narrativeTokens(start, max(start, end))
	d.roleToks, d.narrative = ts, saved
	r := sentenceRoles{index: s, toks: ts, subject: d.subjectNP(ts)}
	if r.subject.End <= r.subject.Start {
		return r
	}
	first, _ := firstField(d.text[r.subject.Start:r.subject.End])
	if pg, ok := subjectPronoun(first); ok {
		r.pronounSubject = g == GenderUnknown || pg == g
		k := tokenFrom(ts, r.subject.End)
		r.pronounSpeaks = k < len(ts) && d.speechVerbAt(ts, k)
	} else if !startsUpper(first) && !determiners.hasLower(first) {
		r.subject = Span{} // "who lost the primary": no subject found
		return r
	}
	if k := firstWordTok(ts); k >= 0 && ts[k].Start < r.subject.Start {
		w := d.word(ts[k])
		r.subordinateOpening = !foldEqual(w, "as") && !foldEqual(w, "according")
	}
	return r
}

// roleRank ranks mention ev of sentence r as an antecedent: the subject
// of a speech verb ("Voss argues"), the head of the subject, speakers of
// quotes, other mentions; last, names in an opening clause ("When Holt
// asked"), after a preposition ("about Mr. Tobin"), and any but the
// subject when it is a pronoun ("He said his cousin Ravi had called").
func (d *quoteDoc) roleRank(r *sentenceRoles, ev mentionEvent) uint8 {
	ts := r.toks
	t := tokenFrom(ts, ev.pos)
	if t >= len(ts) || ts[t].Start != ev.pos {
		return ev.rank
	}
	s := r.subject
	heads := ev.pos >= s.Start && ev.pos < s.End && d.headsSubject(r, ev.pos)
	b := t - 1 // the word before the name and its titles
	for b >= 0 && ts[b].isWord() && ts[b].isCap() && d.lx.isTitleWord(d.word(ts[b])) {
		b--
	}
	speaks := d.speechSubject(ts, b, t)
	if r.pronounSubject && !heads && (r.pronounSpeaks || !speaks) {
		return rankOblique // He said his cousin Ravi …
	}
	if ev.pos < s.Start && (ev.rank == rankPlain || ev.rank == rankSpeaker) && r.subordinateOpening {
		return rankWeak // When Holt asked, …; also when Holt's words are quoted there
	}
	if speaks {
		return rankSpeech
	}
	if heads || d.ownsSubjectThing(r, ev.pos) {
		return rankSubject
	}
	if b >= 0 && ts[b].isWord() {
		switch w := d.word(ts[b]); {
		case w == "by" || w == "with" && d.absoluteWith(ts, t):
			// backed by Sen. Voss, who said; with Dunn — a critic — leading
			return min(ev.rank, rankPlain)
		case b < t-1 && prepositions.has(w):
			return rankOblique // about Mr. Tobin
		}
	}
	return ev.rank
}

// speechSubject reports whether the name at ts[t], after the word ts[b]
// and titles, is the subject of a speech verb before it ("Voss argues")
// or after a quote or a comma ("…, said Ada Voss").
func (d *quoteDoc) speechSubject(ts []token, b, t int) bool {
	u := d.nameEndTok(ts, t)
	// "…, said Ada Voss." or "…, said Ada Voss, a planner"; but in "Lee,
	// 49, said Ada Voss should resign" Voss is in the object
	if b >= 0 && invertedSpeechVerbs.has(d.word(ts[b])) && (b == 0 || !ts[b-1].isWord()) && (u >= len(ts) || !ts[u].isWord()) {
		return true
	}
	return u < len(ts) && d.speechVerbAt(ts, u)
}

// headsSubject reports whether the mention at pos, where a token of r
// starts, heads the subject of r, after only capitalized words and titles
// ("former governor Ed Voss"), not before a lower-case word ("The Marsh
// plan" is about a plan).
func (d *quoteDoc) headsSubject(r *sentenceRoles, pos int) bool {
	ts, s := r.toks, r.subject
	t := tokenFrom(ts, s.Start)
	for ; t < len(ts) && ts[t].Start < pos; t++ {
		w := d.word(ts[t])
		if ts[t].isWord() && (!startsUpper(w) && !d.lx.isTitleWord(w) || determiners.hasLower(w) || isPossessive(w)) || !ts[t].isWord() && w != "." {
			return false
		}
	}
	u := d.nameEndTok(ts, t)
	return u >= len(ts) || ts[u].Start >= s.End || !ts[u].isWord() || ts[u].isCap()
}

// nameEndTok returns the index of the first token after the run of
// capitalized words that starts at ts[t] ("Ada B. Voss").
func (d *quoteDoc) nameEndTok(ts []token, t int) int {
	for t < len(ts) && (ts[t].isWord() && ts[t].isCap() || d.word(ts[t]) == ".") {
		t++
	}
	return t
}

// absoluteWith reports whether the name at ts[t], after "with", is the
// subject of a participle, maybe past an appositive: "with Ada Voss — a
// critic — leading the charge".
func (d *quoteDoc) absoluteWith(ts []token, t int) bool {
	u := d.nameEndTok(ts, t)
	if u < len(ts) {
		if w := d.word(ts[u]); w == "—" || w == "–" || w == "," {
			v := u + 1
			for v < len(ts) && v < u+20 && d.word(ts[v]) != w {
				v++
			}
			u = v + 1
		}
	}
	return u < len(ts) && ts[u].isWord() && hasSuffixFold(d.word(ts[u]), "ing")
}

// firstWordTok returns the index of the first word of ts, or -1.
func firstWordTok(ts []token) int { return slices.IndexFunc(ts, token.isWord) }

// ownsSubjectThing reports whether the mention at pos names whose thing
// the subject of r is ("Holt's memo faulted Ruiz", "A video of Holt
// shows"): the sentence is about Holt, whom a pronoun after it means.
func (d *quoteDoc) ownsSubjectThing(r *sentenceRoles, pos int) bool {
	ts, s := r.toks, r.subject
	t := tokenFrom(ts, pos)
	if pos < s.Start || pos >= s.End || t >= len(ts) || ts[t].Start != pos {
		return false
	}
	thing := func(k int) bool { return k >= 0 && k < len(ts) && thingNouns.hasLower(d.word(ts[k])) }
	if u := d.nameEndTok(ts, t); u > t && isPossessiveFold(d.word(ts[u-1])) {
		return thing(u)
	}
	return t >= 2 && lowerIs(d.word(ts[t-1]), "of") && ts[t-2].Start >= s.Start && thing(t-2)
}
