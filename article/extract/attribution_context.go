package extract

import "strings"

// contextSpeaker finds the speaker of a top-level quote with no speech
// pattern of its own: another quote of its paragraph, the last quote of
// the paragraph before when it opens its paragraph (a run of quotes or a
// quote continued over paragraphs), or the subject of its sentence.
func (d *quoteDoc) contextSpeaker(i int, spk []speakerGuess) speakerGuess {
	q := &d.quotes[i]
	p := d.paras[q.para]
	prev, next := d.topNeighbours(i)
	// titles and scare quotes ("Face the Nation") pass on no speaker
	if prev >= 0 && d.minorQuote(prev, spk[prev]) {
		prev = -1
	}
	if next >= 0 && d.minorQuote(next, noSpeakerGuess) && !d.sharesPattern(i, next) {
		next = -1
	}
	if prev >= 0 && spk[prev].how != Unattributed && d.sentenceOf(d.quotes[prev].Start) == d.sentenceOf(q.Start) {
		if s := d.callerOfPrevious(i, prev); s.how != Unattributed {
			return s
		}
		if s, ok := d.otherSubject(i, spk[prev], false); ok {
			return s.inferred()
		}
		s := spk[prev].inferred()
		s.pattern = spk[prev].pattern // the same speech pattern covers both
		return s
	}
	if next >= 0 && !d.phraseBeforeSentence(i, next) && !d.colonIntroduces(i, next) {
		if s := d.explicitSpeaker(next); s.how != Unattributed {
			return s.inferred()
		}
		if s := d.speakerPastModifier(next); s.how != Unattributed {
			return s.inferred()
		}
	}
	if prev >= 0 && spk[prev].how != Unattributed {
		if s, ok := d.otherSubject(i, spk[prev], true); ok {
			return s.inferred()
		}
		s := spk[prev].inferred()
		s.pattern = spk[prev].pattern // the speech runs on
		return s
	}
	before, _, _ := d.frames(i)
	opensParagraph := before.Start == p.Start && before.End == before.Start || q.open.Start == p.Start
	if opensParagraph && q.para > 0 {
		if j := d.lastTopQuoteOf(q.para-1, i); j >= 0 && spk[j].how != Unattributed {
			return spk[j].inferred()
		}
		if s := d.colonIntroSpeaker(q.para - 1); s.how != Unattributed {
			return s.inferred()
		}
		if j := d.lastTopQuoteOf(q.para-2, i); j >= 0 && spk[j].how != Unattributed && d.beatParagraph(q.para-1) {
			return spk[j].inferred()
		}
	}
	// `Or maybe Ada Pruitt, consultant Tom Akers says. "…"`: a speech verb
	// in the narrative just before the quote, in the same paragraph
	if s, ok := d.previousSentenceSpeaker(i); ok {
		return s.inferred()
	}
	if s, ok := d.subjectBefore(i, before, spk); ok {
		return s
	}
	// `Sen. Ruth Okafor toured the shipyard. "The young families…"`
	if s, ok := d.previousSubject(i); ok {
		return s.inferred()
	}
	return d.lastResortSpeaker(i, spk)
}

// colonIntroduces reports whether the narrative between quote i and the
// next quote is a clause of its own that introduces the next one with a
// colon: in `"…!" she wrote. "…!" Ode set the record straight in a
// letter: "…"` the letter's words are Ode's, the quote before them is not
// (it goes on the speaker before it).
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

// continuesQuote reports whether before, the narrative of quote i's
// sentence before it, with tokens ts, runs on from the quote before it
// in the sentence with no mark between: the words there are the rest
// of a clause ("gets to "keep" a catch (though …"), whose subject
// stands before that quote, not the start of a new one.
func (d *quoteDoc) continuesQuote(i int, before Span, ts []token) bool {
	prev, _ := d.topNeighbours(i)
	return prev >= 0 && len(ts) > 0 && ts[0].isWord() && before.Start == d.quotes[prev].close.End &&
		d.sentenceOf(d.quotes[prev].Start) == d.sentenceOf(d.quotes[i].Start)
}

// phraseBeforeSentence reports whether quote i is a short phrase inside
// its sentence's narrative, a clause a verb there governs through
// "that", or the complement of a verb of naming or describing there
// ("referred to her as "…""), and quote next stands in a later sentence: `She was treated
// for a "rare illness" in May. Her aide said "…"`. The next quote's frame
// speaks for its own sentence, not for quote i.
func (d *quoteDoc) phraseBeforeSentence(i, next int) bool {
	q := &d.quotes[i]
	if d.opensSentence(i) || d.sentenceOf(d.quotes[next].Start) == d.sentenceOf(q.Start) {
		return false
	}
	if countWords(d.text[q.Start:q.End], 5) <= 4 || d.thatClauseBefore(i) {
		return true
	}
	// A neighbor referred to her as "…" in a tribute: the complement of
	// a verb of naming or describing in its own sentence
	from := d.sentenceStart(q.open.Start, d.paras[q.para])
	return d.describedQuote(d.narrativeTokens(from, q.open.Start)) >= 0
}

