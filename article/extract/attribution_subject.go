package extract

import "strings"

// subjectNP returns the subject of the sentence whose start is ts, after
// any opening phrase ("In May, Voss said"): capitalized words, or a few
// lower-case words after a determiner ("the two-term mayor").
func (d *quoteDoc) subjectNP(ts []token) Span {
	k := d.afterIntro(ts)
	for k < len(ts) && !ts[k].isWord() {
		k++
	}
	if k >= len(ts) {
		return Span{}
	}
	first := d.word(ts[k])
	if clauseStops.hasLower(first) || auxiliaryWords.hasLower(first) || d.lx.isSpeechVerb(first) {
		return Span{}
	}
	if isSubjectPronoun(first) {
		return ts[k].Span
	}
	descriptive := determiners.hasLower(first) || sourceNouns.hasLower(first) || !startsUpper(first) ||
		d.isDictionaryWord(first)
	e := k
	for e < len(ts) && e < k+8 {
		w := d.word(ts[e])
		if !ts[e].isWord() {
			if w == "." || w == "'" || w == "’" || w == "-" {
				e++
				continue
			}
			break
		}
		// a bare speech verb before a pronoun ends it: "Police say they …"
		if e > k && (clauseStops.hasLower(w) && !lowerIs(w, "of") && !d.nounTiedToName(ts, e) ||
			auxiliaryWords.hasLower(w) || d.speechVerbAt(ts, e) || d.lx.isSpeechVerb(w) && e+1 < len(ts) &&
			(isSubjectPronoun(d.word(ts[e+1])) || lowerIs(d.word(ts[e+1]), "they"))) {
			if name := d.singularConjunct(ts, e); name.End > name.Start {
				return name
			}
			break
		}
		if e > k && !descriptive && !startsUpper(w) {
			if m := d.documentModifierEnd(ts, e+1, false); m > e+1 {
				return d.trimNP(ts[k:m]) // court papers filed Tuesday showed
			}
			if !isPossessive(d.word(ts[e-1])) && !d.roleBeforeName(ts[e:]) {
				break
			}
			descriptive = true // Brandvold's son
		}
		// a verb ends it ("the retired nurse addressed", "the Herald
		// columnist Ada Voss went on"); a bare form ("the board report"),
		// a hyphenated adjective ("far-left") or a given name is none
		if descriptive && e > k+1 && (hasSuffixFold(w, "ed") && !hasHyphen(w) && !d.givenNameAt(ts, e) ||
			finiteVerbWords.has(w) && ts[e-1].isCap() || d.lx.isSpeechVerb(w) && !isBareVerb(w) ||
			d.isCalendar(w) || hasSuffixFold(w, "s") && d.finiteVerb(ts[k:], e-k) ||
			d.verbAfterPlace(ts, k, e)) {
			break
		}
		e++
	}
	// "the campaign swiftly issued": the adverb is no part of it
	for descriptive && e > k+1 && ts[e-1].isWord() && isLyAdverb(d.word(ts[e-1])) {
		e--
	}
	if descriptive {
		// an appositive name: "Brandvold's son, Grant,"
		if a := capitalsEnd(ts, e+1); a > e+1 && a < len(ts) && d.word(ts[e]) == "," && d.word(ts[a]) == "," {
			return d.trimNP(ts[k:a])
		}
		if name := d.describedThenNamed(ts, e); name.End > name.Start {
			return name
		}
	}
	return d.trimNP(ts[k:e])
}

// describedThenNamed returns the name after a role in apposition to the
// descriptive subject that ends before ts[e]: "An ally of the mayor who
// sits on the board, former state Sen. Ada Voss, said" gives Ada Voss.
func (d *quoteDoc) describedThenNamed(ts []token, e int) Span {
	c := e
	if c > 0 && relativeWords.hasLower(d.word(ts[c-1])) {
		for c < len(ts) && c < e+12 && ts[c].isWord() {
			c++
		}
	}
	if c >= len(ts) || d.word(ts[c]) != "," {
		return Span{}
	}
	a := c + 1
	for a < len(ts) && a < c+4 && ts[a].isWord() && !ts[a].isCap() {
		a++
	}
	if a == c+1 {
		// no role in lower case: the name may be the last noun's, "A neighbor of the man who
		// runs the ferry, Tom Reyes, still rides it"
		return Span{}
	}
	name, ok := d.appositiveName(ts[a:])
	if n := tokenFrom(ts, name.End); !ok || n >= len(ts) || d.word(ts[n]) != "," {
		return Span{}
	}
	return name
}

