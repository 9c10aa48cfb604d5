package extract

// Speaker phrases whose role and name stand in apposition: the name is the
// speaker, not the role resolved to someone named before.

// nameAfterRole returns the name that the role phrase np opening ts puts
// in apposition ("said the port's engineer, Ada Voss,") or introduces
// ("wrote a reader calling himself Birchwood"); else np.
func (d *quoteDoc) nameAfterRole(ts []token, np Span) Span {
	n := 0
	for n < len(ts) && ts[n].End <= np.End {
		n++
	}
	role := ts[:n]
	if len(role) == 0 || !d.isRolePhrase(role) {
		return np
	}
	// past what rightNP left off: "the ambassador | at the time, Ann Pollard"
	for n < len(ts) && n < len(role)+5 && d.trailingWord(d.word(ts[n])) {
		n++
	}
	// the role may stop before its participle: "a man | calling himself"
	if name, ok := d.selfNamed(ts[:min(len(ts), n+8)], n); ok {
		return name
	}
	if n+1 < len(ts) && d.word(ts[n]) == "," {
		// a role in lower case may lead the name: "one resident, retired nurse Ada Voss"
		a := n + 1
		for a < len(ts) && a < n+4 && ts[a].isWord() && !ts[a].isCap() &&
			!clauseStops.hasLower(d.word(ts[a])) &&
			!hasSuffixFold(d.word(ts[a]), "ing") { // not "said the mayor, thanking nurse Ada Voss"
			a++
		}
		if w := d.word(ts[a-1]); a == n+1 || d.humanRoleNoun(w) || hasSuffixFold(w, "-old") {
			if name, ok := d.appositiveName(ts[a:]); ok {
				return name
			}
		}
	}
	return np
}

// isRolePhrase reports whether ts describes a person without a name: it
// opens with a lower-case word or a determiner ("the owner", "another
// user") or has an owner before its last word ("Harbor FC's head coach").
func (d *quoteDoc) isRolePhrase(ts []token) bool {
	first := d.word(ts[0])
	if !startsUpper(first) || determiners.hasLower(first) {
		return true
	}
	for _, t := range ts[:len(ts)-1] {
		if isPossessiveFold(d.word(t)) {
			return true // the owner may be a name: "Ada Voss's lawyer"
		}
	}
	return false
}

// selfNamed returns the name after "calling himself", "going by" or
// "signing as" at most at role[upto] ("a user going by the name Rook").
func (d *quoteDoc) selfNamed(role []token, upto int) (Span, bool) {
	for k := 0; k+1 < len(role) && k <= upto; k++ {
		next := d.word(role[k+1])
		if after, ok := aliasVerbs[d.word(role[k])]; !ok || next != after && !(after == "-self" && reflexives.has(next)) {
			continue
		}
		rest := role[k+2:]
		if len(rest) > 2 && d.word(rest[0]) == "the" && !rest[1].isCap() { // the handle
			rest = rest[2:]
		}
		if e := capitalsEnd(rest, 0); e > 0 {
			return Span{rest[0].Start, rest[e-1].End}, true
		}
	}
	return Span{}, false
}

// appositiveName returns the person name that is all of the appositive
// ts, up to a mark or relative pronoun ("Ada Voss, who", "Ann Pollard of
// the firm"), not a conjunction.
func (d *quoteDoc) appositiveName(ts []token) (Span, bool) {
	e := 0
	for e < len(ts) && (ts[e].isCap() || e > 0 && nameConnectors.has(d.word(ts[e]))) {
		e++
	}
	if e == 0 {
		return Span{}, false
	}
	if e < len(ts) {
		w := d.word(ts[e])
		ends := !ts[e].isWord() && w != "'" && w != "’" && w != "&" && w != "-"
		if !ends && w != "who" && w != "whose" && !prepositions.has(w) {
			return Span{}, false
		}
	}
	s, end, ok := d.personName(ts[:e])
	if !ok || end != e {
		return Span{}, false
	}
	for _, t := range ts[:s] { // only titles before the name: not "In Mesa"
		if w := d.word(t); !d.lx.looksDemonym(w) && !d.lx.isTitleWord(w) {
			return Span{}, false
		}
	}
	if d.notPerson(d.text[ts[s].Start:ts[e-1].End]) {
		return Span{}, false
	}
	return Span{ts[0].Start, ts[e-1].End}, true
}