// thatClauseBefore reports whether the narrative before quote i ends with
// "that", so that the quote is the clause a verb of its sentence governs:
// `In May the survey found that "…"`.
func (d *quoteDoc) thatClauseBefore(i int) bool {
	before, _, _ := d.frames(i)
	_, last := lastField(d.text[before.Start:before.End])
	return foldEqual(last, "that")
}

// colonIntroSpeaker returns the source named by the sentence that ends
// paragraph para with a colon, introducing a block quote: the speaker of
// `He said:`, or X of an opening `As X reported,` clause (`As the Courier
// reported, the board refused to call it a theft:`), unless a speech verb
// right before the colon names the one who speaks (`As the Courier
// reported, the mayor said:`).
func (d *quoteDoc) colonIntroSpeaker(para int) speakerGuess {
	pp := d.paras[para]
	if d.text[pp.End-1] != ':' {
		return noSpeakerGuess
	}
	st := d.sentenceStart(pp.End-1, pp)
	ts := d.tokenize(Span{st, pp.End})
	last := len(ts) - 2 // the word before the colon
	if np, v := d.asPutIt(ts); v > 0 && v+1 < len(ts) && d.word(ts[v+1]) == "," && (last < 0 || !d.speechVerbAt(ts, last)) {
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
// before quote i, or -1.
func (d *quoteDoc) lastTopQuoteOf(para, i int) int {
	for j := i - 1; j >= 0 && d.quotes[j].para >= para; j-- {
		if d.quotes[j].para == para && d.quotes[j].parent < 0 {
			return j
		}
	}
	return -1
}

// nestedSpeaker attributes a quote inside another quote from the words
// before it in the enclosing quote ("Okafor has accused the council of
// 'negligence'"); such a quote is only kept when a named speaker
// introduces it.
func (d *quoteDoc) nestedSpeaker(i int) speakerGuess {
	q := &d.quotes[i]
	parent := &d.quotes[q.parent]
	p := d.paras[q.para]
	start := max(parent.Start, d.sentenceStart(q.open.Start, p))
	region := Span{start, q.open.Start}
	ts := d.tokenize(region)
	if np, how := d.beforeSpeaker(ts); how != Unattributed {
		s := d.resolve(np, region.End)
		if s.how != Unattributed && !s.pronoun && s.ent >= 0 {
			s.how, s.pattern = Explicit, true
			return s
		}
	}
	return noSpeakerGuess
}

// previousSentenceSpeaker looks for a speech pattern in the narrative
// sentence right before quote i in its paragraph ("..., said Bart Naylor,
// an advocate. “…”").
func (d *quoteDoc) previousSentenceSpeaker(i int) (speakerGuess, bool) {
	q := &d.quotes[i]
	p := d.paras[q.para]
	prev, _ := d.topNeighbours(i)
	from := p.Start
	if prev >= 0 {
		from = max(d.quotes[prev].End, d.quotes[prev].close.End)
	}
	end := q.open.Start
	if end <= from {
		return noSpeakerGuess, false
	}
	j := end - 1
	for j > from && (d.text[j] == ' ' || d.text[j] == '\n') {
		j--
	}
	start := max(from, d.sentenceStart(j, p))
	ts := d.tokenize(Span{start, end})
	for v := len(ts) - 1; v >= 0; v-- {
		if !d.speechVerbAt(ts, v) {
			continue
		}
		np := d.leftNP(ts[:v], 0)
		if np.End <= np.Start {
			np = d.rightNP(ts[v+1:])
		}
		if np.End > np.Start {
			if s := d.resolve(np, np.Start); s.how != Unattributed {
				return s, true
			}
		}
		break
	}
	return noSpeakerGuess, false
}

// minorQuote reports whether quote j is a title or a short phrase that no
// pattern attributes: it lends its speaker to no other quote.
func (d *quoteDoc) minorQuote(j int, s speakerGuess) bool {
	text := d.text[d.quotes[j].Start:d.quotes[j].End]
	return d.looksLikeTitle(text) || !s.pattern && countWords(text, 4) <= 3
}

// sharesPattern reports whether the short quote next, in the sentence of
// quote i, has a speech pattern of its own that ends the sentence: saw
// "no sign of strain," only a "passing" chill, said the envoy, Rita
// Moll. The sentence's speaker says both.
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
	return ok && np.End > np.Start && !d.minorQuote(next, speakerGuess{ent: -1, pattern: true})
}

// speakerPastModifier returns the speaker that the sentence names after
// quote next when that quote only modifies a noun (explicitSpeaker gives
// such a quote none): in `Orders stayed "level" while buyers saw the
// "rough" winter end, she said.` the tail names who said "level".
func (d *quoteDoc) speakerPastModifier(next int) speakerGuess {
	if !d.modifierQuote(next) {
		return noSpeakerGuess
	}
	_, after, _ := d.frames(next)
	np, ok := d.afterPattern(d.tokenize(after), true)
	if !ok {
		return noSpeakerGuess
	}
	return d.resolve(np, after.Start)
}

// otherSubject returns the subject of a clause before quote i when it
// is a person (or a pronoun for one) other than prev, the speaker of an
// earlier quote, and a verb that is no form of "be" follows it.
//
// With ownSentence false the clause opens the narrative between the quote
// before and quote i, in the same sentence, maybe after a conjunction,
// and more words follow its verb: in `Voss called the levy a "farce"
// after Grell built his campaign on its "fairness"` the second quote is
// Grell's, but in `saying the plan is "unfair" and he is "a bully"` the
// clause is part of what Voss says. With ownSentence true the narrative
// runs from the start of quote i's sentence and its subject is a name:
// in `"…," Ode said. Meanwhile, Voss backed the deal, though she let it
// be known she had "grave doubts."` the doubts are Voss's.
func (d *quoteDoc) otherSubject(i int, prev speakerGuess, ownSentence bool) (speakerGuess, bool) {
	q := &d.quotes[i]
	before, _, _ := d.frames(i)
	if ownSentence && (before.Start != d.sentenceStart(q.open.Start, d.paras[q.para]) || before.End <= before.Start) {
		return noSpeakerGuess, false
	}
	ts := d.tokenize(before)
	var np Span
	if ownSentence {
		if np = d.subjectNP(ts); np.End <= np.Start || !startsUpper(d.text[np.Start:np.End]) {
			return noSpeakerGuess, false
		}
		v := tokenFrom(ts, np.End)
		if v+1 >= len(ts) || !ts[v].isWord() || beForms.hasLower(d.word(ts[v])) || modalVerbs.hasLower(d.word(ts[v])) ||
			determiners.hasLower(d.word(ts[v])) || possessivePronouns.hasLower(d.word(ts[v])) { // Given his past remarks: no subject
			return noSpeakerGuess, false
		}
	} else if np = d.openingClauseSubject(ts); np.End <= np.Start {
		return noSpeakerGuess, false
	}
	s := d.resolve(np, np.Start)
	if s.how == Unattributed || ownSentence && s.pronoun || s.ent < 0 || d.ents[s.ent].org || s.ent == prev.ent {
		return noSpeakerGuess, false
	}
	return s, true
}

// openingClauseSubject returns the subject of the clause that opens ts,
// after any subordinators and conjunctions, when a verb that is no form
// of "be" and another word follow it, or an empty span.
func (d *quoteDoc) openingClauseSubject(ts []token) Span {
	k := 0
	for k < len(ts) && (!ts[k].isWord() || d.lx.list(subordinators).hasLower(d.word(ts[k])) || coordinators.hasLower(d.word(ts[k]))) {
		k++
	}
	if k+2 >= len(ts) || !ts[k+1].isWord() {
		return Span{}
	}
	if isSubjectPronoun(d.word(ts[k])) {
		if !verbAfterPronoun(d.word(ts[k+1])) {
			return Span{}
		}
		return ts[k].Span
	}
	np := d.clauseSubject(ts[k:])
	if v := tokenFrom(ts, np.End); np.End <= np.Start || v+1 >= len(ts) || beForms.hasLower(d.word(ts[v])) {
		return Span{}
	}
	return np
}

// verbAfterPronoun reports whether w, the word after a subject
// pronoun, reads as its verb: lower case, an auxiliary or a word in -ed
// or -s.
func verbAfterPronoun(w string) bool {
	return !startsUpper(w) && !beForms.hasLower(w) && (auxiliaryWords.hasLower(w) || finiteVerbWords.has(w) || hasSuffixFold(w, "ed") || hasSuffixFold(w, "s"))
}

// callerOfPrevious returns the subject of a verb of calling whose object
// holds quote prev and runs on in a prepositional phrase up to quote i,
// the verb's complement: in `Lind called Ode's talk of a "new dawn" for
// the port "a fairy tale."` the new dawn is Ode's word, the fairy tale
// Lind's.
func (d *quoteDoc) callerOfPrevious(i, prev int) speakerGuess {
	q := &d.quotes[i]
	st := d.sentenceStart(q.open.Start, d.paras[q.para])
	ts := d.narrativeTokens(st, q.open.Start)
	p := tokenFrom(ts, d.quotes[prev].open.Start)
	if p+1 >= len(ts) || len(ts)-p > 8 || !d.isPreposition(ts[p+1]) {
		return noSpeakerGuess
	}
	for _, t := range ts[p+1:] {
		if !t.isWord() || d.lx.isSpeechVerb(d.word(t)) {
			return noSpeakerGuess
		}
	}
	for v := p - 1; v >= 0 && v >= p-8 && ts[v].isWord(); v-- {
		if d.lx.list(callingVerbs).hasLower(d.word(ts[v])) {
			return d.beforeGuess(Span{st, ts[v].End})
		}
	}
	return noSpeakerGuess
}
