package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// judge returns the quotations of d that are speech, in order, with their
// speakers. Left out are titles ("Face the Nation"), handles, numbers,
// short scare quotes and nested quotes that no pattern attributes, but a
// double-marked quote inside listed speech is its speaker's ("“Locals
// call it “the ghost tax”,” Cole said") and a quote joined by "and" or
// "or" to a listed one is kept with it.
func (d *quoteDoc) judge(spk []speakerGuess) []Quote {
	kept := make([]bool, len(d.quotes))
	chosen := make([]speakerGuess, len(d.quotes))
	for i := range d.quotes {
		d.tokens.free()
		q := &d.quotes[i]
		s := spk[i]
		text := d.text[q.Start:q.End]
		if q.parent >= 0 && !q.single && s.how == Unattributed && kept[q.parent] && spk[q.parent].how != Unattributed {
			s = spk[q.parent]
			s.how = Inferred
		} else if !d.isSpeech(q, s) || !s.pattern && countWords(text, 4) <= 3 && d.namingUse(q) {
			if described, ok := d.attributedShort(q); ok {
				if !s.pattern || described.how == Unattributed {
					s = described // a passive names no one: "a series called "Deep Cuts""
				}
			} else if !d.subjectsOwnWord(i, s) {
				continue
			}
		}
		kept[i], chosen[i] = true, s
	}
	d.keepCoordinates(kept, chosen)
	out := make([]Quote, 0, len(d.quotes))
	for i, q := range d.quotes {
		if kept[i] {
			qt := Quote{Text: d.text[q.Start:q.End], Span: q.Span}
			d.setSpeaker(&qt, chosen[i])
			out = append(out, qt)
		}
	}
	return out
}

// keepCoordinates lists, with its partner's speaker, each quote left out
// that "and" or "or" joins to a listed one: words of one kind ("derided as
// "ghost towns" or "dead zones"").
func (d *quoteDoc) keepCoordinates(kept []bool, chosen []speakerGuess) {
	for i := range d.quotes {
		for _, j := range [2]int{i - 1, i + 1} {
			if !kept[i] && j >= 0 && j < len(d.quotes) && kept[j] && d.coordinated(min(i, j), max(i, j)) {
				kept[i], chosen[i] = true, chosen[j]
			}
		}
	}
}

// coordinated reports whether quotes a and b, a just before b, are short
// top-level quotes of one paragraph that only "and" or "or" join. An "or"
// after a comma renames the first (a play called "Los Lobos," or "The
// Wolves,"); a long quote is a clause ("…," and "Harbor Lights" aired it).
func (d *quoteDoc) coordinated(a, b int) bool {
	qa, qb := &d.quotes[a], &d.quotes[b]
	if qa.para != qb.para || qa.parent >= 0 || qb.parent >= 0 || qa.unclosed() || qb.unclosed() ||
		countWords(d.text[qa.Start:qa.End], 7) > 6 || countWords(d.text[qb.Start:qb.End], 7) > 6 {
		return false
	}
	gap := d.text[qa.close.End:qb.open.Start]
	comma := strings.HasSuffix(d.text[qa.Start:qa.End], ",") || strings.Contains(gap, ",")
	gap = strings.Trim(gap, " ,")
	if gap != "and" && (gap != "or" || comma) {
		return false
	}
	// a second quote that a verb follows opens a clause of its own:
	// "dull" and "Harbor Lights" was cancelled
	next, _ := firstField(d.text[qb.close.End:min(d.paras[qb.para].End, qb.close.End+40)])
	next = trimToWord(next)
	return !auxiliaryWords.hasLower(next) && !beForms.hasLower(next)
}

