package extract

import "strings"

// subjectBefore returns the speaker that the subject of before, the
// narrative of quote i's sentence before it, names: a person or a
// pronoun for one (`He called it "…"`), a document or a source whose own
// words the predicate quotes; or no one's, unsettled, for a quote after
// a passive verb (`Ruiz was treated for a "rare illness"`).
func (d *quoteDoc) subjectBefore(i int, before Span, spk []speakerGuess) (speakerGuess, bool) {
	if before.End <= before.Start {
		return noSpeakerGuess, false
	}
	ts := d.pastExpletive(d.tokenize(before))
	if d.continuesQuote(i, before, ts) {
		// the clause runs on from the quote before; a clause of its own
		// may open in it: "(though the board used to allow a "…""
		k := len(ts) - 1
		for k >= 0 && d.word(ts[k]) != "(" && !d.lx.list(subordinators).hasLower(d.word(ts[k])) {
			k--
		}
		if k < 0 {
			return noSpeakerGuess, false
		}
		ts = ts[k+1:]
	}
	np := d.subjectNP(ts)
	if np.End <= np.Start {
		return noSpeakerGuess, false
	}
	s := d.resolve(np, before.End)
	if s.how != Unattributed && s.ent < 0 && d.documentPhrase(s.phrase) {
		s = d.documentAuthor(ts, np, s) // an email sent by Ruiz warned
	}
	if s.ent >= 0 && !s.pronoun && d.passiveSubject(ts, np) && d.unsettledScareQuote(i, spk) {
		return unsettledGuess, true
	}
	if s.how != Unattributed && (s.ent >= 0 && !d.ents[s.ent].org || s.pronoun ||
		s.ent < 0 && d.documentPhrase(s.phrase) || d.sourceSubject(ts, np, s)) {
		return s.inferred(), true
	}
	return noSpeakerGuess, false
}

// previousSubject returns the subject of the narrative sentence right
// before quote i in its paragraph when it names a person.
func (d *quoteDoc) previousSubject(i int) (speakerGuess, bool) {
	q := &d.quotes[i]
	p := d.paras[q.para]
	if q.open.Start == p.Start {
		return noSpeakerGuess, false
	}
	j := q.open.Start - 1
	for j > p.Start && (d.text[j] == ' ' || d.text[j] == '\n') {
		j--
	}
	start := d.sentenceStart(j, p)
	if d.sentenceStart(q.open.Start, p) != q.open.Start && d.sentenceStart(q.open.Start, p) > start {
		return noSpeakerGuess, false // the quote does not open its sentence
	}
	np := d.subjectNP(d.narrativeTokens(start, j+1))
	if np.End <= np.Start {
		return noSpeakerGuess, false
	}
	s := d.resolve(np, np.Start)
	if s.ent >= 0 && !d.ents[s.ent].org {
		return s, true
	}
	return noSpeakerGuess, false
}

// documentPhrase reports whether phrase names a document whose words a
// sentence may quote with any verb: `The audit found "no oversight"`,
// `A flyer promises "lower rents"`. Its head, the last word before a
// preposition, is a document noun.
func (d *quoteDoc) documentPhrase(phrase string) bool {
	head := ""
	for f, rest := firstField(phrase); f != ""; f, rest = firstField(rest) {
		if prepositions.hasLower(f) || head != "" && d.lx.list(documentNouns).hasLower(head) && (isPastParticiple(f) || f == "just") {
			break // the ruling | released Friday
		}
		head = f
	}
	return d.lx.list(documentNouns).hasLower(head)
}

// documentAuthor returns the person a document phrase np names as its
// agent right after it ("a campaign email sent out | by Vera Holm
// warned"), or doc: the author speaks through the document.
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
// narrative ts before a quote, is a source that is no person (a
// campaign, an office, a group) whose own words its predicate quotes:
// `The Ruiz campaign promises "lower rents"`, `Harbour officials
// seethed over the "sham audit"`. The subject's phrase must open np (not
// "Tulsa" from "Reporting from Tulsa found"), and its verb must be no
// form of "be" and no modal: in `The delay was "deeply unfair"` or `A
// buyer can "walk away"` the words are someone else's, as they are
// after a passive verb of saying ("a plan criticized as "…"").
func (d *quoteDoc) sourceSubject(ts []token, np Span, s speakerGuess) bool {
	if s.guessed || s.pronoun {
		return false
	}
	name := s.phrase
	if s.ent >= 0 {
		name = d.ents[s.ent].name
	}
	head := d.text[np.Start:np.End]
	if f, rest := firstField(head); determiners.hasLower(f) && !strings.HasPrefix(strings.ToLower(name), strings.ToLower(f)) {
		head = rest
	}
	if name == "" || !strings.HasPrefix(strings.ToLower(head), strings.ToLower(name)) {
		return false
	}
	for f, rest := firstField(name); f != ""; f, rest = firstField(rest) {
		if relativeWords.hasLower(f) {
			return false // a developer who wants: a clause, no source
		}
	}
	if f, _ := firstField(name); isPossessive(f) && determiners.hasLower(f[:strings.LastIndexAny(f, "'’")]) {
		return false // That's why: no subject at all
	}
	k := tokenFrom(ts, np.Start)
	if c := firstWordTok(ts); k > c && (k == 0 || !d.isComma(ts[k-1])) {
		return false // Reporting from Tulsa found: the subject opens the sentence or follows its opening phrase
	}
	k = tokenFrom(ts, np.End)
	if k >= len(ts) || !ts[k].isWord() {
		return false
	}
	for v := k; v < len(ts); v++ {
		if ts[v].isWord() && d.lx.isSpeechVerb(d.word(ts[v])) && d.passiveAt(ts, v) {
			return false // a step that is being criticized as "…": the critics' words
		}
	}
	w := d.word(ts[k])
	if modalVerbs.hasLower(w) {
		return false
	}
	if beForms.hasLower(w) {
		return k+1 < len(ts) && hasSuffixFold(d.word(ts[k+1]), "ing")
	}
	return true
}

// passiveSubject reports whether the verb after the subject np of ts is
// a passive, perhaps past an aside ("Ruiz, who runs the clinic, was being
// treated for"): the subject undergoes the act and says nothing.
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
// expletive "it" ("It has not helped that the board…", "It is clear
// that Voss…"), whose clause holds the sentence's real subject, else ts.
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
			return ts
		}
	}
	return ts
}
