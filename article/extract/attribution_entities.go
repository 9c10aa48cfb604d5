package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// initEntities makes one entity per person and records every mention of a
// person outside quotations as an event, paced by d.pace. Without people,
// the unconfirmed names of the people stage make the entities.
func (d *quoteDoc) initEntities(people []Person, unconfirmed []Span) {
	d.byLast = make(map[string]int, len(people))
	var titles []string // the titles of all entities, each entity's in a stretch of its own
	for i, p := range people {
		d.pace.step(16)
		e := speakerEntity{name: p.Name, person: i, gender: p.Gender, role: p.Role, last: lastName(p.Name)}
		first, rest := firstField(p.Name)
		if g, ok := d.lx.firstName(first); ok && g != GenderUnknown && hasField(rest) {
			e.gender = g // a known given name tells the gender better than pronouns nearby
		}
		start := len(titles)
		titles = d.appendTitles(titles, p.Role)
		for _, a := range p.Aliases {
			titles = d.appendTitles(titles, a)
		}
		d.indexSurname(surnameKeyOf(p.Name), i)
		for _, m := range p.Mentions {
			d.pace.step(1)
			if m.Start < 0 || m.End > len(d.text) || m.Start >= m.End || d.inQuote(m.Start) {
				continue
			}
			titles = d.titlesBefore(titles, start, m.Start)
			titles = d.titlesAfterCopula(titles, start, m.End)
			d.events = append(d.events, d.mentionAt(m, i))
		}
		e.titles = titles[start:]
		d.ents = append(d.ents, e)
	}
	if len(people) == 0 {
		d.unconfirmedEvents(unconfirmed)
	}
	// each person's mentions are in text order, as entPos needs them
	d.entPos = make([][]int, len(d.ents))
	for _, ev := range d.events {
		d.entPos[ev.ent] = append(d.entPos[ev.ent], ev.pos)
	}
	d.roleEvents()
	d.pace.step(pace) // a pause before the sort
	slices.SortStableFunc(d.events, func(a, b mentionEvent) int { return cmp.Compare(a.pos, b.pos) })
}

// mentionAt returns the event of a mention of entity ent at m.
func (d *quoteDoc) mentionAt(m Span, ent int) mentionEvent {
	poss := strings.HasPrefix(d.text[m.End:], "'s") || strings.HasPrefix(d.text[m.End:], "’s")
	return mentionEvent{pos: m.Start, ent: ent, possessive: poss, rank: d.mentionRank(m.Start)}
}

// wordBefore returns the bounds of the word that ends at pos or before it
// after spaces, made of the bytes inWord accepts; it is empty (start ==
// end) when none stands there.
func (d *quoteDoc) wordBefore(pos int, inWord func(byte) bool) (start, end int) {
	end = pos
	for end > 0 && d.text[end-1] == ' ' {
		end--
	}
	start = end
	for start > 0 && inWord(d.text[start-1]) {
		start--
	}
	return start, end
}

// mentionRank ranks a mention at pos as an antecedent: oblique when a
// preposition stands right before it ("a rally for Tomas Pruitt").
func (d *quoteDoc) mentionRank(pos int) uint8 {
	j, i := d.wordBefore(pos, isASCIILetter)
	// "for Tomas Pruitt", "The Pruitt campaign"
	if w := d.text[j:i]; j < i && (prepositions.has(w) || w == "the" || w == "The") {
		return rankOblique
	}
	return rankPlain
}