// isSpeech reports whether quote q, attributed as s, is speech worth
// listing ("“We will rebuild,” Cole said", not "the robot “Tinbot”").
func (d *quoteDoc) isSpeech(q *quoteSpan, s speakerGuess) bool {
	text := d.text[q.Start:q.End]
	n := countWords(text, 5)
	if q.parent >= 0 {
		return s.pattern && !s.pronoun && n <= 4
	}
	// handles, hashtags or numbers alone are no one's words ("@TarnbyCouncil",
	// "4-3, 2-1"); a post that opens with one is ("@TomReyes you are wrong")
	if onlyTags(text) || strings.IndexFunc(text, unicode.IsLetter) < 0 {
		return false
	}
	if d.looksLikeTitle(text) && (!readsAsSentence(text) || d.namedWork(q)) &&
		!(s.pattern && d.saidInTitleCase(q)) {
		return false
	}
	if d.namesRoleHoldersWork(q) || d.glossesForeignWords(q) {
		return false
	}
	if n <= 3 && s.how == Unattributed && !s.unsettled {
		return false
	}
	return n > 1 || s.pattern // a lone word no pattern attributes is a term: the "stewards"
}

// saidInTitleCase reports whether quote q, capitalized like a title,
// reads as words said: closed, it ends in speech's punctuation and opens
// its sentence or follows a colon ("“Never Again,” Ruiz said."), or it
// stands in a title-case sentence, a subhead, and ends a sentence or runs
// to five words ("Mayor Urges Voters To “Fix Every Bridge.”"); not "Ruiz
// told “Morning Hour” that…".
func (d *quoteDoc) saidInTitleCase(q *quoteSpan) bool {
	text := d.text[q.Start:q.End]
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, "'’"))
	p := d.paras[q.para]
	from := d.sentenceStart(q.open.Start, p)
	before := strings.TrimSpace(d.text[from:q.open.Start])
	opens := before == "" || strings.HasSuffix(before, ":")
	if !q.unclosed() && strings.ContainsRune(".,?!", last) && opens {
		return true
	}
	if !strings.ContainsRune(".?!", last) && countWords(text, 5) < 5 {
		return false
	}
	end := p.End
	if i := d.sentenceOf(q.close.End); i < len(d.ends) && d.ends[i] < end {
		end = d.ends[i]
	}
	return d.looksLikeTitle(d.text[from:end])
}

// countWords counts the fields of text with a letter or digit, up to
// limit ("a — b" has 2).
func countWords(text string, limit int) int {
	n := 0
	for f, rest := firstField(text); f != "" && n < limit; f, rest = firstField(rest) {
		if strings.IndexFunc(f, isWordChar) >= 0 {
			n++
		}
	}
	return n
}

// onlyTags reports whether every word of text is a handle or a hashtag
// ("@TarnbyCouncil", "#Tarnby #ferry").
func onlyTags(text string) bool {
	for f, rest := firstField(text); f != ""; f, rest = firstField(rest) {
		if f[0] != '@' && f[0] != '#' {
			return false
		}
	}
	return true
}

// looksLikeTitle reports whether text is in title case: more than one
// word, each capitalized, a number or a small word ("Face the Nation",
// "June 3, 2019"), with at least one capitalized.
func (d *quoteDoc) looksLikeTitle(text string) bool {
	words, caps := 0, 0
	for f, rest := firstField(text); f != ""; f, rest = firstField(rest) {
		f = trimToWord(f)
		if f == "" {
			continue // a dash or an ampersand: "Tarnby & Beyond", "Tarnby – Then and Now"
		}
		words++
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r), headlineSmallWords.contains(f):
		default:
			return false
		}
	}
	return words >= 2 && caps >= 1
}

// trimToWord strips from f the runes at both ends that are no letter or
// digit ("“Yes,”" becomes "Yes").
func trimToWord(f string) string {
	return strings.TrimFunc(f, func(r rune) bool { return !isWordChar(r) })
}

// namingUse reports whether a short quote is used as a name, a term or a
// modifier rather than quoted speech: "named it “Tinbot”", "the word
// “rewilding”", "“refugee” status".
func (d *quoteDoc) namingUse(q *quoteSpan) bool {
	if after := d.runOnTokens(q); len(after) > 0 {
		w := d.word(after[0])
		if startsLower(w) && !d.lx.isSpeechVerb(w) && !clauseStops.has(w) && !auxiliaryWords.has(w) &&
			!determiners.has(w) && !isSubjectPronoun(w) {
			return true
		}
	}
	return d.afterNamingWord(q, false)
}

