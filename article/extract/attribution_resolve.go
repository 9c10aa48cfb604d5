package extract

import (
	"slices"
	"strings"
)

// resolve turns the speaker phrase np into a speaker: a pronoun to its
// antecedent, a name to its entity, a role ("the secretary") to the person
// with that title, anything else to the phrase itself.
func (d *quoteDoc) resolve(np Span, anchor int) speakerGuess {
	ts := d.tokenize(np)
	// "X, the ... of Y": the head X speaks, or else a person named in
	// the appositive ("Brandvold's son, Grant")
	for k, t := range ts {
		if k == 0 || k == len(ts)-1 || d.word(t) != "," {
			continue
		}
		// the name in apposition to a role phrase ("the owner, Arne Solberg, said")
		if d.isRolePhrase(ts[:k]) {
			if name, ok := d.appositiveName(ts[k+1:]); ok {
				return d.resolveOne(name, anchor)
			}
		}
		head, app := Span{np.Start, ts[k-1].End}, Span{ts[k+1].Start, np.End}
		h := d.resolveOne(head, anchor)
		if h.ent >= 0 && d.ents[h.ent].person < 0 && d.describesThing(app) {
			d.ents[h.ent].org = true // Tellpress, the main Karvian state agency
		}
		if h.ent >= 0 && !d.ents[h.ent].org || h.pronoun {
			return h
		}
		a := d.resolveOne(app, anchor)
		if a.ent >= 0 && !d.ents[a.ent].org {
			return a
		}
		if h.ent >= 0 || h.phrase != "" && d.describesThing(app) {
			// an organization with its description
			return speakerGuess{ent: -1, phrase: strings.TrimSpace(d.text[np.Start:np.End]), how: Explicit}
		}
		if h.how != Unattributed {
			return h
		}
		return a
	}
	return d.resolveOne(np, anchor)
}

// describesThing reports whether the phrase at s is a description whose
// head is no person ("the official Karvian news agency").
func (d *quoteDoc) describesThing(s Span) bool {
	ts := d.tokenize(s)
	if len(ts) < 2 {
		return false
	}
	head := d.word(ts[d.headEnd(ts, prepositions)-1])
	return thingNouns.hasLower(head) || d.lx.info(head).has(factOrg)
}

// resolveOne resolves a speaker phrase without an appositive.
func (d *quoteDoc) resolveOne(np Span, anchor int) speakerGuess {
	words := slices.DeleteFunc(d.tokenize(np), func(t token) bool { return !t.isWord() })
	if len(words) == 0 {
		return noSpeakerGuess
	}
	if len(words) == 1 {
		if g, ok := d.pronounGuess(d.word(words[0]), np.Start); ok {
			return g
		}
	}
	if s, ok := d.resolveDocument(np, words, anchor); ok {
		return s // the ruling released Friday
	}
	if s, ok := d.resolveRestrictive(np, words, anchor); ok {
		return s // the agency that runs the port
	}
	h := d.headEnd(words, prepositions, relativeWords)
	head := words[:h]
	// "a Winston Churchill lookalike", "the Churchill actor": a name used
	// as a modifier of a common noun is no speaker; "the exiled cleric Omar
	// al-Haddad" ends with a name
	described := h > 1 && determiners.hasLower(d.word(head[0])) && !head[h-1].isCap() && !isArticleName(d.word(head[h-1]))
	name, named := d.nameIn(head, false) // never described: it ends the head
	_, last := lastField(name)
	junior := named && fieldCount(name) > 1 && isNameSuffix(last) // Brannock Jr. is not Brannock
	// a person mention in the head, not a possessive ("Brannock's aide")
	if e := d.mentionIn(head); e >= 0 && !described && !junior {
		return speakerGuess{ent: d.surnameChoice(e, head, np.Start), how: Explicit}
	}
	if named {
		return speakerGuess{ent: d.entityFor(name), how: Explicit}
	}
	// a role: "the secretary", "the two-term president"
	if e, guessed := d.roleEntity(head, anchor); e >= 0 {
		return speakerGuess{ent: e, how: Explicit, guessed: guessed}
	}
	// a name in apposition after the head: "director of the Harbour Trust
	// Mara Dunmore", but not "a spokesman for Mrs. Dalby"
	if name, ok := d.nameIn(words[h:], true); ok {
		return speakerGuess{ent: d.entityFor(name), how: Explicit}
	}
	if !d.plausibleSource(words) {
		return noSpeakerGuess
	}
	// "the former Chilean leader", "the retired dentist": a
	// description of someone the text has named
	if e := d.describedPerson(head, np.Start); e >= 0 {
		return speakerGuess{ent: e, how: Inferred, guessed: true}
	}
	n := d.sourceLength(words)
	if n == 0 {
		return noSpeakerGuess
	}
	guessed := n >= 3 && !d.sourceHead(words[:n])
	return speakerGuess{ent: -1, phrase: d.sourcePhrase(np, words[:n]), how: Explicit, guessed: guessed}
}

// pronounGuess resolves w, a speaker phrase of one word, when it is a
// pronoun ("he" → the antecedent, inferred) or a word that names no one
// ("it"); ok is false for any other word.
func (d *quoteDoc) pronounGuess(w string, pos int) (g speakerGuess, ok bool) {
	gender, ok := subjectPronoun(w)
	if !ok && possessivePronouns.hasLower(w) { // his claim that "…"
		gender, ok = pronounGender(strings.ToLower(w)), true
	}
	if ok {
		if e := d.antecedent(pos, gender); e >= 0 {
			return speakerGuess{ent: e, how: Inferred, pronoun: true}, true
		}
		return noSpeakerGuess, true
	}
	if lowerIs(w, "they") {
		return d.pluralAntecedent(pos), true
	}
	return noSpeakerGuess, noSpeakerWords.hasLower(w)
}

