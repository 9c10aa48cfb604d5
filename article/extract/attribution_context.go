package extract

import "strings"

// contextSpeaker finds the speaker of a top-level quote with no speech
// pattern of its own: another quote of its sentence or paragraph, the last
// quote of the paragraph before when it opens its paragraph, or a subject
// of the narrative before it.
func (d *quoteDoc) contextSpeaker(i int, spk []speakerGuess) speakerGuess {
	q := &d.quotes[i]
	prev, next := d.topNeighbours(i)
	if prev >= 0 && (d.minorQuote(prev, spk[prev]) || spk[prev].how == Unattributed) {
		prev = -1
	}
	if next >= 0 && d.minorQuote(next, noSpeakerGuess) && !d.sharesPattern(i, next) {
		next = -1
	}
	if prev >= 0 && d.sentenceOf(d.quotes[prev].Start) == d.sentenceOf(q.Start) {
		if s := d.callerOfPrevious(i, prev); s.how != Unattributed {
			return s
		}
		return d.otherSubject(i, spk[prev], false)
	}
	if next >= 0 && !d.phraseBeforeSentence(i, next) && !d.colonIntroduces(i, next) {
		if s := d.nextQuoteSpeaker(next); s.how != Unattributed {
			return s.inferred()
		}
	}
	if prev >= 0 {
		return d.otherSubject(i, spk[prev], true)
	}
	if q.open.Start == d.paras[q.para].Start && q.para > 0 {
		if j := d.lastTopQuoteOf(q.para-1, i, nil); j >= 0 && spk[j].how != Unattributed {
			return spk[j].inferred()
		}
		if s := d.colonIntroSpeaker(q.para - 1); s.how != Unattributed {
			return s.inferred()
		}
		j := d.lastTopQuoteOf(q.para-2, i, nil)
		if j >= 0 && spk[j].how != Unattributed && d.beatParagraph(q.para-1) {
			return spk[j].inferred()
		}
	}
	if s := d.previousSentenceSpeaker(i); s.how != Unattributed {
		return s.inferred()
	}
	if s, ok := d.subjectBefore(i, spk); ok {
		return s
	}
	if s := d.previousSubject(i); s.how != Unattributed {
		return s.inferred()
	}
	return d.lastResortSpeaker(i, spk)
}

// colonIntroduces reports whether the narrative between quotes i and next
// is a clause that introduces next with a colon: in `"…!" she wrote. "…!"
// Ode replied in a letter: "…"` only the letter's words are Ode's.
func (d *quoteDoc) colonIntroduces(i, next int) bool {
	between := strings.TrimSpace(d.text[d.quotes[i].close.End:d.quotes[next].open.Start])
	return strings.HasSuffix(between, ":") && countWords(between, 3) >= 3
}

// inferred returns s as a speaker the context infers, without the marks
// of the phrase that named it.
func (s speakerGuess) inferred() speakerGuess {
	s.how, s.pronoun, s.pattern = Inferred, false, false
	return s
}

// phraseBeforeSentence reports whether quote i is a short phrase, a clause
// after "that" or the complement of a verb of naming inside its sentence,
// and quote next stands in a later sentence that speaks for itself: `She
// was treated for a "rare illness" in May. Her aide said "…"`.
func (d *quoteDoc) phraseBeforeSentence(i, next int) bool {
	q := &d.quotes[i]
	if d.opensSentence(i) || d.sentenceOf(d.quotes[next].Start) == d.sentenceOf(q.Start) {
		return false
	}
	before, _, _ := d.frames(i)
	_, last := lastField(d.text[before.Start:before.End])
	if countWords(d.text[q.Start:q.End], 5) <= 4 || foldEqual(last, "that") {
		return true
	}
	from := d.sentenceStart(q.open.Start, d.paras[q.para])
	return d.describedQuote(d.narrativeTokens(from, q.open.Start)) >= 0
}

// colonIntroSpeaker returns the source named by the sentence that ends
// paragraph para with a colon before a block quote: the speaker of `He
// said:`, or X of `As the Courier reported, the board refused:` unless a
// speech verb before the colon names another (`…, the mayor said:`).
func (d *quoteDoc) colonIntroSpeaker(para int) speakerGuess {
	pp := d.paras[para]
	if d.text[pp.End-1] != ':' {
		return noSpeakerGuess
	}
	ts := d.tokenize(Span{d.sentenceStart(pp.End-1, pp), pp.End})
	np, v := d.asPutIt(ts)
	if v > 0 && v+1 < len(ts) && d.word(ts[v+1]) == "," && !d.speechVerbAt(ts, len(ts)-2) {
		if s := d.resolve(np, np.End); s.how != Unattributed {
			return s
		}
	}
	if np, how := d.beforeSpeaker(ts); how != Unattributed {
		return d.resolve(np, pp.End)
	}
	return noSpeakerGuess
}

