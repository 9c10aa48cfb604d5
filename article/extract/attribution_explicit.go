package extract

import (
	"slices"
	"strings"
)

// topNeighbours returns the closest top-level quotes of the same paragraph
// before and after quote i (-1 when none).
func (d *quoteDoc) topNeighbours(i int) (prev, next int) {
	para := d.quotes[i].para
	prev = d.lastTopQuoteOf(para, i, nil)
	for j := i + 1; j < len(d.quotes) && d.quotes[j].para == para; j++ {
		if d.quotes[j].parent < 0 {
			return prev, j
		}
	}
	return prev, -1
}

// frames returns the narrative around top-level quote i in its sentence,
// from the sentence start or the quote before to the opening mark, and
// from the closing mark to the next quote or sentence end; endsSentence
// reports that the quote ends its sentence ("Go," Voss said. "…").
func (d *quoteDoc) frames(i int) (before, after Span, endsSentence bool) {
	q := &d.quotes[i]
	p := d.paras[q.para]
	prev, next := d.topNeighbours(i)
	bStart := d.sentenceStart(q.open.Start, p)
	if prev >= 0 {
		bStart = max(bStart, d.quotes[prev].close.End)
	}
	before = Span{min(bStart, q.open.Start), q.open.Start}
	aEnd := p.End
	if next >= 0 {
		aEnd = d.quotes[next].open.Start
	}
	s, endsSentence := slices.BinarySearch(d.ends, q.close.End)
	if endsSentence {
		s++
	}
	if s < len(d.ends) {
		aEnd = min(aEnd, d.ends[s])
	}
	after = Span{q.close.End, max(q.close.End, aEnd)}
	return before, after, endsSentence
}

// explicitSpeaker looks for a speech pattern around top-level quote i:
// "...," X said / said X / X said, "..." / according to X / quoted X as
// saying / as X put it.
func (d *quoteDoc) explicitSpeaker(i int) speakerGuess {
	before, after, ends := d.frames(i)
	at := d.tokenize(after)
	intro := d.introducesNext(after)
	endsInside := ends && !d.opensSentence(i) // "Ruiz called the plan "reckless." Ode agreed."
	if d.modifierQuote(i) || endsInside && intro {
		at = nil // the "open door" phrase Okafor cited; One called it "a farce." Another wrote, "…"
	}
	coordinated := !ends && d.coordinatedAfter(at)
	// the narrative before speaks when the words after introduce the next
	// quote ("“Okafor,” Voss joked, “Cheers!”"), when the quote ends a
	// sentence inside it, when the words after open a clause of their own
	// ("Vance calls it "a tax" and Ode calls it "a fee"") or the quote
	// stands in an opening clause ("Even as Ode has said he opposes "new
	// taxes", his cabinet …")
	beforeFirst := intro || endsInside || coordinated || !ends && d.insideOpeningClause(before, at, false)
	var guess speakerGuess // the narrative's, when it was asked first
	if beforeFirst {
		if guess = d.beforeGuess(before); guess.how != Unattributed {
			return guess
		}
	}
	if !ends && d.joinedToPrevious(i, before) &&
		(coordinated || d.insideOpeningClause(d.listStart(i, before), at, true)) {
		// the quote shares the speaker of the quote it is joined to
		// (contextSpeaker) when a clause of its own follows ("would "back
		// him" but "not campaign," while Ode said") or it ends a list in an
		// opening clause ("After Ode called it "rushed" and "costly", Lind")
		return noSpeakerGuess
	}
	if np, ok := d.afterPattern(at, !ends); ok {
		if s := d.resolve(np, after.Start); s.how != Unattributed {
			return d.explicit(np, s)
		}
	}
	if np := d.agentAfter(&d.quotes[i]); np.End > np.Start && d.passiveNamingBefore(before) {
		if s := d.resolve(np, np.Start); s.how != Unattributed {
			return d.explicit(np, s) // was called "…" by Ines Cole, who
		}
	}
	if s := d.signatureSpeaker(i); s.how != Unattributed {
		return s
	}
	if beforeFirst {
		return guess // asked already
	}
	return d.beforeGuess(before)
}

