package extract

import (
	"strings"
	"unicode/utf8"
)

// asPutIt returns X in an `as X put it` clause that opens ts, the words
// after a quote (`"…," as Ada Voss, a lecturer at X, puts it.`), and the
// index of the verb in ts, or -1.
func (d *quoteDoc) asPutIt(ts []token) (Span, int) {
	if len(ts) < 3 || !ts[0].isWord() || !lowerIs(d.word(ts[0]), "as") {
		return Span{}, -1
	}
	v := d.asideVerb(ts, 2, 40, true)
	e := v - 1
	for e > 0 && !ts[e].isWord() {
		e--
	}
	if e <= 0 {
		return Span{}, -1
	}
	return Span{ts[1].Start, ts[e].End}, v
}

// asClauseSubject returns X when the speech verb ts[v] ends an `as X put
// it` clause that opens ts or follows a comma, before a quote (`who owed
// his seat to, as one pilot put it, a "lucky tide"`), not "works as a
// manager, said".
func (d *quoteDoc) asClauseSubject(ts []token, v int) Span {
	for k := v - 2; k >= 0 && k >= v-30; k-- {
		if !ts[k].isWord() || !lowerIs(d.word(ts[k]), "as") {
			continue
		}
		if k > 0 && d.word(ts[k-1]) != "," || lowerIs(d.word(ts[k+1]), "for") {
			return Span{}
		}
		if np, at := d.asPutIt(ts[k:]); at == v-k && !strings.Contains(d.text[np.Start:np.End], ",") {
			return np // one phrase: "As Ode mocked Holm, the hall booed" is no such clause
		}
		return Span{}
	}
	return Span{}
}

// asideBeforeConjunct reports whether the speech verb ts[v] ends an "as X
// said" aside, set off by commas or dashes, that a coordinator follows:
// it reports the clause before it ("he is not tired – as Hart has claimed
// – and he can "outwork" anyone").
func (d *quoteDoc) asideBeforeConjunct(ts []token, v int) bool {
	end := v + 1
	if d.particleVerbAt(ts, v) {
		end++ // "as Voss put it, but": the mark after the particle
	}
	if end+1 >= len(ts) || !coordinators.hasLower(d.word(ts[end+1])) {
		return false
	}
	mark := d.word(ts[end])
	for k := v - 1; k > 0 && k >= v-8; k-- {
		if lowerIs(d.word(ts[k]), "as") {
			return d.word(ts[k-1]) == mark && (mark == "," || isDash(mark))
		}
	}
	return false
}

// namedSource returns X in a phrase that names a quote's source anywhere
// near it: "according to X", "in the words of X", "as described by X".
func (d *quoteDoc) namedSource(ts []token) Span {
	if np := d.accordingTo(ts); np.End > np.Start {
		return np
	}
	if np := d.inWordsOf(ts); np.End > np.Start {
		return np
	}
	return d.describedBy(ts)
}

// inWordsOf returns X in `in the words of X` or `in X's words` (in the
// words of one clerk, "…").
func (d *quoteDoc) inWordsOf(ts []token) Span {
	for k := 0; k+2 < len(ts); k++ {
		if !lowerIs(d.word(ts[k]), "in") {
			continue
		}
		if k+4 < len(ts) && lowerIs(d.word(ts[k+1]), "the") && d.word(ts[k+2]) == "words" && d.word(ts[k+3]) == "of" {
			if np := d.rightNP(ts[k+4:]); np.End > np.Start {
				return np
			}
			continue
		}
		// in Ada Voss's words
		for j := k + 1; j+1 < len(ts) && j < k+6 && ts[j].isWord(); j++ {
			w := d.word(ts[j])
			if !startsUpper(w) {
				break
			}
			if isPossessive(w) && d.word(ts[j+1]) == "words" {
				return Span{ts[k+1].Start, ts[j].Start + len(trimPossessive(w))}
			}
			// in the Courier’ words: the apostrophe alone is a token
			if j+2 < len(ts) && isApostrophe(d.word(ts[j+1])) && ts[j+1].Start == ts[j].End && d.word(ts[j+2]) == "words" {
				return Span{ts[k+1].Start, ts[j].End}
			}
		}
	}
	return Span{}
}

// byAfterNoun returns X when the phrase after `according to` is a work by
// X ("a study by the Trust"), lower-case words before "by": in "according
// to Ada Voss, hired by the port" Voss is the source.
func (d *quoteDoc) byAfterNoun(ts []token) Span {
	for j := 0; j < len(ts) && j < 5; j++ {
		if w := d.word(ts[j]); !ts[j].isWord() || startsUpper(w) {
			return Span{}
		} else if w == "by" && j > 0 {
			return d.rightNP(ts[j+1:])
		}
	}
	return Span{}
}

// authorOfNoun returns X when the phrase after `according to` is a noun
// whose relative clause has a name and a past-tense verb (`a speech Ada
// Voss gave at the fair`).
func (d *quoteDoc) authorOfNoun(ts []token) Span {
	j := 1 // after the noun and its determiner
	if len(ts) > 0 && determiners.hasLower(d.word(ts[0])) {
		j = 2
	}
	e := j
	for e < len(ts) && e < j+6 && (ts[e].isWord() && startsUpper(d.word(ts[e])) || e > j && d.word(ts[e]) == ".") {
		e++ // the name, with an honorific's dot: Mrs. Ada Voss
	}
	if e == j || e >= len(ts) {
		return Span{}
	}
	if v := d.word(ts[e]); !hasSuffixFold(v, "ed") && !finiteVerbWords.hasLower(v) || !ts[e-1].isWord() {
		return Span{}
	}
	return Span{ts[j].Start, ts[e-1].End}
}

// isApostrophe reports whether w is an apostrophe ("'", "’").
func isApostrophe(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && isApostropheRune(r)
}

// describedBy returns X in `as described by X` (or another of
// describingVerbs) anywhere in ts (`"reckless" – as described by Ines
// Cole –`).
func (d *quoteDoc) describedBy(ts []token) Span {
	for k := 0; k+3 < len(ts); k++ {
		if lowerIs(d.word(ts[k]), "as") && describingVerbs.hasLower(d.word(ts[k+1])) && lowerIs(d.word(ts[k+2]), "by") {
			return d.rightNP(ts[k+3:])
		}
	}
	return Span{}
}
