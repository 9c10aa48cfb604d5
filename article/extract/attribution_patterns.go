package extract

import "strings"

// afterPattern finds the speaker phrase in the tokens that follow a quote:
// `said X`, `X said`, `X, the ..., said`, `as X put it`, `according to
// X`. When anywhere is false only a pattern right after the quote counts.
func (d *quoteDoc) afterPattern(ts []token, anywhere bool) (Span, bool) {
	k := 0
	for k < len(ts) && !ts[k].isWord() {
		// a single mark right after the quote closes one left open
		// inside it ("… 'no way,"' Ode said)
		if c := d.word(ts[k]); c != "," && !isDash(c) && !(k == 0 && (c == "'" || c == "’")) {
			return Span{}, false // a sentence end or bracket: nothing attaches
		}
		k++
	}
	ts = ts[k:]
	if len(ts) == 0 {
		return Span{}, false
	}
	// said X; not "…," telling Radio Nord that, nor "…," describing the
	// crew as brave: a participle's object
	w := d.word(ts[0])
	if d.lx.isSpeechVerb(w) && !hasSuffixFold(w, "ing") {
		np := d.rightNP(ts[1:])
		if np.End > np.Start && (!addresseeVerbs.hasLower(w) || d.invertedAddressee(ts, np)) {
			return d.nameAfterRole(ts[1:], np), true
		}
	}
	// "Recount!" came shouts from the gallery: the crowd the cries come from
	if np := d.criesFrom(ts); np.End > np.Start {
		return np, true
	}
	// "…," as Ada Voss, a lecturer at the Harbour Institute, puts it.
	if np, _ := d.asPutIt(ts); np.End > np.Start {
		return np, true
	}
	// "…," Ada Voss, a fellow at the Harbour Institute, said on Tuesday.
	if np, ok := d.nameWithAppositive(ts); ok {
		return np, true
	}
	// X said, the three-term mayor will say
	if np, ok := d.subjectBeforeVerb(ts, anywhere); ok {
		return np, true
	}
	// "…" for Sandvik ahead of the vote, said Petra Galloway.
	if anywhere {
		for v := 1; v+1 < len(ts); v++ {
			w := d.word(ts[v])
			if d.word(ts[v-1]) == "," && d.lx.isSpeechVerb(w) && !isBareVerb(w) {
				if np := d.rightNP(ts[v+1:]); np.End > np.Start {
					return d.nameAfterRole(ts[v+1:], np), true
				}
			}
		}
	}
	if np := d.namedSource(ts); np.End > np.Start {
		return np, true
	}
	if anywhere {
		// "…" since May, and should be freed, the rights group says.
		if np := d.closingFrame(ts); np.End > np.Start {
			return np, true
		}
	}
	return Span{}, false
}

// invertedAddressee reports whether np, after a verb that takes an
// addressee (ts[0]), is the verb's inverted subject: a past form in -ed
// and nothing after np but a mark or a preposition other than "to"
// ("…?" asked Ada Voss, the mayor; "…," urged the coastguard on Monday),
// not an object ("…," urged the council to act; "…," told reporters).
func (d *quoteDoc) invertedAddressee(ts []token, np Span) bool {
	if !hasSuffixFold(d.word(ts[0]), "ed") {
		return false
	}
	k := tokenFrom(ts, np.End)
	for _, t := range ts[1:k] {
		if lowerIs(d.word(t), "to") {
			return false // the phrase ran on into "to act"
		}
	}
	if k >= len(ts) || !ts[k].isWord() {
		return true
	}
	w := d.word(ts[k])
	return prepositions.hasLower(w) && !lowerIs(w, "to")
}

// modifierQuote reports whether quote i modifies a noun after a
// determiner (the "open door" phrase).
func (d *quoteDoc) modifierQuote(i int) bool {
	q := &d.quotes[i]
	before := d.tokenize(Span{max(d.paras[q.para].Start, q.open.Start-12), q.open.Start})
	if len(before) == 0 || !determiners.hasLower(d.word(before[len(before)-1])) {
		return false
	}
	if t := strings.TrimRight(d.text[q.Start:q.End], " "); t != "" && strings.ContainsAny(t[len(t)-1:], ",.!?;:") {
		return false // called her "a menace," she said: the quote closes a clause
	}
	after := d.tokenize(Span{q.close.End, min(d.paras[q.para].End, q.close.End+24)})
	if len(after) == 0 || !after[0].isWord() {
		return false
	}
	w := d.word(after[0])
	// the "golden age" he said would follow: a pronoun and a speech verb
	// open a clause about the quote, a noun that modifies no other
	if (isSubjectPronoun(w) || lowerIs(w, "they")) && len(after) > 1 && d.lx.isSpeechVerb(d.word(after[1])) {
		return false
	}
	return !startsUpper(w) && !d.lx.isSpeechVerb(w) && !auxiliaryWords.has(w) && !clauseStops.has(w)
}

