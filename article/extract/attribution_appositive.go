package extract

// Speaker phrases whose role and name stand in apposition: the name is the
// speaker, not the role resolved to someone named before.

// nameAfterRole returns the name that a role phrase np opening ts puts in
// apposition ("said the port's chief engineer, Ada Voss,"), or that it
// introduces ("wrote a reader calling himself Birchwood"); else np. A list
// ("said the coach, the owner and Ada Voss") is no apposition.
func (d *quoteDoc) nameAfterRole(ts []frameTok, np Span) Span {
	n := 0
	for n < len(ts) && ts[n].End <= np.End {
		n++
	}
	role := ts[:n]
	if len(role) == 0 || !d.isRolePhrase(role) {
		return np
	}
	// the role may stop before its participle: "a man | calling himself"
	if name, ok := d.selfNamed(ts[:min(len(ts), n+8)], n); ok {
		return name
	}
	if n+1 >= len(ts) || d.word(ts[n]) != "," {
		return np
	}
	if name, ok := d.appositiveName(ts[n+1:]); ok {
		return name
	}
	return np
}

// isRolePhrase reports whether words describe a person without naming
// them: they open with a lower-case word or a determiner ("the owner",
// "another user", "Harbor FC's coach" is no role phrase).
func (d *quoteDoc) isRolePhrase(ts []frameTok) bool {
	first := d.word(ts[0])
	if _, pronoun := pronounGenders[first]; !ts[0].word || pronoun || noSpeakerWords.hasLower(first) || lowerIs(first, "they") {
		return false
	}
	return !startsUpper(first) || determiners.hasLower(first)
}

// selfNamed returns the name after "calling himself", "going by" or
// "signing as" in a role phrase ("a user going by the name Harbourwatch"),
// whose participle stands at most at role[upto].
func (d *quoteDoc) selfNamed(role []frameTok, upto int) (Span, bool) {
	for k := 0; k+1 < len(role) && k <= upto; k++ {
		w, next := d.word(role[k]), d.word(role[k+1])
		intro := (w == "calling" || w == "called" || w == "naming") && reflexives.has(next) ||
			(w == "going" || w == "goes") && next == "by" || (w == "signing" || w == "signed") && next == "as"
		if !intro {
			continue
		}
		rest := role[k+2:]
		if len(rest) > 2 && d.word(rest[0]) == "the" && !startsUpper(d.word(rest[1])) { // the handle
			rest = rest[2:]
		}
		e := 0
		for e < len(rest) && rest[e].word && startsUpper(d.word(rest[e])) {
			e++
		}
		if e > 0 {
			return Span{rest[0].Start, rest[e-1].End}, true
		}
	}
	return Span{}, false
}

var reflexives = newWordSet(`himself herself themselves itself`)

// appositiveName returns the person name that opens ts when it is all of
// an appositive: capitalized words (and name particles) up to the end, a
// comma, a sentence end or a relative pronoun, never a conjunction.
func (d *quoteDoc) appositiveName(ts []frameTok) (Span, bool) {
	e := 0
	for e < len(ts) && ts[e].word && (startsUpper(d.word(ts[e])) || e > 0 && nameParticles.has(d.word(ts[e]))) {
		e++
	}
	if e == 0 {
		return Span{}, false
	}
	if e < len(ts) {
		w := d.word(ts[e])
		ends := !ts[e].word && w != "'" && w != "’" && w != "&" && w != "-"
		if !ends && w != "who" && w != "whose" {
			return Span{}, false
		}
	}
	s, end, ok := d.personName(ts[:e])
	if !ok || end != e {
		return Span{}, false
	}
	name := d.text[ts[s].Start:ts[e-1].End]
	if d.notPerson(name) {
		return Span{}, false
	}
	return Span{ts[0].Start, ts[e-1].End}, true
}

// roleAppositive returns the name in apposition to a role phrase that
// ends before ts[k], a comma ("the owner, Victor Lindqvist, said").
func (d *quoteDoc) roleAppositive(ts []frameTok, k int) (Span, bool) {
	if k == 0 || !d.isRolePhrase(ts[:k]) {
		return Span{}, false
	}
	return d.appositiveName(ts[k+1:])
}
