package extract

import "strings"

// subjectBefore returns the speaker that the subject of quote i's
// sentence names: a person or a pronoun (`He called it "…"`), a document
// or a source whose own words the predicate quotes; or no one, unsettled,
// after a passive verb (`Ruiz was treated for a "rare illness"`).
func (d *quoteDoc) subjectBefore(i int, spk []speakerGuess) (speakerGuess, bool) {
	before, _, _ := d.frames(i)
	ts := d.pastExpletive(d.tokenize(before))
	// words that run on from the quote before end that quote's clause
	// ("gets to "keep" a catch"), unless a clause opens in them: "(though
	// the board used to allow a "…""
	prev, _ := d.topNeighbours(i)
	if prev >= 0 && len(ts) > 0 && ts[0].isWord() && before.Start == d.quotes[prev].close.End &&
		d.sentenceOf(d.quotes[prev].Start) == d.sentenceOf(d.quotes[i].Start) {
		k := len(ts) - 1
		for k >= 0 && d.word(ts[k]) != "(" && !subordinators.hasLower(d.word(ts[k])) {
			k--
		}
		if k < 0 {
			return noSpeakerGuess, false
		}
		ts = ts[k+1:]
	}
	np := d.subjectNP(ts)
	s := d.resolve(np, before.End)
	if s.ent < 0 && d.documentPhrase(s.phrase) {
		s = d.documentAuthor(ts, np, s) // an email sent by Ruiz warned
	}
	if s.ent >= 0 && !s.pronoun && d.passiveSubject(ts, np) && d.unsettledScareQuote(i, spk) {
		return unsettledGuess, true
	}
	if s.ent >= 0 && !d.ents[s.ent].org || s.pronoun || s.ent < 0 && d.documentPhrase(s.phrase) ||
		d.sourceSubject(ts, np, s) {
		return s.inferred(), true
	}
	return noSpeakerGuess, false
}

// previousSubject returns the person the sentence right before quote i
// in its paragraph has as its subject, when the quote opens its own
// sentence: `Sen. Ruth Okafor toured the shipyard. "The families…"`.
func (d *quoteDoc) previousSubject(i int) speakerGuess {
	q := &d.quotes[i]
	p := d.paras[q.para]
	if q.open.Start == p.Start {
		return noSpeakerGuess
	}
	start, end := d.sentenceBefore(q.open.Start, p.Start, p)
	if own := d.sentenceStart(q.open.Start, p); own != q.open.Start && own > start {
		return noSpeakerGuess
	}
	np := d.subjectNP(d.narrativeTokens(start, end))
	if s := d.resolve(np, np.Start); s.ent >= 0 && !d.ents[s.ent].org {
		return s
	}
	return noSpeakerGuess
}

// documentPhrase reports whether phrase names a document whose words any
// verb may quote (`The audit of the port authority found "no
// oversight"`): its head, before a preposition or a participle, is a
// document noun.
func (d *quoteDoc) documentPhrase(phrase string) bool {
	head := ""
	for f, rest := firstField(phrase); f != ""; f, rest = firstField(rest) {
		if prepositions.hasLower(f) ||
			head != "" && documentNouns.hasLower(head) && (isPastParticiple(f) || f == "just") {
			break // the audit | of the port; the ruling | released Friday
		}
		head = f
	}
	return documentNouns.hasLower(head)
}

// documentAuthor returns the person named as the agent right after the
// document phrase np ("an email sent out | by Vera Holm warned"), else
// doc: the author speaks through the document.
func (d *quoteDoc) documentAuthor(ts []token, np Span, doc speakerGuess) speakerGuess {
	k := tokenFrom(ts, np.End)
	if k+1 >= len(ts) || !lowerIs(d.word(ts[k]), "by") || !ts[k+1].isCap() {
		return doc
	}
	if s := d.resolve(d.rightNP(ts[k+1:]), np.End); s.ent >= 0 && !d.ents[s.ent].org {
		return s
	}
	return doc
}

// sourceSubject reports whether s, resolved from np, the subject of the
// narrative ts before a quote, is a source phrase (no entity) whose own
// words its predicate quotes: `The Ruiz campaign promises "lower rents"`,
// not `The delay was "deeply unfair"`. Its phrase must open np and the
// sentence, and its verb must be no modal and no form of "be".
func (d *quoteDoc) sourceSubject(ts []token, np Span, s speakerGuess) bool {
	name := s.phrase
	if s.guessed || name == "" ||
		!strings.HasPrefix(strings.ToLower(d.text[np.Start:np.End]), strings.ToLower(name)) {
		return false
	}
	if f, _ := firstField(name); isPossessive(f) && determiners.hasLower(f[:strings.LastIndexAny(f, "'’")]) {
		return false // That's why: no subject at all
	}
	if k := tokenFrom(ts, np.Start); k > firstWordTok(ts) && !d.isComma(ts[k-1]) {
		return false // Reporting from Tulsa found: the subject opens the sentence or follows its opening phrase
	}
	k := tokenFrom(ts, np.End)
	if k >= len(ts) || !ts[k].isWord() {
		return false
	}
	w := d.word(ts[k])
	if beForms.hasLower(w) {
		return k+1 < len(ts) && hasSuffixFold(d.word(ts[k+1]), "ing")
	}
	return !modalVerbs.hasLower(w)
}

// passiveSubject reports whether the verb after the subject np of ts is a
// passive, perhaps past an aside: "Ruiz, who runs it, was being treated".
func (d *quoteDoc) passiveSubject(ts []token, np Span) bool {
	k := tokenFrom(ts, np.End)
	if k < len(ts) && d.isComma(ts[k]) {
		for k++; k < len(ts) && !d.isComma(ts[k]); k++ {
		}
		k++
	}
	for v := k; v < len(ts) && ts[v].isWord(); v++ {
		if d.passiveAt(ts, v) {
			return v > k
		}
		if !auxiliaryWords.hasLower(d.word(ts[v])) && !isLyAdverb(d.word(ts[v])) {
			return false
		}
	}
	return false
}

// pastExpletive returns the tokens of ts after the "that" of an opening
// expletive "it" ("It is clear that Voss…"), whose clause holds the
// sentence's real subject, else ts.
func (d *quoteDoc) pastExpletive(ts []token) []token {
	k := firstWordTok(ts)
	if k < 0 || !lowerIs(d.word(ts[k]), "it") {
		return ts
	}
	for v := k + 1; v < len(ts) && v <= k+5; v++ {
		w := d.word(ts[v])
		if lowerIs(w, "that") {
			return ts[v+1:]
		}
		if !ts[v].isWord() || startsUpper(w) || d.lx.isSpeechVerb(w) {
			return ts // It warned the board that: "it" is the subject, the letter it stands for
		}
	}
	return ts
}