// beforeSpeaker finds the speaker phrase in the narrative before a quote
// (the subject of the speech verb nearest it, `according to X`, `quoted X
// as saying`) and how sure it is: Explicit for a speech verb's subject,
// Inferred for the sentence's subject guessed for "…, saying" or "X shot
// back:", Unattributed for none.
func (d *quoteDoc) beforeSpeaker(ts []token) (Span, Attribution) {
	if np := d.quotedAs(ts); np.End > np.Start {
		return np, Explicit
	}
	if np := d.dashLabel(ts); np.End > np.Start {
		return np, Explicit
	}
	main := d.mainClauseStart(ts)
	for v := len(ts) - 1; v >= 0; v-- {
		w := d.word(ts[v])
		if v < main {
			if np, ok := d.mainClauseSubject(ts[main:]); ok {
				return np, Explicit
			}
			main = 0
		}
		if np := d.speechNounOwner(ts, v); np.End > np.Start {
			return np, Explicit
		}
		if !d.speechVerbAt(ts, v) || d.asideBeforeConjunct(ts, v) {
			continue
		}
		if np := d.asClauseSubject(ts, v); np.End > np.Start {
			return np, Explicit
		}
		if !strings.HasSuffix(w, "ing") {
			if np := d.invertedSubject(ts, v); np.End > np.Start {
				return np, Explicit
			}
			if np := d.leftNP(ts[:v], 0); np.End > np.Start {
				// "…, from a mayor who promised": a clause; "Voss said voters
				// will say "no"": her words, not theirs
				if d.clauseNotPhrase(ts, np) || d.hypotheticalSpeech(ts, np, v) {
					continue
				}
				// "According to a memo Ada Voss wrote, …": the source is the
				// memo's author, not the whole phrase
				if k := tokenFrom(ts, np.Start); d.accordingAt(ts, k) {
					if src := d.accordingTo(ts[k:]); src.End > src.Start {
						return src, Explicit
					}
				}
				return d.matrixSubject(ts, np, 3), Explicit
			}
		} else if np := d.nameBefore(ts, v); np.End > np.Start {
			return np, Explicit // with Reyes stating
		} else if np := d.participleSubject(ts, v); np.End > np.Start {
			return np, Explicit
		} else if np := d.documentParticipleSubject(ts, v); np.End > np.Start {
			return np, Explicit
		}
		if np := d.sharedParticipleSubject(ts, v); np.End > np.Start {
			return np, Explicit // with Reyes tweeting that … and asking,
		}
		if np := d.nearClauseSubject(ts, v); np.End > np.Start {
			return np, Inferred // as a guard walked in, saying: the guard says it
		}
		// saying, adding, "… and said": the subject of the sentence speaks
		if np := d.subjectNP(d.narrativeTokens(d.sentenceStart(ts[v].Start, d.paraOf(ts[v].Start)), ts[v].Start)); np.End > np.Start {
			return np, Inferred
		}
		if (v == 0 || strings.HasSuffix(w, "ing")) && !addresseeVerbs.hasLower(w) {
			if np := d.rightNP(ts[v+1:]); np.End > np.Start {
				return np, Explicit
			}
		}
	}
	return d.sourceOrColonSubject(ts)
}

// sourceOrColonSubject is beforeSpeaker's last resort, for a narrative
// with no speech verb: a named source ("according to X"), or the subject
// of a sentence that a colon ends ("Okafor shot back:").
func (d *quoteDoc) sourceOrColonSubject(ts []token) (Span, Attribution) {
	if np := d.namedSource(ts); np.End > np.Start {
		return np, Explicit
	}
	if n := len(ts); n > 1 && d.word(ts[n-1]) == ":" {
		colon := ts[n-1].Start
		sent := d.narrativeTokens(d.sentenceStart(colon, d.paraOf(colon)), colon)
		if np := d.subjectNP(sent); np.End > np.Start {
			return d.colonNounOwner(sent, np), Inferred
		}
	}
	return Span{}, Unattributed
}

