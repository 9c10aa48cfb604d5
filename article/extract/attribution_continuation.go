package extract

import "strings"

// continuedSpeaker returns the speaker of quote i when it continues the
// attributed quote before it: a quote that opens and ends its sentence
// with a full stop, right after that quote's sentence (`"We rent," Ode
// said. "We pay." Lind agreed.`); a question or an exclamation takes the
// verb after it ("Who checked it?" Lind asked).
func (d *quoteDoc) continuedSpeaker(i int, spk []speakerGuess) (speakerGuess, bool) {
	q := &d.quotes[i]
	prev, _ := d.topNeighbours(i)
	if prev < 0 || !spk[prev].pattern || q.unclosed() {
		return noSpeakerGuess, false
	}
	if !strings.HasSuffix(strings.TrimRight(d.text[q.Start:q.close.End], "\"”’' "), ".") &&
		!strings.HasPrefix(d.text[q.close.End:], ".") {
		return noSpeakerGuess, false
	}
	// at most the sentence of the previous quote's closing mark ends between the two
	_, _, ends := d.frames(i)
	gap := d.sentenceOf(q.open.Start) - d.sentenceOf(d.quotes[prev].close.End-1)
	if !ends || !d.opensSentence(i) || gap > 1 {
		return noSpeakerGuess, false
	}
	s := spk[prev]
	if j := d.joinedSpeaker(prev, i); j.how != Unattributed {
		s = j
	}
	s.how, s.pronoun = Inferred, false
	return s, true
}

// joinedSpeaker returns the subject of a verb of saying in a clause
// joined by ", and" to the frame of quote prev: in `"…," Ode said, and
// the clerk broke in. "…"` the next quote is the clerk's.
func (d *quoteDoc) joinedSpeaker(prev, i int) speakerGuess {
	ts := d.tokenize(Span{d.quotes[prev].close.End, d.quotes[i].open.Start})
	for k := 1; k+2 < len(ts); k++ {
		if d.word(ts[k]) != "and" || d.word(ts[k-1]) != "," {
			continue
		}
		for v := k + 2; v < len(ts) && v <= k+5; v++ {
			if d.speechVerbAt(ts, v) {
				np := d.leftNP(ts[:v], k+1)
				return d.resolve(np, np.Start)
			}
		}
	}
	return noSpeakerGuess
}

// beatParagraph reports whether paragraph para is a beat between two
// quotes of one speaker: a few words that name no one ("She waits.").
func (d *quoteDoc) beatParagraph(para int) bool {
	p := d.paras[para]
	return countWords(d.text[p.Start:p.End], 6) <= 5 && !d.mentioned(p.Start, p.End)
}

// mentioned reports whether anyone is mentioned in [from, to): "Voss is
// unmoved." mentions Voss.
func (d *quoteDoc) mentioned(from, to int) bool {
	k := d.eventFrom(from)
	return k < len(d.events) && d.events[k].pos < to
}
