package extract

import "strings"

// A source phrase that is no person ("the memo", "a spokeswoman for the
// port") is printed as the text has it, so it must be a noun phrase and
// nothing more: the functions here cut it before its verb and refuse the
// strings that are no noun phrase at all.

// sourceLength returns how many of words, a source phrase, name the
// source, cut before its first finite verb ("The column goes on to" →
// "The column") and trailing function words ("a case to"), or 0 when
// none is left: an intro word or a pronoun first, a headline in
// capitals, a place, words inside a quote.
func (d *quoteDoc) sourceLength(words []token) int {
	if sourceOpeners.hasLower(d.word(words[0])) || d.inQuote(words[0].Start) {
		return 0
	}
	n := len(words)
	for k := 1; k < n; k++ {
		if d.inQuote(words[k].Start) || d.finiteVerb(words, k) {
			n = k
			break
		}
	}
	// a source is named in a few words, the rest is clause; but a
	// possessive at the cut keeps the noun it owns ("one lobbyist close
	// to the new governor's team", not "… governor's")
	if len(words) > 8 && isPossessive(d.word(words[7])) {
		n = min(n, 9)
	} else {
		n = min(n, 8)
	}
	for n > 1 && trailingFunctionWord(d.word(words[n-1])) {
		n--
	}
	// "the board of using": a gerund after a preposition opens a clause
	if n > 2 && hasSuffixFold(d.word(words[n-1]), "ing") && prepositions.hasLower(d.word(words[n-2])) {
		n -= 2
	}
	if n == 1 && loneSources.hasLower(d.word(words[0])) {
		return 1 // Another wrote, "…": the word is the whole source
	}
	if trailingFunctionWord(d.word(words[n-1])) || d.headline(words[:n]) ||
		d.lx.info(d.text[words[0].Start:words[n-1].End]).has(factPlace) {
		return 0
	}
	return n
}

// finiteVerb reports whether words[k] is a finite verb after the phrase
// words[:k]: an auxiliary, a common irregular verb or a verb adverb, or a
// lower-case word in -s or -ed after a lower-case noun and before its
// object ("The movie shows Bob", "Her campaign released two ads").
func (d *quoteDoc) finiteVerb(words []token, k int) bool {
	w := d.word(words[k])
	if startsUpper(w) {
		return false // a name's word: "an official with Tarnby United Football Club"
	}
	prev := d.word(words[k-1])
	lone := k == 1 && loneSources.hasLower(prev) // Another featured two photos
	if prepositions.hasLower(prev) || determiners.hasLower(prev) && !lone {
		return false // "a longtime adviser to", "the one"
	}
	if finiteVerbWords.has(w) {
		return true
	}
	next, quote := d.nextWord(words[k].End)
	if next == "" && !quote {
		return false
	}
	verbal := strings.HasSuffix(w, "ed") || endsPluralS(w)
	// after a name only a past tense ("Lawyers for Holm seemed to") or a
	// verb whose object is the quotation ("the FAA lists "…"")
	quoted := next == ""
	afterName := startsUpper(prev) && (strings.HasSuffix(w, "ed") || quoted)
	// a plural noun before a word in -s makes that word a noun too ("the
	// exit polls"), but a singular noun in -s does not ("the bias begins")
	plural := endsPluralS(prev) && !strings.HasSuffix(prev, "as")
	return verbal && (!startsUpper(prev) || afterName || lone) && !plural && (objectStarts.has(next) || startsUpper(next) || quoted)
}

// trailingFunctionWord reports whether a phrase cannot end with w: a
// preposition but "over", a determiner but "others", or a word of
// phraseEndStops ("a case to", "the board and").
func trailingFunctionWord(w string) bool {
	return prepositions.hasLower(w) && !lowerIs(w, "over") || determiners.hasLower(w) && !lowerIs(w, "others") ||
		phraseEndStops.hasLower(w)
}

// phraseEndStops are the conjunctions and pronouns no phrase ends with.
var phraseEndStops = wordSet{"and": "", "or": "", "but": "", "they": "", "which": "", "who": ""}

// headline reports whether words are two or more words in capitals ("CITY
// HALL ROW"), a headline rather than a source.
func (d *quoteDoc) headline(words []token) bool {
	if len(words) < 2 {
		return false
	}
	long := false
	for _, t := range words {
		w := d.word(t)
		if strings.ToUpper(w) != w {
			return false
		}
		long = long || len(w) >= 4
	}
	return long
}

// sourceHead reports whether the head of the phrase words, its last word
// before a preposition, is a word that names a source: a source noun
// ("officials"), a document or organisation ("the staff letter"), a
// role ("a longtime adviser to"), a party or nationality ("an Iowa
// Democrat"), or a capitalized name ("the New Hampshire Union Leader").
func (d *quoteDoc) sourceHead(words []token) bool {
	head := d.word(words[d.headEnd(words, prepositions)-1])
	return startsUpper(head) || sourceNouns.hasLower(head) || thingNouns.hasLower(head) ||
		d.lx.info(head).has(factOrg) || d.humanRoleNoun(strings.ToLower(head))
}

// nextWord returns what follows pos after spaces: the word there ("" when
// a mark comes first) and whether a quotation opens there. The phrase
// "the dispute centers" cut before "on" still shows its verb by it, as
// "the agency lists "…"" does by its quote.
func (d *quoteDoc) nextWord(pos int) (word string, quote bool) {
	rest := strings.TrimLeft(d.text[pos:], " ")
	quote = strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“")
	return rest[:len(rest)-len(strings.TrimLeftFunc(rest, isWordChar))], quote
}