// colonNounOwner returns who owns the speech noun that heads np, the
// subject of a sentence a colon ends: "Ada Voss's message was blunt:" and
// "The warning from Ada Voss was simple:" give Ada Voss; else np.
func (d *quoteDoc) colonNounOwner(sent []token, np Span) Span {
	// the noun may follow np: "Ada Voss's | warning"
	k, end := tokenFrom(sent, np.Start), tokenFrom(sent, np.End)
	for k < len(sent) && k <= end && !speechNouns.hasLower(d.word(sent[k])) {
		k++
	}
	if k == 0 || k >= len(sent) || k > end {
		return np
	}
	owner, o := d.nounOwner(sent, k)
	if owner.End > owner.Start && !possessivePronouns.hasLower(d.word(sent[o])) {
		return owner // a name's, not "Her message"
	}
	if k+2 < len(sent) && lowerIs(d.word(sent[k+1]), "from") && sent[k+2].isCap() {
		return Span{sent[k+2].Start, sent[d.nameEndTok(sent, k+2)-1].End}
	}
	return np
}

// dashLabel returns the name that labels a quote in a digest item: the
// capitalized words between a dash and the colon that end ts ("Pier poll
// was early - Ada Ruiz: "…""), or an empty span.
func (d *quoteDoc) dashLabel(ts []token) Span {
	n := len(ts)
	if n < 3 || d.word(ts[n-1]) != ":" {
		return Span{}
	}
	k := n - 1
	for k > 0 && n-1-k < 6 && (ts[k-1].isWord() && ts[k-1].isCap() || d.word(ts[k-1]) == ".") {
		k--
	}
	if k == n-1 || k == 0 || !isDash(d.word(ts[k-1])) || !ts[k].isWord() {
		return Span{}
	}
	return Span{ts[k].Start, ts[n-2].End}
}

// nameBefore returns the capitalized words (or the pronoun) right before
// the participle ts[v] when no preposition precedes them ("with Reyes
// stating", not "footage of Brannock saying").
func (d *quoteDoc) nameBefore(ts []token, v int) Span {
	// with the Northern Ferry Workers Union calling her
	for w := v - 1; w >= 0 && w >= v-8 && ts[w].isWord(); w-- {
		if d.word(ts[w]) == "with" {
			if w+1 < v {
				return Span{ts[w+1].Start, ts[v-1].End}
			}
			break
		}
	}
	if v > 0 && isSubjectPronoun(d.word(ts[v-1])) {
		return ts[v-1].Span // she insisting "…" and he saying "…"
	}
	s := v
	for s > 0 && ts[s-1].isWord() && ts[s-1].isCap() && !isPossessive(d.word(ts[s-1])) {
		s--
	}
	if s == v || s > 0 && prepositions.has(d.word(ts[s-1])) && d.word(ts[s-1]) != "with" {
		return Span{}
	}
	return Span{ts[s].Start, ts[v-1].End}
}