// relativeThenNamed returns the name that a role puts in apposition
// after a restrictive relative clause, all ending at the comma ts[e-1]:
// "A neighbor who saw the crash, retired nurse Ada Voss," gives Ada Voss.
func (d *quoteDoc) relativeThenNamed(ts []token, floor, e int) Span {
	if e-floor < 6 || d.word(ts[e-1]) != "," {
		return Span{}
	}
	for j := e - 2; j > floor && j >= e-20; j-- {
		if lowerIs(d.word(ts[j]), "who") && d.word(ts[j-1]) != "," {
			return d.describedThenNamed(ts[:e], j+1)
		}
	}
	return Span{}
}

// singularConjunct returns the name after the "and" at ts[a] when a role
// noun leads it and a singular verb follows: "Harbor Radio and former
// network anchor Ada Voss has urged" gives Ada Voss.
func (d *quoteDoc) singularConjunct(ts []token, a int) Span {
	if !lowerIs(d.word(ts[a]), "and") {
		return Span{}
	}
	for r := a + 1; r+1 < len(ts) && r <= a+6 && ts[r].isWord(); r++ {
		if w := d.word(ts[r]); startsUpper(w) || d.lx.title(w).kind != titleHead || !ts[r+1].isCap() {
			continue
		}
		m := d.nameEndTok(ts, r+1)
		if m < len(ts) && singularVerbs.has(d.word(ts[m])) {
			return Span{ts[r+1].Start, ts[m-1].End}
		}
		return Span{}
	}
	return Span{}
}

// nounTiedToName reports whether ts[e] is a preposition that ties a
// subject's noun to what follows: "for" after a source noun ("Lawyers for
// Holm said") or one of place after a common noun ("guards at Fort Lee
// recall").
func (d *quoteDoc) nounTiedToName(ts []token, e int) bool {
	if e+1 >= len(ts) {
		return false
	}
	if lowerIs(d.word(ts[e]), "for") {
		return sourceNouns.hasLower(d.word(ts[e-1])) || d.pluralNoun(d.word(ts[e-1]))
	}
	return placePreps.hasLower(d.word(ts[e])) && ts[e-1].isWord() && !ts[e-1].isCap() && !d.isCalendar(d.word(ts[e+1]))
}

// verbAfterPlace reports whether ts[e], a lower-case word in -s or -ed,
// is the verb after a place tied to the subject ("A ferry line in New
// Haven promotes").
func (d *quoteDoc) verbAfterPlace(ts []token, k, e int) bool {
	w := d.word(ts[e])
	if startsUpper(w) || !hasSuffixFold(w, "s") && !hasSuffixFold(w, "ed") {
		return false
	}
	c := e
	for c > k && ts[c-1].isCap() {
		c--
	}
	return c < e && c-1 > k && d.nounTiedToName(ts, c-1) && !lowerIs(d.word(ts[c-1]), "for")
}

// afterIntro returns the index of the first token of ts after what
// opens a sentence before its subject: a dateline, an opening phrase up
// to its comma ("In 2019, she …"), a time phrase ("Last week, …").
func (d *quoteDoc) afterIntro(ts []token) int {
	k := d.datelineEnd(ts)
	// "But Ruiz held firm": the conjunction opens no phrase
	if k+1 < len(ts) && ts[k].isWord() && coordinators.hasLower(d.word(ts[k])) &&
		!subordinators.hasLower(d.word(ts[k])) &&
		(isSubjectPronoun(d.word(ts[k+1])) || ts[k+1].isCap()) {
		k++
	}
	i := k
	if i+1 < len(ts) && ts[i].isWord() && clauseAdverbs.hasLower(d.word(ts[i])) &&
		ts[i+1].isWord() && introWords.hasLower(d.word(ts[i+1])) {
		i++ // "Even before Voss spoke, her aides …"
	}
	if i < len(ts) && ts[i].isWord() && (introWords.hasLower(d.word(ts[i])) || strings.HasSuffix(d.word(ts[i]), "ing")) {
		c := k
		for c < len(ts) && !d.isComma(ts[c]) {
			c++
		}
		if c < len(ts) {
			k = d.introAppositiveEnd(ts, d.placeAfterComma(ts, c)) + 1
		} else {
			// "In 2009 she wrote": the first pronoun or capitalized word
			for j := k + 1; j < len(ts) && j <= k+4; j++ {
				w := d.word(ts[j])
				if isSubjectPronoun(w) || startsUpper(w) && !d.isCalendar(w) {
					k = j
					break
				}
			}
		}
	}
	// "Six months ago, she ...", "Last spring, ..."
	for c := k; c < len(ts) && c < k+6; c++ {
		if d.word(ts[c]) == "," {
			if d.timePhrase(ts[k:c]) {
				k = c + 1
			}
			break
		}
	}
	return k
}