// roleEvents records "the admiral", "the senator" outside quotes as
// mentions of the entity with that title mentioned last before it.
func (d *quoteDoc) roleEvents() {
	if !slices.ContainsFunc(d.ents, func(e speakerEntity) bool { return len(e.titles) > 0 }) {
		return
	}
	for i := 0; ; {
		k := strings.Index(d.text[i:], "he ")
		if k < 0 {
			break
		}
		at := i + k - 1 // the "t" or "T" of "the"
		i += k + 3
		d.pace.step(1)
		if at < 0 || d.text[at] != 't' && d.text[at] != 'T' || at > 0 && isASCIIWordByte(d.text[at-1]) {
			continue
		}
		// the [former] admiral: up to three lower-case words
		for w, j := 0, i; w < 3; w++ {
			e := j
			for e < len(d.text) && ('a' <= d.text[e] && d.text[e] <= 'z' || d.text[e] == '-') {
				e++
			}
			if e == j {
				break
			}
			if long, ok := d.lx.titleRole(d.text[j:e]); ok && long != "" {
				if !d.inQuote(at) && !(e+1 < len(d.text) && d.text[e] == ' ' && 'A' <= d.text[e+1] && d.text[e+1] <= 'Z') {
					titled := func(k int) bool { return slices.Contains(d.ents[k].titles, long) }
					if ent := d.lastEntity(at, titled); ent >= 0 {
						d.events = append(d.events, mentionEvent{pos: at, ent: ent, rank: d.mentionRank(at)})
					}
				}
				break
			}
			if e >= len(d.text) || d.text[e] != ' ' {
				break
			}
			j = e + 1
		}
	}
}

// lastEntity returns the entity for which has is true that is mentioned
// last before pos, or -1: a description ("the senator") refers back to
// someone the text has named, not to a senator it names only later.
func (d *quoteDoc) lastEntity(pos int, has func(e int) bool) int {
	best, bestPos := -1, -1
	for e := range d.ents {
		if p := d.lastMention(e, pos); p > bestPos && has(e) {
			best, bestPos = e, p
		}
	}
	return best
}

// titlesBefore adds the title words that stand right before a mention at
// pos ("Secretary of State Ana Delgado" → "secretary") to titles,
// unless titles[from:] has them.
func (d *quoteDoc) titlesBefore(titles []string, from, pos int) []string {
	i := pos
	for n := 0; n < 4; n++ {
		k, j := d.wordBefore(i, func(c byte) bool { return isASCIIWordByte(c) || c == '.' || c == '-' })
		if k == j {
			break
		}
		w := strings.TrimSuffix(d.text[k:j], ".") // ASCII: letters, digits, periods, hyphens
		if long, ok := d.lx.titleRole(w); ok {
			if long != "" && !slices.Contains(titles[from:], long) {
				titles = append(titles, long)
			}
		} else if !foldEqual(w, "of") && !foldEqual(w, "state") && !startsUpper(d.text[k:j]) {
			break
		}
		i = k
	}
	return titles
}

// titlesAfterCopula adds the titles that "is the" gives the mention
// ending at end ("Ada Voss is the chief executive of Tarnby Water" →
// "chief", "executive"), unless titles[from:] has them.
func (d *quoteDoc) titlesAfterCopula(titles []string, from, end int) []string {
	rest := d.text[end:min(len(d.text), end+48)]
	for _, cop := range [...]string{" is the ", " was the ", " is its ", " was its "} {
		if r, ok := strings.CutPrefix(rest, cop); ok {
			for w, r := firstField(r); w != "" && !startsUpper(w); w, r = firstField(r) {
				w = strings.Trim(w, ".,")
				long, ok := d.lx.titleRole(w)
				if !ok {
					break
				}
				if long != "" && !slices.Contains(titles[from:], long) {
					titles = append(titles, long)
				}
			}
		}
	}
	return titles
}

// appendTitles adds the lower-case title words of phrase to titles
// ("Secretary of State" → "secretary"; "Adm. Kemble" → "admiral").
func (d *quoteDoc) appendTitles(titles []string, phrase string) []string {
	for w, rest := firstField(phrase); w != ""; w, rest = firstField(rest) {
		if long, ok := d.lx.titleRole(strings.Trim(w, ".,")); ok && long != "" {
			titles = append(titles, long)
		}
	}
	return titles
}