// beforeGuess resolves the speaker that the narrative before a quote
// names. A phrase guessed from the sentence's subject ("… shot back:")
// is only inferred: right one time in three, a named person nine in ten.
func (d *quoteDoc) beforeGuess(before Span) speakerGuess {
	np, how := d.beforeSpeaker(d.tokenize(before))
	s := d.resolve(np, before.End)
	if s.how == Unattributed {
		return noSpeakerGuess
	}
	s = d.explicit(np, s)
	if how == Inferred && (s.ent < 0 || d.ents[s.ent].org) {
		s.how = Inferred // "The column goes on, saying": a phrase the verb may not govern
	}
	return s
}

// opensSentence reports whether no word stands before top-level quote i
// in its sentence, or after the quote before it.
func (d *quoteDoc) opensSentence(i int) bool {
	before, _, _ := d.frames(i)
	return !strings.ContainsFunc(d.text[before.Start:before.End], isWordChar)
}

// explicit marks a speaker found by a speech pattern Explicit (Inferred
// when a pronoun names it) and records it for later pronouns ("Voss said
// … She added").
func (d *quoteDoc) explicit(np Span, s speakerGuess) speakerGuess {
	s.how, s.pattern = Explicit, true
	if s.pronoun || s.guessed {
		s.how = Inferred
	}
	if s.ent >= 0 && (len(d.spoke) == 0 || d.spoke[len(d.spoke)-1].pos < np.Start) {
		d.spoke = append(d.spoke, mentionEvent{pos: np.Start, ent: s.ent, rank: rankSpeaker})
	}
	return s
}

// joinedToPrevious reports whether the narrative before quote i only
// joins it to the quote before by a comma or conjunction ("…" but "…").
func (d *quoteDoc) joinedToPrevious(i int, before Span) bool {
	prev, _ := d.topNeighbours(i)
	if prev < 0 || before.Start != d.quotes[prev].close.End || before.End-before.Start > 12 {
		return false // longer than ", and ": no need to read the words
	}
	for _, t := range d.tokenize(before) {
		if w := d.word(t); t.isWord() && !lowerIs(w, "and") && !lowerIs(w, "but") && !lowerIs(w, "or") || !t.isWord() && w != "," {
			return false
		}
	}
	return true
}

// listStart returns the narrative before the first quote of the list
// that top-level quote i ends ("…", "…" and "…"); else before.
func (d *quoteDoc) listStart(i int, before Span) Span {
	for d.joinedToPrevious(i, before) {
		i, _ = d.topNeighbours(i)
		before, _, _ = d.frames(i)
	}
	return before
}

// insideOpeningClause reports whether a quote stands in a subordinate
// clause that opens its sentence and ends at a comma in at ("If Ode
// calls it "…" later, Lind …"). Unless listEnd, words must stand before
// the comma: a lone quote may open a frame ("If "…," Ode said, "…"").
func (d *quoteDoc) insideOpeningClause(before Span, at []token, listEnd bool) bool {
	ts := d.tokenize(before)
	if len(ts) < 3 || !d.subordinateOpener(ts) {
		return false
	}
	for _, t := range ts {
		if !t.isWord() && d.word(t) != "'" && d.word(t) != "’" && d.word(t) != "." {
			return false
		}
	}
	for k, t := range at {
		if d.word(t) == "," {
			return (k > 0 || listEnd) && k+1 < len(at) && at[k+1].isWord()
		}
	}
	return false
}

// introducesNext reports whether the narrative after a quote ends with a
// comma or colon, as before the next quote ("…," Voss said, "…").
func (d *quoteDoc) introducesNext(after Span) bool {
	t := strings.TrimRight(d.text[after.Start:after.End], " ")
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":")
}