// headEnd returns how many of a phrase's tokens make its head: those
// before the first later token that is a word of stops ("a spokesman |
// for the port", "the woman | who called").
func (d *quoteDoc) headEnd(words []token, stops ...wordSet) int {
	for k := 1; k < len(words); k++ {
		for _, s := range stops {
			if s.hasLower(d.word(words[k])) {
				return k
			}
		}
	}
	return len(words)
}

// isPreposition reports whether t is a preposition, in any case.
func (d *quoteDoc) isPreposition(t token) bool { return prepositions.hasLower(d.word(t)) }

// plausibleSource reports whether words can name a source that is no
// named person: a phrase led by a determiner ("a spokeswoman", "the
// ministry"), a source noun ("officials") or a capitalized name ("The
// Guardian"), whose head is no time word and no verb form.
func (d *quoteDoc) plausibleSource(words []token) bool {
	if d.groupSource(words) {
		return true // 21 percent, most, about 50 nurses
	}
	first := d.word(words[0]) // asked in any case
	switch {
	case determiners.hasLower(first) || sourceNouns.hasLower(first):
	case startsUpper(first):
		if len(words) == 1 && (hasSuffixFold(first, "ing") || d.isDictionaryWord(first) && !d.pluralNoun(first)) {
			return false // "Meanwhile", "Turning": no source; "Demonstrators" is one
		}
	default:
		return false
	}
	head := d.word(words[d.headEnd(words, sourceHeadStops)-1])
	lone := len(words) == 1 && determiners.hasLower(first) && !loneSources.hasLower(first)
	return !lone && !d.isCalendar(head) && !noHeadWords.hasLower(head)
}

// sourceHeadStops end the head of a phrase tested as a source ("the head
// | of the port").
var sourceHeadStops = wordSet{"of": "", "for": "", "from": "", "in": ""}

// pluralNoun reports whether w is the plural of a dictionary noun
// ("Demonstrators", "Parents"), which can be a source on its own as the
// subject of a verb of saying.
func (d *quoteDoc) pluralNoun(w string) bool {
	lw := strings.ToLower(w)
	return endsPluralS(lw) && d.isDictionaryWord(lw[:len(lw)-1])
}

// mentionIn returns the entity of the last non-possessive person mention
// in head, a speaker phrase's head (headEnd), or -1.
func (d *quoteDoc) mentionIn(head []token) int {
	best := -1
	for i := d.eventFrom(head[0].Start); i < len(d.events) && d.events[i].pos < head[len(head)-1].End; i++ {
		if !d.events[i].possessive {
			best = d.events[i].ent
		}
	}
	return best
}

// pluralAntecedent resolves "they" to the plural source that is the
// subject of the sentence before ("The authors say …. They call for"), or
// finds nothing.
func (d *quoteDoc) pluralAntecedent(pos int) speakerGuess {
	p := d.paraOf(pos)
	st := d.sentenceStart(pos, p)
	prev := d.sentenceStart(st-1, p)
	np := d.subjectNP(d.narrativeTokens(prev, st))
	words := d.tokenize(np) // none when there is no subject
	if len(words) < 2 || !hasSuffixFold(d.word(words[len(words)-1]), "s") ||
		!determiners.hasLower(d.word(words[0])) {
		return noSpeakerGuess
	}
	return speakerGuess{ent: -1, phrase: d.text[np.Start:np.End], how: Inferred}
}

// nameIn returns the proper name that words end with ("team member Laila
// Haidari", "Chilean Foreign Minister Rafael Ibarra"). A name after "the"
// belongs to an organization ("the White House"). When appositive is set
// the name must follow other capitalized words in its run ("the Harbour
// Trust Mara Dunmore"), as a name right after a preposition is no
// speaker ("a spokesman for Mrs. Dalby").
func (d *quoteDoc) nameIn(words []token, appositive bool) (string, bool) {
	s, e, ok := d.personName(words)
	if !ok || e < len(words) && !appositive {
		return "", false // a name as modifier: "a Winston Churchill lookalike"
	}
	k := s
	for k > 0 && words[k-1].isCap() && !isPossessive(d.word(words[k-1])) {
		k--
	}
	if appositive {
		other := slices.ContainsFunc(words[k:s], func(t token) bool {
			return !d.lx.isTitleWord(d.word(t)) && !foldEqual(d.word(t), "the")
		})
		if !other || d.word(words[k]) == "The" {
			return "", false // in The Des Moines Register: a newspaper's name
		}
	} else if k > 0 && foldEqual(d.word(words[k-1]), "the") || foldEqual(d.word(words[k]), "the") {
		return "", false
	}
	name := d.text[words[s].Start:words[e-1].End]
	// a new surname must be no plain word: The Des Moines Register
	last := lastName(name)
	if _, known := lookupLower(d.byLast, last); !known && (d.notPerson(name) || d.isDictionaryWord(last)) {
		return "", false
	}
	return name, true
}

// sourcePhrase returns a non-person source as the text names it by words
// (sourceLength), cut before a participle before "by" ("the memo | sent
// by").
func (d *quoteDoc) sourcePhrase(np Span, words []token) string {
	n := 0
	for n < len(words) {
		w := d.word(words[n])
		if n > 0 && n+1 < len(words) && d.word(words[n+1]) == "by" && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ed")) {
			break
		}
		n++
	}
	end := words[n-1].End
	if d.percentAfter(words[n-1]) {
		end++ // 40%
	}
	return strings.TrimSpace(d.text[np.Start:end])
}