// timePhrase reports whether ts, an opening phrase before a comma, is
// time words after its first ("Six months ago", "Last spring"), no clause.
func (d *quoteDoc) timePhrase(ts []token) bool {
	if len(ts) == 0 || !d.isCalendar(d.word(ts[len(ts)-1])) {
		return false
	}
	for _, t := range ts[1:] {
		if w := d.word(t); t.isWord() && !d.isCalendar(w) && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

// datelineEnd returns the index after the dateline that opens ts
// ("RIVERTON — ", "Port Ellen, Scotland (AFP) – "), or 0 when none does.
func (d *quoteDoc) datelineEnd(ts []token) int {
	if len(ts) > 1 && ts[0].isWord() && isShouted(d.word(ts[0])) {
		for j := 1; j < len(ts) && j < 8; j++ {
			if isDash(d.word(ts[j])) {
				return j + 1
			}
		}
	}
	for j := 1; j+3 < len(ts) && j < 8; j++ {
		if d.word(ts[j]) == "(" {
			if isShouted(d.word(ts[j+1])) && d.word(ts[j+2]) == ")" && isDash(d.word(ts[j+3])) {
				return j + 4
			}
			return 0
		}
		if w := d.word(ts[j]); ts[j].isWord() && !startsUpper(w) || !ts[j].isWord() && w != "," && w != "." {
			return 0 // no place's name: "The union of pilots (TUP) — Ada Voss leads it — said"
		}
	}
	return 0
}

// isDash reports whether w is a hyphen or a dash.
func isDash(w string) bool { return w == "—" || w == "–" || w == "-" }

// spacedDash reports whether the hyphen or ampersand t has white space on
// a side ("a toast -- charts and all -- Ruiz told"), so it joins no words
// as in "an AT&T engineer".
func (d *quoteDoc) spacedDash(t token) bool {
	return t.Start > 0 && isASCIISpace(d.text[t.Start-1]) || t.End < len(d.text) && isASCIISpace(d.text[t.End])
}

// opensItsSentence reports whether no word stands before t in its
// sentence ("Will" in "Will Ruiz said" is a name).
func (d *quoteDoc) opensItsSentence(t token) bool {
	start := d.sentenceStart(t.Start, d.paraOf(t.Start))
	return countWords(d.text[start:t.Start], 1) == 0
}

// coordinatedTitles reports whether ts[n] is the "and" between two
// capitalized titles of one person ("said former Gov. and Party Chairman
// Ed Rendall"), or two role heads in lower case ("said the founder and
// chief executive, Ada Voss").
func (d *quoteDoc) coordinatedTitles(ts []token, n int) bool {
	if n == 0 || n+1 >= len(ts) || d.word(ts[n]) != "and" || !ts[n+1].isWord() {
		return false
	}
	before, after := d.word(ts[n-1]), d.word(ts[n+1])
	if !startsUpper(before) && !startsUpper(after) {
		return d.lx.title(before).kind == titleHead && d.lx.isTitleWord(after)
	}
	return startsUpper(before) && d.lx.isTitleWord(before) && ts[n+1].isCap()
}

// trailingWord reports whether rightNP drops w from the end of a phrase:
// a preposition, an article, a calendar word or a stray mark ("said
// Brannock on", "the ambassador at the time").
func (d *quoteDoc) trailingWord(w string) bool {
	return prepositions.hasLower(w) || lowerIs(w, "the") || lowerIs(w, "a") || w == "'" || w == "’" || w == "-" ||
		d.isCalendar(w)
}

// placeAfterComma returns the comma after a state's abbreviation that
// follows the comma at ts[c] and belongs to the opening phrase ("After the
// blast in Yreka, Calif., a voice …"); else c.
func (d *quoteDoc) placeAfterComma(ts []token, c int) int {
	if c > 0 && ts[c-1].isCap() && c+3 < len(ts) && ts[c+1].isCap() &&
		d.word(ts[c+2]) == "." && d.word(ts[c+3]) == "," {
		return c + 3 // Calif.,
	}
	return c
}

// introAppositiveEnd returns the comma after a name in apposition to the
// opening phrase that the comma ts[c] ends, when a capitalized word
// follows it ("Regarding his rival, Mr. Voss, Mr. Ruiz was asked"); else c.
func (d *quoteDoc) introAppositiveEnd(ts []token, c int) int {
	e := d.nameEndTok(ts, c+1)
	if e == c+1 || e+1 >= len(ts) || !d.isComma(ts[e]) || !ts[e+1].isCap() {
		return c
	}
	return e
}

// capitalsEnd returns the index after the run of capitalized words at
// ts[k] ("Ada Voss said" gives 2).
func capitalsEnd(ts []token, k int) int {
	for k < len(ts) && ts[k].isCap() {
		k++
	}
	return k
}

// givenNameAt reports whether ts[e] is a given name before another
// capitalized word, though it ends like a past tense ("Dr. Ahmed Sayed").
func (d *quoteDoc) givenNameAt(ts []token, e int) bool {
	return ts[e].isCap() && e+1 < len(ts) && ts[e+1].isCap() && d.isFirstName(d.word(ts[e]))
}