// afterNamingWord reports whether quote q follows a word that makes it a
// name or a title, with a comma between when comma is true: "the song
// “Don't Stop Me Now”", "titled “I Am Tarnby”", "his book, “Why I Left,”".
func (d *quoteDoc) afterNamingWord(q *quoteSpan, comma bool) bool {
	ts := d.tokenize(Span{max(d.paras[q.para].Start, q.open.Start-30), q.open.Start})
	if n := len(ts); comma && n > 1 && d.word(ts[n-1]) == "," {
		ts = ts[:n-1]
	}
	n := len(ts)
	return n > 0 && ts[n-1].isWord() && namingWords.hasLower(d.word(ts[n-1]))
}

// namedWork reports whether quote q is named as a work by a naming word
// before it, maybe with a comma between ("the song “Don't Stop Me Now”",
// "his book, “Why I Left,”"), or in an apposition after it ("wrote “I Am
// Tarnby,” a memoir").
func (d *quoteDoc) namedWork(q *quoteSpan) bool {
	if d.afterNamingWord(q, true) {
		return true
	}
	p := d.paras[q.para]
	ts := d.tokenize(Span{q.close.End, min(p.End, q.close.End+30)})
	comma := strings.HasSuffix(d.text[q.Start:q.End], ",")
	if len(ts) > 0 && d.word(ts[0]) == "," {
		ts, comma = ts[1:], true
	}
	for k := 1; comma && k < len(ts) && k <= 2 && determiners.hasLower(d.word(ts[0])) && ts[k].isWord(); k++ {
		if namingWords.hasLower(d.word(ts[k])) {
			return true
		}
	}
	return false
}

// runOnTokens returns the tokens of the 40 bytes after quote q when it is
// closed and its text ends in no punctuation, so that a word after it
// goes on its sentence ("the “Tinbot” robot"), or nil.
func (d *quoteDoc) runOnTokens(q *quoteSpan) []token {
	last, _ := utf8.DecodeLastRuneInString(d.text[q.Start:q.End])
	if q.unclosed() || unicode.IsPunct(last) {
		return nil
	}
	return d.tokenize(Span{q.close.End, min(d.paras[q.para].End, q.close.End+40)})
}

// namesRoleHoldersWork reports whether quote q is the title of a work
// that a role noun and a name follow ("“Harbor Lights” host Ada Ruiz"):
// no one's words.
func (d *quoteDoc) namesRoleHoldersWork(q *quoteSpan) bool {
	after := d.runOnTokens(q)
	if len(after) < 2 || !startsLower(d.word(after[0])) {
		return false
	}
	role, _ := d.lx.titleRole(d.word(after[0]))
	return role != "" && startsUpper(d.word(after[1]))
}

// glossesForeignWords reports whether quote q is the writer's gloss of
// the foreign words before it: after a language and "for" ("“Salve,”
// Latin for “greetings”") or a hashtag and a dash or bracket ("#Abierto
// – “open” –").
func (d *quoteDoc) glossesForeignWords(q *quoteSpan) bool {
	p := d.paras[q.para]
	win := d.text[max(p.Start, q.open.Start-40):q.open.Start]
	bare := strings.TrimRight(win, " -–—(")
	rest, last := lastField(bare)
	if strings.HasPrefix(last, "#") {
		return len(bare) < len(strings.TrimRight(win, " "))
	}
	_, lang := lastField(rest)
	if !lowerIs(last, "for") || !startsUpper(lang) {
		return false
	}
	// a language is a singular demonym: "the Americans for "…"" are people
	return d.lx.info(lang).has(factDemonym) && !strings.HasSuffix(lang, "s") || languages.hasLower(lang)
}