// lastTopQuoteOf returns the last top-level quote of paragraph para
// before quote i, or -1; given spk, the last one it attributes.
func (d *quoteDoc) lastTopQuoteOf(para, i int, spk []speakerGuess) int {
	for j := i - 1; j >= 0 && d.quotes[j].para >= para; j-- {
		if d.quotes[j].para == para && d.quotes[j].parent < 0 && (spk == nil || spk[j].how != Unattributed) {
			return j
		}
	}
	return -1
}

// nestedSpeaker attributes a quote inside another quote to a named
// speaker the words before it in that quote give: "Okafor has accused
// the council of 'negligence'".
func (d *quoteDoc) nestedSpeaker(i int) speakerGuess {
	q := &d.quotes[i]
	start := max(d.quotes[q.parent].Start, d.sentenceStart(q.open.Start, d.paras[q.para]))
	if np, how := d.beforeSpeaker(d.tokenize(Span{start, q.open.Start})); how != Unattributed {
		s := d.resolve(np, q.open.Start)
		if !s.pronoun && s.ent >= 0 {
			s.how, s.pattern = Explicit, true
			return s
		}
	}
	return noSpeakerGuess
}

// previousSentenceSpeaker returns the speaker that the last speech verb
// of the narrative sentence right before quote i in its paragraph names:
// `Or maybe Ada Pruitt, consultant Tom Akers says. "…"`.
func (d *quoteDoc) previousSentenceSpeaker(i int) speakerGuess {
	q := &d.quotes[i]
	from := d.paras[q.para].Start
	if prev, _ := d.topNeighbours(i); prev >= 0 {
		from = max(d.quotes[prev].End, d.quotes[prev].close.End)
	}
	if q.open.Start <= from {
		return noSpeakerGuess
	}
	start, _ := d.sentenceBefore(q.open.Start, from, d.paras[q.para])
	ts := d.tokenize(Span{max(from, start), q.open.Start})
	v := len(ts) - 1
	for v >= 0 && !d.speechVerbAt(ts, v) {
		v--
	}
	if v < 0 {
		return noSpeakerGuess
	}
	np := d.leftNP(ts[:v], 0)
	if np.End <= np.Start {
		np = d.rightNP(ts[v+1:])
	}
	return d.resolve(np, np.Start)
}

// sentenceBefore returns the bounds of the sentence of paragraph p that
// ends before pos ("Voss left. |"), skipping back no further than floor.
func (d *quoteDoc) sentenceBefore(pos, floor int, p Span) (start, end int) {
	j := pos - 1
	for j > floor && (d.text[j] == ' ' || d.text[j] == '\n') {
		j--
	}
	return d.sentenceStart(j, p), j + 1
}

// minorQuote reports whether quote j, attributed as s, is a title or a
// short phrase no pattern attributes ("Face the Nation", "farce"): it
// lends its speaker to no other quote.
func (d *quoteDoc) minorQuote(j int, s speakerGuess) bool {
	text := d.text[d.quotes[j].Start:d.quotes[j].End]
	return d.looksLikeTitle(text) || !s.pattern && countWords(text, 4) <= 3
}

// sharesPattern reports whether the short quote next, in quote i's
// sentence, has a pattern that ends the sentence and speaks for both: saw
// "no sign of strain," only a "passing" chill, said the envoy.
func (d *quoteDoc) sharesPattern(i, next int) bool {
	sent := d.sentenceOf(d.quotes[i].Start)
	if d.sentenceOf(d.quotes[next].Start) != sent {
		return false
	}
	if _, after := d.topNeighbours(next); after >= 0 && d.sentenceOf(d.quotes[after].Start) == sent {
		return false // the pattern may belong to a clause of its own: while Ode said it "…"
	}
	_, after, _ := d.frames(next)
	np, ok := d.afterPattern(d.tokenize(after), true)
	return ok && np.End > np.Start && !d.looksLikeTitle(d.text[d.quotes[next].Start:d.quotes[next].End])
}

// nextQuoteSpeaker returns the speaker a pattern names for quote next,
// also past a quote that only modifies a noun: in `Orders stayed "level"
// as buyers saw a "rough" winter, she said.` she said both.
func (d *quoteDoc) nextQuoteSpeaker(next int) speakerGuess {
	if s := d.explicitSpeaker(next); s.how != Unattributed || !d.modifierQuote(next) {
		return s
	}
	_, after, _ := d.frames(next)
	if np, ok := d.afterPattern(d.tokenize(after), true); ok {
		return d.resolve(np, after.Start)
	}
	return noSpeakerGuess
}

