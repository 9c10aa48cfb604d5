package extract

import "strings"

// unsettledGuess is the guess for speech whose speaker the text does not
// settle.
var unsettledGuess = speakerGuess{ent: -1, unsettled: true}

// lastResortSpeaker attributes quote i when nothing around it does: the
// source whose quote came last, else the nearest person before it, unless
// the quote is a short phrase no one in its sentence says.
func (d *quoteDoc) lastResortSpeaker(i int, spk []speakerGuess) speakerGuess {
	if s := d.lastSourceSpeaker(i, spk); s.how != Unattributed {
		return s
	}
	if e := d.antecedent(d.quotes[i].open.Start, GenderUnknown); e >= 0 {
		if d.unsettledScareQuote(i, spk) && !d.wholeSentenceQuote(i) {
			return unsettledGuess
		}
		return speakerGuess{ent: e, how: Inferred}
	}
	return noSpeakerGuess
}

// wholeSentenceQuote reports whether quote i is a sentence of its own, no
// phrase: it opens and ends its sentence, as after `Ada Voss smiled.` in
// `"Ask me next year."`.
func (d *quoteDoc) wholeSentenceQuote(i int) bool {
	_, _, ends := d.frames(i)
	return ends && d.opensSentence(i) && startsUpper(d.text[d.quotes[i].Start:d.quotes[i].End])
}

// unsettledScareQuote reports whether quote i is a short phrase no one in
// its sentence says (the council banned "nonessential" use): no pattern,
// no speech or naming verb, no subject pronoun before it, and no
// attributed quote before it in its paragraph.
func (d *quoteDoc) unsettledScareQuote(i int, spk []speakerGuess) bool {
	q := &d.quotes[i]
	if countWords(d.text[q.Start:q.End], 5) > 4 || d.lastTopQuoteOf(q.para, i, spk) >= 0 {
		return false
	}
	before, _, _ := d.frames(i)
	ts := d.tokenize(before)
	for v := range ts {
		w := d.word(ts[v])
		if isSubjectPronoun(w) || d.speechVerbAt(ts, v) || namingVerbs.hasLower(w) {
			return false
		}
	}
	return true
}

// noSpeakerCue reports whether quote i holds words that no one speaks:
// the narrative before it names them (chants of "…", a banner reading
// "…", the slogan "…"), a chant noun follows it ("Ada!" chants), or "and"
// or "or" joins it to such a quote.
func (d *quoteDoc) noSpeakerCue(i int) bool {
	if d.chantNounAfter(i) || d.passiveNaming(i) {
		return true
	}
	before, _, _ := d.frames(i)
	t := strings.TrimRight(d.text[before.Start:before.End], " :,")
	if prev, _ := d.topNeighbours(i); prev >= 0 && before.Start == d.quotes[prev].close.End {
		c := strings.TrimSpace(t)
		if (c == "" || lowerIs(c, "and") || lowerIs(c, "or")) && d.noSpeakerCue(prev) {
			return true
		}
	}
	if d.ownerlessSaying(t) {
		return true
	}
	lower := strings.ToLower(t[max(0, len(t)-40):])
	for k := range len(lower) { // the cue that ends lower, as whole words
		cue := lower[k:]
		if k > 0 && isASCIIWordByte(lower[k-1]) || !noSpeakerCues.contains(cue) {
			continue
		}
		if cue == "reading" || strings.HasPrefix(cue, "that") || strings.HasPrefix(cue, "which") {
			_, last := lastField(strings.TrimSpace(lower[:k])) // a sign that reads
			return signNouns.hasLower(last)
		}
		return true
	}
	return false
}

// passiveNaming reports whether a passive verb of saying or naming ends
// the narrative before quote i and no "by" after it names the agent:
// what is being derided as a "fire sale".
func (d *quoteDoc) passiveNaming(i int) bool {
	if before, _, _ := d.frames(i); !d.passiveNamingBefore(before) {
		return false
	}
	np := d.agentAfter(&d.quotes[i])
	return np.End <= np.Start
}

// passiveNamingBefore reports whether the narrative before a quote ends
// with a finite passive verb of saying or naming ("was dubbed", "is being
// derided as a").
func (d *quoteDoc) passiveNamingBefore(before Span) bool {
	ts := d.tokenize(before)
	v := len(ts) - 1
	for v > 0 && len(ts)-v <= 2 && (determiners.hasLower(d.word(ts[v])) || lowerIs(d.word(ts[v]), "as") ||
		lowerIs(d.word(ts[v]), "to") || beForms.hasLower(d.word(ts[v]))) {
		v--
	}
	if v < 1 || !ts[v].isWord() || !d.passiveAt(ts, v) {
		return false
	}
	if lowerIs(d.word(ts[v-1]), "being") && (v < 2 || !beForms.hasLower(d.word(ts[v-2]))) {
		return false // she spoke about being described as "…": a gerund, her own story
	}
	w := d.word(ts[v])
	return d.lx.isSpeechVerb(w) || callingVerbs.hasLower(w) || namingVerbs.hasLower(w)
}

// ownerlessSaying reports whether the narrative t before a quote ends
// with a noun for a saying and no owner before it: "the old adage", not
// "her favourite maxim".
func (d *quoteDoc) ownerlessSaying(t string) bool {
	rest, last := lastField(t)
	if !sayingNouns.hasLower(last) {
		return false
	}
	for range 3 {
		var w string
		rest, w = lastField(rest)
		if isPossessiveFold(w) || possessivePronouns.hasLower(w) {
			return false
		}
	}
	return true
}

// chantNounAfter reports whether the word right after quote i is a noun
// for words a crowd shouts: drawing boos and "Ada!" chants.
func (d *quoteDoc) chantNounAfter(i int) bool {
	q := &d.quotes[i]
	if q.unclosed() {
		return false
	}
	ts := d.tokenize(Span{q.close.End, min(d.paras[q.para].End, q.close.End+24)})
	return len(ts) > 0 && ts[0].isWord() && chantNouns.has(d.word(ts[0]))
}

// lastSourceSpeaker returns the speaker of the last attributed quote
// before quote i, in its paragraph or the one before, when it is no
// person and no one is named between: in `"…," the lawsuit says. It goes
// further: "…"` the second quote is the lawsuit's too.
func (d *quoteDoc) lastSourceSpeaker(i int, spk []speakerGuess) speakerGuess {
	q := &d.quotes[i]
	j := d.lastTopQuoteOf(q.para, i, spk)
	if j < 0 {
		j = d.lastTopQuoteOf(q.para-1, i, spk)
	}
	if j < 0 || spk[j].ent >= 0 && !d.ents[spk[j].ent].org ||
		d.mentioned(max(d.quotes[j].End, d.quotes[j].close.End), q.open.Start) {
		return noSpeakerGuess
	}
	s := spk[j].inferred()
	s.unsettled = false
	return s
}

// pronounFrameExcludes reports whether the frame after quote i is a
// pronoun and a verb of saying whose gender entity e cannot have: `"…,"
// he wrote.` is no woman's words.
func (d *quoteDoc) pronounFrameExcludes(i, e int) bool {
	_, after, ends := d.frames(i)
	if ends {
		return false // "…." He announced: the next sentence
	}
	ts := d.tokenize(after)
	k := firstWordTok(ts)
	if k < 0 || k+1 >= len(ts) || !d.speechVerbAt(ts, k+1) {
		return false
	}
	g, ok := subjectPronoun(d.word(ts[k]))
	return ok && g != GenderUnknown && !d.compatible(e, g)
}
