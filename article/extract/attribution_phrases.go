package extract

import (
	"slices"
	"strings"
)

// shortNP reports whether np, up to a comma, is a short phrase with no
// preposition ("the three-term mayor"), which may follow a quote.
func (d *quoteDoc) shortNP(np Span) bool {
	n := 0
	for _, t := range d.tokenize(np) {
		if d.word(t) == "," {
			break // Nora T. Kemble, the mayor's adviser on housing,
		}
		if prepositions.has(d.word(t)) {
			return false
		}
		if t.isWord() {
			n++
		}
	}
	return n <= 5
}

// rightNP returns the noun phrase that opens ts: a name or a descriptive
// phrase, up to a comma, a clause word or the end.
func (d *quoteDoc) rightNP(ts []token) Span {
	n := 0
	for n < len(ts) && n < 12 {
		w := d.word(ts[n])
		if !ts[n].isWord() && w != "'" && w != "’" && w != "-" {
			break
		}
		if n > 0 && (relativeWords.contains(w) || clauseStops.hasLower(w) && !prepositions.hasLower(w) ||
			!startsUpper(w) && d.lx.isSpeechVerb(w) && !determiners.hasLower(d.word(ts[n-1]))) && !d.coordinatedTitles(ts, n) {
			break // a verb ends the phrase, but after a determiner it is a noun: "according to the report"
		}
		if n == 0 && clauseStops.hasLower(w) {
			return Span{}
		}
		n++
	}
	for n > 0 && d.trailingWord(d.word(ts[n-1])) {
		n-- // said Brannock on
	}
	if n == 0 {
		return Span{}
	}
	return Span{ts[0].Start, ts[n-1].End}
}

// leftNP returns the subject phrase that ends ts, the tokens before a
// speech verb, past auxiliaries ("has also said") and an appositive
// ("Tellpress, the main Karvian state agency, wrote").
func (d *quoteDoc) leftNP(ts []token, floor int) Span {
	e := d.phraseEnd(ts, floor)
	if e > floor && isSubjectPronoun(d.word(ts[e-1])) {
		return ts[e-1].Span
	}
	if np, ok := d.appositiveHead(ts, floor, e); ok {
		return np // Ada Voss, 52, of Mesa, Ariz.,
	}
	if name := d.relativeThenNamed(ts, floor, e); name.End > name.Start {
		return name // A neighbor who saw it, retired nurse Ada Voss, said
	}
	if np := d.openingRelativeSubject(ts, floor, e); np.End > np.Start {
		return np // The review, which asks bankers, traders and others, said
	}
	// X, who has long argued that ...: the relative pronoun's antecedent
	for j := e - 1; j > floor && j >= e-14; j-- {
		w := d.word(ts[j])
		if w == "who" {
			if d.word(ts[j-1]) == "," {
				return d.leftNP(ts[:j-1], floor)
			}
			return d.namedAppositive(ts, floor, d.restrictiveSubject(ts, floor, j, e))
		}
		if (w == "that" || w == "which") && d.word(ts[j-1]) != "," {
			if np := d.restrictiveSubject(ts, floor, j, e); np.End > np.Start && np.Start < ts[j].Start {
				return np
			}
		}
		if w == "." || w == ";" || w == ":" || w == "," && d.subjectAfter(ts[j+1:e]) {
			break // For voters who are undecided, Brandt told: the who-clause is over
		}
	}
	if e > floor && d.word(ts[e-1]) == "," {
		return d.appositiveNP(ts, floor, e)
	}
	s := d.phraseStart(ts, floor, e)
	if s == e {
		return Span{}
	}
	if s-1 > floor && prepositions.has(d.word(ts[s])) && d.reducedRelative(ts, s-1) {
		// A source speaking to the Courier said: the phrase after the
		// participle is its object; the subject stands before it
		return d.leftNP(ts[:s-1], floor)
	}
	if n := d.unclosedAppositiveName(ts, floor, s); n < s {
		return Span{ts[n].Start, ts[e-1].End} // Ada Voss, a former aide to the mayor has written
	}
	return d.trimNP(ts[s:e])
}

// openingRelativeSubject returns the noun phrase that opens ts[floor:e]
// before a relative clause that the comma ts[e-1] closes: "The review,
// which asks bankers, traders and others, said" gives "The review".
func (d *quoteDoc) openingRelativeSubject(ts []token, floor, e int) Span {
	if e-floor < 5 || d.word(ts[e-1]) != "," {
		return Span{}
	}
	for j := floor + 1; j < e-2 && j < floor+8; j++ {
		w := d.word(ts[j])
		if lowerIs(w, "which") || lowerIs(w, "who") {
			end := j
			if d.word(ts[j-1]) == "," {
				end--
			}
			if np := d.leftNP(ts[:end], floor); np.Start == ts[floor].Start {
				return np
			}
			return Span{}
		}
		if !ts[j].isWord() && w != "," && w != "'" && w != "’" && w != "." {
			return Span{}
		}
	}
	return Span{}
}

