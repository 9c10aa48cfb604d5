package extract

import (
	"strings"
)

// personName returns the bounds [start, end) of the person's name in the
// words of a speaker phrase or a capitalized run: the last run of
// capitalized words after a possessive ("NPR's Ada Pruitt"), without the
// titles, nationalities and sentence words before it ("Chilean Foreign
// Minister Rafael Ibarra"): the surname, a suffix and the given names and
// initials before it. ok is false when no name is left.
func (d *quoteDoc) personName(words []token) (start, end int, ok bool) {
	end = len(words)
	for end > 0 && (!words[end-1].isCap() || d.isCalendar(d.word(words[end-1]))) {
		end--
	}
	if end == 0 {
		return 0, 0, false
	}
	start = end - 1
	if isPossessive(d.word(words[start])) {
		return 0, 0, false
	}
	for start > 0 {
		w := d.word(words[start-1])
		if isPossessive(w) || !startsUpper(w) && !nameConnectors.has(w) {
			break
		}
		start--
	}
	for start < end-1 && d.notNameWord(d.word(words[start])) {
		start++
	}
	if d.notNameWord(d.word(words[start])) {
		return 0, 0, false
	}
	last := end - 1
	if last > start && isNameSuffix(d.word(words[last])) {
		last--
	}
	keep := max(start, last-1) // the word before the surname stays
	for keep > start {
		// a given name, a connector, an initial or a short abbreviation that
		// stays with the name ("J.", "Rep." of "Rep. Ann Lee")
		w := d.word(words[keep-1])
		short := strings.HasSuffix(w, ".") && startsUpper(w) && len(w) <= 5
		if !short && !d.isFirstName(w) && !nameConnectors.has(w) {
			break
		}
		keep--
	}
	if w := d.word(words[keep]); keep == last-1 && keep > start && strings.ToUpper(w) != w && d.isDictionaryWord(w) && !d.isFirstName(w) {
		// "Brown Votes Count": a dictionary word, not a given name,
		// before the last word (in a run not set in capitals, as a
		// banner is), so the run is a name of its own, not a person's
		keep = start
	}
	return keep, end, true
}

// notNameWord reports whether a capitalized word at the start of a run is
// no part of a name: a title, a nationality, a function word, a calendar
// word, or a dictionary word that is no known name.
func (d *quoteDoc) notNameWord(w string) bool {
	bare := strings.TrimSuffix(w, ".")
	if d.lx.isTitleWord(w) || d.lx.looksDemonym(w) || d.isSentenceWord(bare) {
		return true
	}
	info := d.lx.info(bare)
	return info.title().kind != notTitle || info.has(factWord) && !info.has(factNamePart)
}

// isSentenceWord reports whether w, in any case, is a determiner, an
// introductory, clause or time word, or another word that never starts a
// name.
func (d *quoteDoc) isSentenceWord(w string) bool {
	return determiners.hasLower(w) || introWords.hasLower(w) || clauseStops.hasLower(w) ||
		nonNameStarts.hasLower(w) || d.isCalendar(w)
}

// isDictionaryWord reports whether w, in any case, is a dictionary word
// that is no known name.
func (d *quoteDoc) isDictionaryWord(w string) bool {
	info := d.lx.info(w)
	return info.has(factWord) && !info.has(factNamePart)
}

// isCalendar reports whether w, in any case and with or without a final
// period, is a time word or a calendar word of the lists.
func (d *quoteDoc) isCalendar(w string) bool {
	bare := strings.TrimSuffix(w, ".")
	return timeWords.hasLower(bare) || d.lx.info(bare).has(factCalendar)
}

// isFirstName reports whether w is a known given name that is no common
// word ("Ann", not "Will").
func (d *quoteDoc) isFirstName(w string) bool {
	_, ok := d.lx.firstName(w)
	return ok
}

// isPossessive reports whether w ends in 's or ’s (or is a plural
// possessive such as Rogers’).
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "'")
}

// isPossessiveFold is isPossessive of the lower case of w, a word
// token.
func isPossessiveFold(w string) bool {
	return isPossessive(w) || strings.HasSuffix(w, "'S") || strings.HasSuffix(w, "’S")
}

// notPerson reports whether a capitalized name is a place, an
// organization or another known non-person.
func (d *quoteDoc) notPerson(name string) bool {
	return d.looksLikeOrg(name) || d.lx.info(name).has(factPlace|factNonPerson|factCompany)
}

// unconfirmedEvents makes entities and mention events from the people
// stage's unconfirmed candidates, for when it confirmed nobody: the
// person's name in a candidate (personName) of two words or more, or with
// an initial, is an entity; a single word after it names the entity with
// that surname.
func (d *quoteDoc) unconfirmedEvents(cands []Span) {
	var singles []Span
	for _, c := range cands {
		ts := d.tokenize(c)
		s, e, ok := d.personName(ts)
		if !ok || d.inQuote(c.Start) {
			continue
		}
		name := Span{ts[s].Start, ts[e-1].End}
		if d.notPerson(d.text[name.Start:name.End]) {
			continue
		}
		if e-s == 1 && !isInitialWord(d.word(ts[s])) {
			singles = append(singles, name)
			continue
		}
		d.events = append(d.events, d.mentionAt(name, d.entityFor(d.text[name.Start:name.End])))
	}
	for _, m := range singles {
		if e, ok := lookupLower(d.byLast, d.text[m.Start:m.End]); ok {
			d.events = append(d.events, d.mentionAt(m, e))
		}
	}
}
