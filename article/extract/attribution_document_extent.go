package extract

import "strings"

// A document is named with the words that tell which one it is: "the
// ruling released Friday said", "a guide just printed for tenants
// explains". The participle after its noun opens a reduced relative
// clause that belongs to the source phrase; the verb after it is the
// sentence's.

// documentModifierEnd returns the index after the reduced relative that
// follows the document noun ts[k-1] ("released Friday", "just published
// for pupils") when a verb follows it, or with atEnd when it ends ts;
// else k.
func (d *quoteDoc) documentModifierEnd(ts []token, k int, atEnd bool) int {
	if k < 1 || k >= len(ts) || ts[k-1].isCap() && !d.opensItsSentence(ts[k-1]) ||
		!documentNouns.hasLower(d.word(ts[k-1])) {
		return k
	}
	p := k
	if lowerIs(d.word(ts[p]), "just") {
		p++ // just published
	}
	if p >= len(ts) || !isPastParticiple(d.word(ts[p])) || d.lx.isSpeechVerb(d.word(ts[p])) {
		return k
	}
	if atEnd { // one to seven words end ts
		if n := len(ts) - p - 1; n < 1 || n > 7 {
			return k
		}
		return len(ts)
	}
	// the verb after the modifier: the first word in -s or -ed ("notes
	// released Monday revealed"), else none
	for m := p + 1; m < len(ts) && m <= p+8 && ts[m].isWord(); m++ {
		if w := d.word(ts[m]); strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") {
			return m
		}
	}
	return k
}

// resolveDocument resolves by its head a speaker phrase that ends with a
// document's reduced relative ("the ruling released Friday"); ok is false
// for any other phrase.
func (d *quoteDoc) resolveDocument(np Span, words []token, anchor int) (speakerGuess, bool) {
	for k := 1; k+1 < len(words); k++ {
		if d.documentModifierEnd(words, k, true) == len(words) {
			return d.resolveByHead(np, words, k, anchor), true
		}
	}
	return speakerGuess{}, false
}

// resolveByHead resolves the speaker phrase np, whose words are words,
// by its head words[:h]; a source phrase that is no entity keeps all of
// np ("the ruling released Friday", "the agency that runs the port").
func (d *quoteDoc) resolveByHead(np Span, words []token, h, anchor int) speakerGuess {
	s := d.resolveOne(Span{np.Start, words[h-1].End}, anchor)
	if s.ent < 0 && s.phrase != "" {
		s.phrase = strings.TrimSpace(d.text[np.Start:words[len(words)-1].End])
	}
	return s
}

// isPastParticiple reports whether w, in lower case, has the form of a
// past participle ("released", "written").
func isPastParticiple(w string) bool {
	return !startsUpper(w) && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
}

// restrictiveSubject returns the subject before a speech verb at ts[e]
// whose head, before ts[j], carries a relative clause with no comma: all
// of "The agency that runs the port said" (a determiner, a noun, then a
// verb after the relative word), the name of "Voss who ran it said", and
// nothing for "warned that the port said" or "a clip that Ruiz called".
func (d *quoteDoc) restrictiveSubject(ts []token, floor, j, e int) Span {
	head := d.leftNP(ts[:j], floor)
	if head.End <= head.Start {
		return head
	}
	first, last := d.word(d.tokenize(head)[0]), d.word(ts[j-1])
	described := determiners.hasLower(first) && ts[j-1].isWord() && !startsUpper(last) &&
		!d.speechVerbAt(ts, j-1) && !finiteVerbWords.has(last) && !hasSuffixFold(last, "ed")
	if described && j+1 < e-1 && e-j <= 8 && ts[j+1].isWord() && (finiteLike(d.word(ts[j+1])) ||
		!startsUpper(d.word(ts[j+1])) && d.lx.isSpeechVerb(d.word(ts[j+1]))) {
		return Span{head.Start, ts[e-1].End}
	}
	if d.word(ts[j]) == "who" {
		return head
	}
	return Span{}
}

// resolveRestrictive resolves by its head a speaker phrase whose
// description carries a relative clause with no comma ("the clubs who
// wrote to the mayor"); ok is false for any other phrase.
func (d *quoteDoc) resolveRestrictive(np Span, words []token, anchor int) (speakerGuess, bool) {
	for r := 2; r+1 < len(words); r++ {
		w := d.word(words[r])
		tight := d.text[words[r-1].End:words[r].Start] == " "
		if relativeWords.has(w) && tight && !startsUpper(d.word(words[r-1])) {
			return d.resolveByHead(np, words, r, anchor), true
		}
	}
	return speakerGuess{}, false
}