// unclosedAppositiveName returns where the name starts before the comma
// ts[s-1] when an appositive without its closing comma follows ("Ada
// Voss, a former aide to Mayor Reyes has written"); else s.
func (d *quoteDoc) unclosedAppositiveName(ts []token, floor, s int) int {
	if s-2 < floor || d.word(ts[s-1]) != "," || !determiners.hasLower(d.word(ts[s])) {
		return s
	}
	n := s - 1
	for n > floor && n > s-5 && ts[n-1].isCap() {
		n--
	}
	if n == s-1 || n > floor && ts[n-1].isWord() {
		return s // no name, or a name inside a clause ("said Reyes, a …")
	}
	if _, ok := d.nameIn(ts[n:s-1], false); !ok {
		return s
	}
	return n
}

// reducedRelative reports whether ts[p] is a participle of speech after
// a noun ("an official speaking on condition of anonymity said").
func (d *quoteDoc) reducedRelative(ts []token, p int) bool {
	w := d.word(ts[p])
	return ts[p].isWord() && strings.HasSuffix(w, "ing") && d.lx.isSpeechVerb(w) && ts[p-1].isWord() && !startsUpper(w) &&
		!prepositions.has(d.word(ts[p-1])) && !clauseStops.hasLower(d.word(ts[p-1]))
}

// phraseEnd returns where the noun phrase before a speech verb ends in
// ts[floor:]: before auxiliaries, adverbs and a parenthesis ("Rep. Tom
// Reyes (D-Ore.) has often said").
func (d *quoteDoc) phraseEnd(ts []token, floor int) int {
	e := len(ts)
	// "last week, Will described her": a name, no auxiliary
	for e > floor && ts[e-1].isWord() && auxiliaryWords.hasLower(d.word(ts[e-1])) &&
		(!ts[e-1].isCap() || d.opensItsSentence(ts[e-1])) {
		e--
	}
	for e > floor && ts[e-1].isWord() && isLyAdverb(d.word(ts[e-1])) {
		e--
	}
	if p := d.parentheticalAdverb(ts, floor, e); p < e {
		return p // The mayor, however, said
	}
	if e > floor {
		if open := d.parentheticalStart(ts, floor, e-1); open >= 0 {
			return open
		}
	}
	return e
}

// parentheticalAdverb returns where the adverb between commas that ends
// ts[floor:e] starts (", however,"); else e.
func (d *quoteDoc) parentheticalAdverb(ts []token, floor, e int) int {
	if e-floor < 4 || d.word(ts[e-1]) != "," {
		return e
	}
	c := e - 3
	for c > e-5 && c > floor && d.word(ts[c]) != "," {
		c--
	}
	if d.word(ts[c]) == "," && asideAdverbs.hasLower(d.text[ts[c+1].Start:ts[e-2].End]) {
		return c
	}
	return e
}

// isLyAdverb reports whether w, a word in -ly, is an adverb ("quickly")
// rather than a noun ("the daily", "the family").
func isLyAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") && !startsUpper(w) && !lyNouns.has(w)
}

// appositiveNP returns the phrase before a speech verb that ends with the
// comma ts[e-1]: "Voss, an aide, said" gives "Voss, an aide", "Voss
// for Lind, says" the whole clause.
func (d *quoteDoc) appositiveNP(ts []token, floor, e int) Span {
	c := e - 1
	b := c - 1
	for b > floor && d.word(ts[b]) != "," && b > c-14 {
		b--
	}
	if b > floor && d.word(ts[b]) == "," {
		if head := d.leftNP(ts[:b], floor); head.End > head.Start {
			return Span{head.Start, ts[c-1].End}
		}
	}
	if b == floor {
		return d.trimNP(ts[floor:c])
	}
	return Span{}
}

// phraseStart returns where the noun phrase that ends at ts[e] starts:
// after a clause word, a speech verb or a mark, or at a determiner after
// lower-case words ("hires a Winston Churchill lookalike").
func (d *quoteDoc) phraseStart(ts []token, floor, e int) int {
	s := e
	for s > floor && s > e-14 {
		t := ts[s-1]
		w := d.word(t)
		joins := w == "'" || w == "’" || w == "." || w == "%" || (w == "-" || w == "&") && !d.spacedDash(t)
		if !t.isWord() && !joins || clauseStops.hasLower(w) && !prepositions.hasLower(w) ||
			d.speechVerbAt(ts, s-1) {
			break
		}
		s--
	}
	for k := s + 1; k < e-1 && !determiners.hasLower(d.word(ts[s])) && !prepositions.has(d.word(ts[s])); k++ {
		if w := d.word(ts[k]); determiners.has(w) && w != "that" && w != "this" {
			if !slices.ContainsFunc(ts[s:k], token.isCap) {
				s = k // lower-case words before the determiner
			}
			break
		}
	}
	return s
}

// trimNP returns the span of ts without the marks, prepositions and
// clause words at its edges (", of the board" gives "the board").
func (d *quoteDoc) trimNP(ts []token) Span {
	for len(ts) > 0 && (!ts[0].isWord() || prepositions.has(d.word(ts[0])) || clauseStops.has(d.word(ts[0]))) {
		ts = ts[1:]
	}
	for len(ts) > 0 && !ts[len(ts)-1].isWord() && d.word(ts[len(ts)-1]) != "." && d.word(ts[len(ts)-1]) != "%" {
		ts = ts[:len(ts)-1]
	}
	if len(ts) == 0 {
		return Span{}
	}
	return Span{ts[0].Start, ts[len(ts)-1].End}
}
