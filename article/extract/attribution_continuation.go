package extract

import (
	"sort"
	"strings"
)

// continuedSpeaker returns the speaker of quote i when it continues the
// attributed quote before it: `"We are tenants," Ode told the board.
// "We are not squatters." Lind said he agreed.` A quote that opens and
// ends its sentence with a full stop, right after the sentence that
// attributes the quote before it, is the same speaker's next sentence;
// the subject of the sentence after it ("Lind said …") starts new
// narrative. A question or an exclamation ("Who checked it?" Lind asked)
// takes the verb after it as its own, as does a quote the narrative
// between them could have given a speaker of its own.
func (d *quoteDoc) continuedSpeaker(i int, spk []speakerGuess) (speakerGuess, bool) {
	q := &d.quotes[i]
	prev, _ := d.topNeighbours(i)
	if prev < 0 || !spk[prev].pattern || spk[prev].how == Unattributed || q.unclosed() {
		return noSpeakerGuess, false
	}
	if !strings.HasSuffix(strings.TrimRight(d.text[q.Start:q.close.End], "\"”’' "), ".") &&
		!strings.HasPrefix(d.text[q.close.End:], ".") {
		return noSpeakerGuess, false
	}
	if _, _, ends := d.frames(i); !ends || !d.opensSentence(i) {
		return noSpeakerGuess, false
	}
	// at most the previous quote's own sentence ends between the two
	from := d.sentenceOf(d.quotes[prev].close.End)
	if d.sentenceOf(q.open.Start)-from > 1 {
		return noSpeakerGuess, false
	}
	s := spk[prev]
	if j, ok := d.joinedSpeaker(prev, i); ok {
		s = j // "…," Ode said, and the clerk broke in. "…"
	}
	s.how, s.pronoun = Inferred, false
	return s, true
}

// joinedSpeaker returns the speaker of a clause joined by ", and" to the
// sentence that attributes quote prev, when a verb of saying follows its
// subject: in `"…," Ode said, and the clerk broke in. "…"` the next
// quote is the clerk's, not Ode's.
func (d *quoteDoc) joinedSpeaker(prev, i int) (speakerGuess, bool) {
	ts := d.tokenize(Span{d.quotes[prev].close.End, d.quotes[i].open.Start})
	for k := 1; k+2 < len(ts); k++ {
		if d.word(ts[k]) != "and" || d.word(ts[k-1]) != "," {
			continue
		}
		for v := k + 2; v < len(ts) && v <= k+5; v++ {
			if !d.speechVerbAt(ts, v) {
				continue
			}
			if np := d.leftNP(ts[:v], k+1); np.End > np.Start {
				if s := d.resolve(np, np.Start); s.how != Unattributed {
					return s, true
				}
			}
			return noSpeakerGuess, false
		}
	}
	return noSpeakerGuess, false
}

// beatParagraph reports whether paragraph para is a beat between two
// quotes of one exchange: a few words that name no one ("She waits.",
// "Silence."). The quote after it goes on in the last speaker's words.
func (d *quoteDoc) beatParagraph(para int) bool {
	p := d.paras[para]
	if countWords(d.text[p.Start:p.End], 6) > 5 {
		return false
	}
	k := sort.Search(len(d.events), func(k int) bool { return d.events[k].pos >= p.Start })
	return k == len(d.events) || d.events[k].pos >= p.End
}
