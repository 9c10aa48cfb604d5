package extract

import "slices"

// signatureSpeaker finds the person who signs top-level quote i: a dash
// and a name ending its paragraph (`"…" ― Ada Voss, Tempe`), or, after a
// quote that fills its paragraph, a paragraph that is only a name and an
// affiliation (`Ada Voss, Harbour Institute.`); not a credit ("Wire/Photo").
func (d *quoteDoc) signatureSpeaker(i int) speakerGuess {
	q := &d.quotes[i]
	if _, next := d.topNeighbours(i); next >= 0 {
		return noSpeakerGuess // a quote follows; this also bounds the work per quote
	}
	p := d.paras[q.para]
	var sig []token
	if !q.unclosed() {
		sig = d.tokenize(Span{q.close.End, p.End})
	}
	switch {
	case len(sig) > 1 && (isDash(d.word(sig[0])) || d.word(sig[0]) == "―"):
		sig = sig[1:]
	case len(sig) == 0 && d.opensSentence(i) && q.open.Start == p.Start && q.para+1 < len(d.paras):
		next := d.paras[q.para+1]
		sig = d.tokenize(next)
		k := d.quoteFrom(next.Start)
		if k < len(d.quotes) && d.quotes[k].open.End < next.End {
			return noSpeakerGuess // a paragraph with a quote of its own
		}
	default:
		return noSpeakerGuess
	}
	name, ok := d.signatureName(sig)
	if !ok {
		return noSpeakerGuess
	}
	s := d.resolve(name, name.Start)
	if s.ent < 0 && s.phrase != "" && d.isFirstName(d.word(sig[0])) {
		// a reader named once, only here: a given name makes it a person
		s = speakerGuess{ent: d.entityFor(d.text[name.Start:name.End]), how: Explicit}
	}
	if s.ent < 0 || s.pronoun || d.ents[s.ent].org {
		return noSpeakerGuess
	}
	return d.explicit(name, s)
}

// signatureName returns the name that opens a signature: capitalized
// words, then nothing or a comma and a short affiliation with no verb
// ("Ada Voss, 41, Tempe"); ok is false for anything else.
func (d *quoteDoc) signatureName(ts []token) (Span, bool) {
	// trailing marks: the period and a stray closing quotation mark
	for len(ts) > 0 && !ts[len(ts)-1].isWord() &&
		slices.Contains([]string{".", "”", "\"", "’", "'"}, d.word(ts[len(ts)-1])) {
		ts = ts[:len(ts)-1]
	}
	n := 0
	for n < len(ts) && ts[n].isWord() && (ts[n].isCap() || nameConnectors.has(d.word(ts[n]))) {
		if w := d.word(ts[n]); isShouted(w) && !isInitialWord(w) {
			return Span{}, false // a headline: FERRY FIGHT
		}
		n++
	}
	if n < 2 || n > 5 || n < len(ts) && d.word(ts[n]) != "," {
		return Span{}, false
	}
	name := Span{ts[0].Start, ts[n-1].End}
	words := 0
	for _, t := range ts[n:] {
		w := d.word(t)
		if !t.isWord() {
			if w == "." || w == "!" || w == "?" || w == ":" || w == ";" || w == "“" || w == "\"" {
				return Span{}, false // a sentence or a quote of its own
			}
			continue
		}
		words++
		if startsUpper(w) {
			continue // a name in the affiliation: "Will Harbor", "Who Rides Tarnby blog"
		}
		if d.lx.isSpeechVerb(w) || auxiliaryWords.has(w) || relativeWords.hasLower(w) {
			return Span{}, false
		}
	}
	if words > 14 {
		return Span{}, false
	}
	return name, true
}