// lastName returns the last name of a full name, keeping a generational
// suffix out of it ("Carl B. Kemble Jr." → "Kemble").
func lastName(name string) string {
	before, last := lastField(name)
	for nameSuffixes.hasLower(strings.Trim(last, ".,")) {
		rest, prev := lastField(before)
		if prev == "" {
			break
		}
		before, last = rest, prev
	}
	return strings.Trim(last, ".,")
}

// inQuote reports whether pos lies inside a top-level quotation.
func (d *quoteDoc) inQuote(pos int) bool {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].Start > pos }) - 1
	for ; i >= 0; i-- {
		if q := &d.quotes[i]; q.parent < 0 {
			return pos >= q.open.Start && pos < max(q.End, q.close.End)
		}
	}
	return false
}

// entityFor returns the entity named name, creating it when new. A
// surname alone joins the person with that surname.
func (d *quoteDoc) entityFor(name string) int {
	key := surnameKeyOf(name)
	if e, ok := d.byLast[key]; ok {
		n, en := nameWordCount(name), d.ents[e].name
		if n == 1 || fieldCount(en) == 1 || firstNamesAgree(firstFieldOf(name), firstFieldOf(en)) {
			if n > fieldCount(en) && d.ents[e].person < 0 {
				d.ents[e].name = name
			}
			return e
		}
	}
	for i := range d.ents {
		if strings.EqualFold(d.ents[i].name, name) {
			return i
		}
	}
	e := speakerEntity{name: name, person: -1, last: lastName(name), org: d.looksLikeOrg(name)}
	d.ents = append(d.ents, e)
	if d.entPos != nil {
		d.entPos = append(d.entPos, nil) // no mention indexed: it was made from a speaker phrase
	}
	d.indexSurname(key, len(d.ents)-1)
	return len(d.ents) - 1
}

// indexSurname makes entity e the one a surname key names, unless the
// key is empty or another entity has it.
func (d *quoteDoc) indexSurname(key string, e int) {
	if _, dup := d.byLast[key]; !dup && key != "" {
		d.byLast[key] = e
	}
}

// surnameKeyOf returns the lower-case surname of a name with its
// generational suffix, if any: "Victor Brannock Jr." → "brannock jr",
// which keeps the son apart from the father.
func surnameKeyOf(name string) string {
	key := strings.ToLower(lastName(name))
	if before, last := lastField(name); hasField(before) && isNameSuffix(last) {
		key += " " + strings.ToLower(strings.TrimSuffix(last, "."))
	}
	return key
}

// firstNamesAgree reports whether two first names can be the same
// person's (equal, or one an initial or prefix of the other: "J." and
// "Jo", "Jo" and "Joanna").
func firstNamesAgree(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSuffix(a, ".")), strings.ToLower(strings.TrimSuffix(b, "."))
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// nameWordCount returns the number of words of name, without a
// generational suffix after others: "Brannock Jr." is a surname alone.
func nameWordCount(name string) int {
	n := fieldCount(name)
	if _, last := lastField(name); n > 1 && isNameSuffix(last) {
		n--
	}
	return n
}

// looksLikeOrg reports whether a capitalized speaker name is an
// organization rather than a person: an acronym or a name with an
// organization word.
func (d *quoteDoc) looksLikeOrg(name string) bool {
	first, rest := firstField(name)
	upper := 0
	for _, r := range first {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper >= 2 && !hasField(rest) {
		return true // "NATO"
	}
	for w, rest := first, rest; w != ""; w, rest = firstField(rest) {
		if d.lx.info(strings.Trim(w, ".,")).has(factOrg) {
			return true
		}
	}
	return false
}

// trimPossessive strips 's, ’s or a final apostrophe from w.
func trimPossessive(w string) string {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if t, ok := strings.CutSuffix(w, suf); ok {
			return t
		}
	}
	return w
}

// lastMention returns the position of the last indexed mention of entity
// e before pos, or -1.
func (d *quoteDoc) lastMention(e, pos int) int {
	ps := d.entPos[e]
	if k := sort.SearchInts(ps, pos) - 1; k >= 0 {
		return ps[k]
	}
	return -1
}