// speechVerbAt reports whether ts[v] is a speech verb used as a verb:
// lower case (or opening the tokens), and when uninflected after a
// pronoun, an auxiliary or a plural ("officials say", not "the say").
func (d *quoteDoc) speechVerbAt(ts []token, v int) bool {
	w := d.word(ts[v])
	if ts[v].isWord() && d.particleVerbAt(ts, v) {
		return true
	}
	if !ts[v].isWord() || !d.lx.isSpeechVerb(w) || v > 0 && startsUpper(w) && !d.capitalVerb(ts, v) {
		return false
	}
	if d.documentModifierEnd(ts, v+1, false) > v+1 {
		return false // notes released Monday revealed: a noun
	}
	if v+2 < len(ts) && aspectVerbs.hasLower(w) && lowerIs(d.word(ts[v+1]), "to") && !determiners.hasLower(d.word(ts[v+2])) {
		return false // fares continued to climb: no words are reported
	}
	if v == 0 {
		// Notes on the talks describe: a document noun before its
		// preposition opens the subject
		return !(v+1 < len(ts) && documentNouns.hasLower(w) && prepositions.hasLower(d.word(ts[v+1])))
	}
	b := v - 1
	if c := d.parentheticalAdverb(ts, 0, v); c > 0 && c < v {
		b = c - 1 // officials, however, say
	}
	p := d.word(ts[b]) // asked in any case
	if ts[b].isWord() && (determiners.hasLower(p) && !loneSources.hasLower(p) || isPossessiveFold(p)) && !lowerIs(p, "that") {
		return false // "his remarks", "the senator's statement": a noun; "Another wrote" is no noun
	}
	// a noun ("his remarks were"), a passive ("was criticized as") or an
	// adjective ("for mutually assured peace")
	if d.nounBeforeVerb(ts, v) || d.passiveAt(ts, v) || d.participleAfterPreposition(ts, v) {
		return false
	}
	if !isBareVerb(w) {
		return true
	}
	// "the clubs who wrote to the mayor on Friday say": a time word ends the
	// subject phrase of a bare verb as a plural noun does
	return bareVerbSubjects.hasLower(p) || ts[b].isWord() && (hasSuffixFold(p, "s") || d.isCalendar(p)) && !isPossessiveFold(p) && !determiners.hasLower(p) ||
		d.pluralHeadBefore(ts, b)
}

// pluralHeadBefore reports whether ts[b] ends a prepositional phrase
// after a plural noun, which a bare verb agrees with ("Leaders of the
// union say").
func (d *quoteDoc) pluralHeadBefore(ts []token, b int) bool {
	for p := b; p > 0 && p > b-6 && (ts[p].isWord() || isApostrophe(d.word(ts[p]))); p-- {
		if !prepositions.hasLower(d.word(ts[p])) {
			continue
		}
		h := d.word(ts[p-1])
		return ts[p-1].isWord() && p < b && endsPluralS(strings.ToLower(h)) && !isPossessiveFold(h) && !determiners.hasLower(h)
	}
	return false
}

// accordingAt reports whether "according to" starts at ts[k].
func (d *quoteDoc) accordingAt(ts []token, k int) bool {
	return k+1 < len(ts) && foldEqual(d.word(ts[k]), "according") && d.word(ts[k+1]) == "to"
}

// accordingTo returns X in "according to X" in ts.
func (d *quoteDoc) accordingTo(ts []token) Span {
	for k := 0; k+2 < len(ts); k++ {
		if d.accordingAt(ts, k) {
			if np := d.byAfterNoun(ts[k+2:]); np.End > np.Start {
				return np
			}
			if np := d.authorOfNoun(ts[k+2:]); np.End > np.Start {
				return np // according to a speech Ada Voss gave
			}
			// according to his lawyer, Ada Voss: the name in apposition
			np := d.nameAfterRole(ts[k+2:], d.rightNP(ts[k+2:]))
			return d.coordinatedSource(ts[k+2:], np)
		}
	}
	return Span{}
}

// coordinatedSource extends np, the phrase that opens ts, over "and" and
// a second short phrase that a comma closes (`according to her friends
// and advisers, …`, not `according to Ruiz and the mayor agreed`).
func (d *quoteDoc) coordinatedSource(ts []token, np Span) Span {
	j := tokenFrom(ts, np.End)
	if np.End <= np.Start || j+1 >= len(ts) || !lowerIs(d.word(ts[j]), "and") {
		return np
	}
	second := d.rightNP(ts[j+1:])
	e := j + 1 + tokenFrom(ts[j+1:], second.End)
	if second.End <= second.Start || e-j-1 > 4 || e >= len(ts) || d.word(ts[e]) != "," {
		return np
	}
	return Span{np.Start, second.End}
}

// quotedAs returns X in "quoted X as saying" ("the paper quoted Ruiz as
// saying").
func (d *quoteDoc) quotedAs(ts []token) Span {
	for k := 0; k+1 < len(ts); k++ {
		if d.word(ts[k]) != "quoted" {
			continue
		}
		for j := k + 2; j+1 < len(ts) && j < k+10; j++ {
			if d.word(ts[j]) == "as" && strings.HasPrefix(d.word(ts[j+1]), "say") {
				return Span{ts[k+1].Start, ts[j-1].End}
			}
		}
	}
	return Span{}
}