// appositiveHead returns a name and its appositive before the speech verb
// at ts[e] ("Ada Voss, 52, of Mesa, Ariz., said"), the name opening its
// clause: not "a letter to Ada Voss, the mayor, said".
func (d *quoteDoc) appositiveHead(ts []token, floor, e int) (Span, bool) {
	if e-1 <= floor || d.word(ts[e-1]) != "," {
		return Span{}, false
	}
	lo := e - 1 // the name opens the clause: "raised in May; Ada Voss, 52, a nurse, said"
	for lo > max(floor, e-40) {
		if open := d.parentheticalStart(ts, floor, lo-1); open >= 0 {
			lo = open // "worked for Sen. Ada Cole (D-Ore.), one of…"
			continue
		}
		if w := d.word(ts[lo-1]); d.clauseEndAt(ts, lo-1) || isQuoteMark(w) || w == "(" || w == ")" {
			break
		}
		lo--
	}
	for k := lo + 1; k < e-1; k++ {
		if d.word(ts[k]) != "," {
			continue
		}
		s := k
		for s > lo && (ts[s-1].isCap() || nameConnectors.has(d.word(ts[s-1]))) {
			s--
		}
		if s == k || s > lo && !d.opensClause(ts[s-1]) {
			continue
		}
		if _, ok := d.appositiveName(ts[s:k]); ok && d.appositiveBody(ts[k+1:e-1]) {
			return Span{ts[s].Start, ts[e-2].End}, true
		}
	}
	return Span{}, false
}

// clauseEndAt reports whether ts[v] ends the clause a speaker phrase runs
// in: ";", ":" or a sentence end, not the dot of "Ariz.,".
func (d *quoteDoc) clauseEndAt(ts []token, v int) bool {
	w := d.word(ts[v])
	return w == "." && (v+1 >= len(ts) || d.word(ts[v+1]) != ",") ||
		w == ";" || w == ":" || w == "!" || w == "?"
}

// isQuoteMark reports whether token w is a double quotation mark.
func isQuoteMark(w string) bool { return w == "\"" || w == "“" || w == "”" }

// opensClause reports whether a subject may follow t ("," "and" "that").
func (d *quoteDoc) opensClause(t token) bool {
	w := d.word(t)
	return w == "," || w == "—" || clauseWords.has(w)
}

// appositiveBody reports whether ts can be an appositive: no speech verb
// outside a relative clause ("Ada Voss, a nurse who advised the mayor,
// said").
func (d *quoteDoc) appositiveBody(ts []token) bool {
	relative := false
	for k, t := range ts {
		w := d.word(t)
		relative = relative || lowerIs(w, "who") || lowerIs(w, "whose")
		if !relative && d.speechVerbAt(ts, k) {
			return false
		}
	}
	return true
}

// parentheticalStart returns the index of the "(" of the short
// parenthesis that ts[k] closes ("Sen. Ada Cole (D-Ore.)"); else -1.
func (d *quoteDoc) parentheticalStart(ts []token, floor, k int) int {
	if d.word(ts[k]) != ")" {
		return -1
	}
	for j := k - 1; j >= floor && j >= k-8; j-- {
		switch d.word(ts[j]) {
		case "(":
			return j
		case ")", "“", "”", "\"":
			return -1
		}
	}
	return -1
}

// roleBeforeName reports whether one of the first three words of ts is a
// role noun before a name ("campaign aide Lotte Strand" after "Berg").
func (d *quoteDoc) roleBeforeName(ts []token) bool {
	for k := 0; k < len(ts)-1 && k < 3; k++ {
		w := d.word(ts[k])
		if d.lx.title(w).kind == titleHead && ts[k+1].isCap() {
			return true
		}
	}
	return false
}

// namedAppositive widens np, the antecedent of a "who", to the name it
// stands in apposition to ("said Ada Voss, a fellow at the Harbour
// Institute who calls it …": Voss calls it); else np.
func (d *quoteDoc) namedAppositive(ts []token, floor int, np Span) Span {
	if np.End <= np.Start {
		return np
	}
	c := max(floor, tokenFrom(ts, np.Start))
	// np opens with a determiner after a comma or a dash at ts[c-1] ("Ada Voss — a nurse who …")
	if c >= len(ts) || !determiners.hasLower(d.word(ts[c])) || c-1 <= floor ||
		d.word(ts[c-1]) != "," && !isDash(d.word(ts[c-1])) {
		return np
	}
	a := c - 1
	for a > floor && (ts[a-1].isCap() || nameConnectors.has(d.word(ts[a-1]))) {
		a--
	}
	if _, ok := d.appositiveName(ts[a : c-1]); !ok {
		return np
	}
	return Span{ts[a].Start, np.End}
}