// otherSubject returns the speaker of quote i after prev, the speaker of
// an earlier quote: the subject of a clause before quote i when it is
// another person and an active verb follows it, else prev. The clause
// opens the narrative after the quote before in the same sentence (`Voss
// called it a "farce" after Grell praised its "fairness"`), or with
// ownSentence, is all the narrative before quote i (`"…," Ode said.
// Meanwhile, Voss let it be known she had "grave doubts."`).
func (d *quoteDoc) otherSubject(i int, prev speakerGuess, ownSentence bool) speakerGuess {
	carried := prev.inferred()
	carried.pattern = prev.pattern
	before, _, _ := d.frames(i)
	beat := false // a sentence between the quotes, whose pronoun may name another: `"…" She sighed. "…"`
	if p, _ := d.topNeighbours(i); ownSentence && p >= 0 && d.opensSentence(i) {
		start, _ := d.sentenceBefore(before.End, d.quotes[p].close.End, d.paras[d.quotes[i].para])
		before.Start, beat = max(start, d.quotes[p].close.End), true
	}
	ts := d.tokenize(before)
	var np Span
	if ownSentence {
		np = d.subjectNP(ts)
		v := tokenFrom(ts, np.End)
		if v+1 >= len(ts) || !ts[v].isWord() || beForms.hasLower(d.word(ts[v])) || modalVerbs.hasLower(d.word(ts[v])) ||
			determiners.hasLower(d.word(ts[v])) || possessivePronouns.hasLower(d.word(ts[v])) { // Given his past remarks: no subject
			return carried
		}
	} else {
		np = d.openingClauseSubject(ts)
	}
	s := d.resolve(np, np.Start)
	if ownSentence && s.pronoun && !d.otherGender(s.ent, prev.ent) || beat && !s.pronoun || s.ent < 0 ||
		d.ents[s.ent].org || s.ent == prev.ent {
		return carried
	}
	return s.inferred()
}

// otherGender reports whether entities e and f both have a known gender
// and differ in it: after `"Give it a year," Tom Reyes said.`, `She
// shook her head.` names a woman, not him.
func (d *quoteDoc) otherGender(e, f int) bool {
	if e < 0 || f < 0 {
		return false
	}
	ge, gf := d.ents[e].gender, d.ents[f].gender
	return ge != GenderUnknown && gf != GenderUnknown && ge != gf
}

// openingClauseSubject returns the subject of the clause that opens ts
// past subordinators and conjunctions: a pronoun that a verb, no form of
// "be", and another word follow ("though he wants the job"), or what
// clauseSubject finds; else an empty span.
func (d *quoteDoc) openingClauseSubject(ts []token) Span {
	k := 0
	for k < len(ts) && (!ts[k].isWord() || subordinators.hasLower(d.word(ts[k])) || coordinators.hasLower(d.word(ts[k]))) {
		k++
	}
	if k+2 >= len(ts) || !ts[k+1].isWord() {
		return Span{}
	}
	if isSubjectPronoun(d.word(ts[k])) {
		if w := d.word(ts[k+1]); !finiteLike(w) || beForms.hasLower(w) {
			return Span{}
		}
		return ts[k].Span
	}
	return d.clauseSubject(ts[k:])
}

// finiteLike reports whether w reads as a finite verb after a subject:
// lower case, and an auxiliary, a common finite verb or a word in -ed or
// -s ("will", "wants", "played").
func finiteLike(w string) bool {
	return !startsUpper(w) &&
		(auxiliaryWords.hasLower(w) || finiteVerbWords.has(w) || hasSuffixFold(w, "ed") || hasSuffixFold(w, "s"))
}

// callerOfPrevious returns the subject of a verb of calling whose object
// holds quote prev and whose complement is quote i: in `Lind called Ode's
// "new dawn" for the port "a fairy tale."` the fairy tale is Lind's.
func (d *quoteDoc) callerOfPrevious(i, prev int) speakerGuess {
	q := &d.quotes[i]
	st := d.sentenceStart(q.open.Start, d.paras[q.para])
	ts := d.narrativeTokens(st, q.open.Start)
	p := tokenFrom(ts, d.quotes[prev].open.Start)
	if p+1 >= len(ts) || len(ts)-p > 8 || !d.isPreposition(ts[p+1]) {
		return noSpeakerGuess
	}
	for v := p - 1; v >= 0 && v >= p-8 && ts[v].isWord(); v-- {
		if callingVerbs.hasLower(d.word(ts[v])) {
			return d.beforeGuess(Span{st, ts[v].End})
		}
	}
	return noSpeakerGuess
}