// capitalVerb reports whether ts[v], a capitalized inflected speech verb
// after a word, is a verb all the same: after a comma and before a
// lower-case word ("Voss, the head of the club, Tweeted on Friday", not
// "…, Said Karimi, the …"), or in a title-case line after a name that is
// no common word (`Ruiz Said Of The Port, "…"`, not "But Still Called").
func (d *quoteDoc) capitalVerb(ts []token, v int) bool {
	w, prev := strings.ToLower(d.word(ts[v])), d.word(ts[v-1])
	if isBareVerb(w) {
		return false
	}
	if prev == "," {
		return !hasSuffixFold(w, "ing") && v+1 < len(ts) && ts[v+1].isWord() && !startsUpper(d.word(ts[v+1]))
	}
	if !startsUpper(prev) || d.lx.info(prev).has(factWord) {
		return false
	}
	words := 0
	for _, t := range ts {
		if !t.isWord() {
			continue
		}
		words++
		if x := d.word(t); !startsUpper(x) && !headlineSmallWords.contains(x) {
			return false
		}
	}
	return words >= 3
}

// criesFrom returns the crowd that calls out a quote when the words after
// it are a verb, a noun for cries and "from" (`"Recount!" came shouts
// from the gallery`).
func (d *quoteDoc) criesFrom(ts []token) Span {
	if len(ts) < 4 || !ts[0].isWord() || startsUpper(d.word(ts[0])) || !chantNouns.has(d.word(ts[1])) ||
		d.word(ts[2]) != "from" {
		return Span{}
	}
	return d.rightNP(ts[3:])
}

// passiveAt reports whether the speech verb ts[v] is a passive participle
// ("was widely criticized", "was said to be"), whose subject is spoken
// of, not speaking; not with its agent ("was asked by the host").
func (d *quoteDoc) passiveAt(ts []token, v int) bool {
	w := d.word(ts[v])
	if !hasSuffixFold(w, "ed") && !lowerIs(w, "said") || v+1 < len(ts) && lowerIs(d.word(ts[v+1]), "by") {
		return false // was asked by the host: the agent speaks
	}
	b := v - 1
	if b > 0 && ts[b].isWord() && isLyAdverb(d.word(ts[b])) {
		b--
	}
	if b >= 0 && d.word(ts[b]) == "," && v+1 < len(ts) && lowerIs(d.word(ts[v+1]), "as") && describingVerbs.hasLower(w) {
		return true // Mr. Lund, described as one of the "…": a reduced relative
	}
	return b >= 0 && ts[b].isWord() && beForms.hasLower(d.word(ts[b]))
}

// participleAfterPreposition reports whether ts[v], a word in -ed, is an
// adjective after a preposition and maybe an adverb in -ly ("with widely
// praised reforms").
func (d *quoteDoc) participleAfterPreposition(ts []token, v int) bool {
	if !hasSuffixFold(d.word(ts[v]), "ed") {
		return false
	}
	b := v - 1
	if b > 0 && ts[b].isWord() && isLyAdverb(d.word(ts[b])) {
		b--
	}
	return b >= 0 && ts[b].isWord() && d.isPreposition(ts[b])
}

// nounBeforeVerb reports whether ts[v], a speech word in -s, is a plural
// noun, as a finite "be", "have" or modal after it shows ("her comments
// were").
func (d *quoteDoc) nounBeforeVerb(ts []token, v int) bool {
	w := d.word(ts[v])
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && v+1 < len(ts) && ts[v+1].isWord() &&
		verbsAfterNoun.has(d.word(ts[v+1]))
}

// clauseNotPhrase reports whether np, the words before a speech verb in
// ts, is a clause: a finite "be" with no relative pronoun before it ("the
// plan was drawn up by a clerk who argued", not "the aide who was fired
// said").
func (d *quoteDoc) clauseNotPhrase(ts []token, np Span) bool {
	for k := tokenFrom(ts, np.Start); k < len(ts) && ts[k].Start < np.End; k++ {
		w := d.word(ts[k])
		if relativeWords.hasLower(w) {
			return false
		}
		if k > tokenFrom(ts, np.Start) && beForms.hasLower(w) && !lowerIs(w, "be") && !lowerIs(w, "been") && !lowerIs(w, "being") {
			return true
		}
	}
	return false
}
