package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// initEntities makes one entity per person and records every mention of a
// person outside quotations as an event.
func (d *quoteDoc) initEntities(people []Person) {
	d.ents = d.ents[:0]
	d.events = d.events[:0]
	for i, p := range people {
		e := speakerEntity{name: p.Name, person: i, gender: p.Gender, last: attrLastName(p.Name)}
		// a known given name tells the gender better than pronouns nearby
		if f := strings.Fields(p.Name); len(f) > 1 && d.lx != nil {
			if g, ok := d.lx.firstName(f[0]); ok && g != GenderUnknown {
				e.gender = g
			}
		}
		e.titles = attrAppendTitles(e.titles, p.Role)
		for _, a := range p.Aliases {
			e.titles = attrAppendTitles(e.titles, a)
		}
		d.ents = append(d.ents, e)
		if key := surnameKey(p.Name); key != "" {
			if _, dup := d.byLast[key]; !dup {
				d.byLast[key] = i
			}
		}
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(d.text) || m.Start >= m.End || d.inQuote(m.Start) {
				continue
			}
			e.titles = d.titlesBefore(e.titles, m.Start)
			d.ents[i].titles = e.titles
			poss := strings.HasPrefix(d.text[m.End:], "'s") || strings.HasPrefix(d.text[m.End:], "’s")
			d.events = append(d.events, mentionEvent{pos: m.Start, ent: i, possessive: poss, rank: d.mentionRank(m.Start)})
		}
	}
	d.havePeople = len(people) > 0
	if !d.havePeople {
		d.fallbackEvents()
	}
	sortMentionEvents(d.events)
	d.indexMentions()
	d.roleEvents()
	sortMentionEvents(d.events)
}

// mentionRank ranks a mention at pos as an antecedent: oblique when a
// preposition stands right before it ("a rally for Ted Cruz").
func (d *quoteDoc) mentionRank(pos int) uint8 {
	i := pos
	for i > 0 && d.text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (d.text[j-1] >= 'a' && d.text[j-1] <= 'z' || d.text[j-1] >= 'A' && d.text[j-1] <= 'Z') {
		j--
	}
	// "for Ted Cruz", "The Cruz campaign"
	if w := d.text[j:i]; j < i && (attrPrepositions.has(w) || w == "the" || w == "The") {
		return rankOblique
	}
	return rankPlain
}

// roleEvents records "the admiral", "the senator" outside quotes as
// mentions of the entity with that title mentioned last before it.
func (d *quoteDoc) roleEvents() {
	titled := false
	for i := range d.ents {
		titled = titled || len(d.ents[i].titles) > 0
	}
	if !titled {
		return
	}
	for i := 0; i < len(d.text); {
		k := strings.Index(d.text[i:], "he ")
		if k < 0 {
			break
		}
		at := i + k - 1 // the "t" or "T" of "the"
		i += k + 3
		if at < 0 || d.text[at] != 't' && d.text[at] != 'T' || at > 0 && isASCIIWordByte(d.text[at-1]) {
			continue
		}
		// the [former] admiral: up to three lower-case words
		for w, j := 0, i; w < 3 && j < len(d.text); w++ {
			e := j
			for e < len(d.text) && ('a' <= d.text[e] && d.text[e] <= 'z' || d.text[e] == '-') {
				e++
			}
			if e == j {
				break
			}
			if long, ok := attrTitleWords[d.text[j:e]]; ok && long != "" {
				if !d.inQuote(at) && !(e+1 < len(d.text) && d.text[e] == ' ' && 'A' <= d.text[e+1] && d.text[e+1] <= 'Z') {
					if ent := d.titledEntity(long, at); ent >= 0 {
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

// indexMentions lists, for every entity, the positions of its mentions
// so far, in order, and every entity under each of its titles.
func (d *quoteDoc) indexMentions() {
	d.entPos = make([][]int, len(d.ents))
	for _, ev := range d.events {
		d.entPos[ev.ent] = append(d.entPos[ev.ent], ev.pos)
	}
	d.byTitle = map[string][]int{}
	for i := range d.ents {
		for _, t := range d.ents[i].titles {
			if !slices.Contains(d.byTitle[t], i) {
				d.byTitle[t] = append(d.byTitle[t], i)
			}
		}
	}
}

// titledEntity returns the entity with title t mentioned last before pos
// (or the first one with it), or -1.
func (d *quoteDoc) titledEntity(t string, pos int) int {
	best, bestPos := -1, -2
	for _, e := range d.byTitle[t] {
		if p := d.lastMention(e, pos); p > bestPos {
			best, bestPos = e, p
		}
	}
	return best
}

func sortMentionEvents(ev []mentionEvent) {
	sort.SliceStable(ev, func(a, b int) bool { return ev[a].pos < ev[b].pos })
}

// titlesBefore adds the title words that stand right before a mention at
// pos ("Secretary of State Hillary Clinton" → "secretary") to titles.
func (d *quoteDoc) titlesBefore(titles []string, pos int) []string {
	i := pos
	for n := 0; n < 4; n++ {
		j := i
		for j > 0 && d.text[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && (isASCIIWordByte(d.text[k-1]) || d.text[k-1] == '.' || d.text[k-1] == '-') {
			k--
		}
		if k == j {
			break
		}
		w := strings.ToLower(strings.TrimSuffix(d.text[k:j], "."))
		if long, ok := attrTitleWords[w]; ok {
			if long != "" && !slices.Contains(titles, long) {
				titles = append(titles, long)
			}
		} else if w != "of" && w != "state" && !attrStartsUpper(d.text[k:j]) {
			break
		}
		i = k
	}
	return titles
}

// attrAppendTitles adds the lower-case title words of phrase to titles
// ("Secretary of State" → "secretary"; "Adm. Harris" → "admiral").
func attrAppendTitles(titles []string, phrase string) []string {
	for _, w := range strings.Fields(phrase) {
		w = strings.ToLower(strings.Trim(w, ".,"))
		if long, ok := attrTitleWords[w]; ok && long != "" {
			titles = append(titles, long)
		}
	}
	return titles
}

// attrLastName returns the last name of a full name, keeping a generational
// suffix out of it ("Harry B. Harris Jr." → "Harris").
func attrLastName(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 {
		l := strings.ToLower(strings.Trim(f[len(f)-1], ".,"))
		if l == "jr" || l == "sr" || l == "ii" || l == "iii" || l == "iv" {
			f = f[:len(f)-1]
			continue
		}
		break
	}
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,")
}

// inQuote reports whether pos lies inside a top-level quotation.
func (d *quoteDoc) inQuote(pos int) bool {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].Start > pos }) - 1
	for ; i >= 0; i-- {
		q := &d.quotes[i]
		if q.parent >= 0 {
			continue
		}
		return pos >= q.open.Start && pos < max(q.End, q.close.End)
	}
	return false
}

// resolve turns the speaker phrase np into a speaker: a pronoun to its
// antecedent, a name to its entity, a role ("the secretary") to the person
// with that title, anything else to the phrase itself.
func (d *quoteDoc) resolve(np Span, anchor int) speakerGuess {
	ts := d.tokenize(np)
	// "X, the ... of Y": the head X speaks, or else a person named in
	// the appositive ("Schilling's son, Grant")
	for k, t := range ts {
		if k == 0 || k == len(ts)-1 || d.word(t) != "," {
			continue
		}
		head, app := Span{np.Start, ts[k-1].End}, Span{ts[k+1].Start, np.End}
		h := d.resolveOne(head, anchor)
		if h.ent >= 0 && d.ents[h.ent].person < 0 && d.describesThing(app) {
			d.ents[h.ent].org = true // Xinhua, the official Chinese news agency
		}
		if h.ent >= 0 && !d.ents[h.ent].org || h.pronoun {
			return h
		}
		a := d.resolveOne(app, anchor)
		if a.ent >= 0 && !d.ents[a.ent].org {
			return a
		}
		if h.ent >= 0 { // an organization with its description
			return speakerGuess{ent: -1, phrase: strings.TrimSpace(d.text[np.Start:np.End]), how: Explicit}
		}
		if h.how != Unattributed {
			return h
		}
		return a
	}
	return d.resolveOne(np, anchor)
}

// titleGender returns the gender an honorific implies (Mrs. → female).
func titleGender(w string) Gender {
	switch strings.TrimSuffix(w, ".") {
	case "Mrs", "Ms", "Miss", "Mme", "Madam", "Lady", "Dame":
		return GenderFemale
	case "Mr", "Sir", "Lord":
		return GenderMale
	}
	return GenderUnknown
}

// describesThing reports whether the phrase at s is a description whose
// head is no person ("the official Chinese news agency").
func (d *quoteDoc) describesThing(s Span) bool {
	ts := d.tokenize(s)
	if len(ts) < 2 || !attrDeterminers.has(strings.ToLower(d.word(ts[0]))) {
		return false
	}
	head := ""
	for _, t := range ts[1:] {
		w := strings.ToLower(d.word(t))
		if attrPrepositions.has(w) || !t.word {
			break
		}
		head = w
	}
	return attrThingNouns.has(head) || attrOrgWords.has(head) || head == "agency" || head == "newspaper"
}

// resolveOne resolves a speaker phrase without an appositive.
func (d *quoteDoc) resolveOne(np Span, anchor int) speakerGuess {
	ts := d.tokenize(np)
	var words []frameTok
	for _, t := range ts {
		if t.word {
			words = append(words, t)
		}
	}
	if len(words) == 0 {
		return noSpeakerGuess
	}
	first := d.word(words[0])
	if len(words) == 1 {
		if g, ok := attrPronounGender[first]; ok {
			if e := d.antecedent(np.Start, g); e >= 0 {
				return speakerGuess{ent: e, how: Inferred, pronoun: true}
			}
			return noSpeakerGuess
		}
		switch strings.ToLower(first) {
		case "they":
			return d.pluralAntecedent(np.Start)
		case "we", "i", "it", "you", "who", "this", "that", "there", "which":
			return noSpeakerGuess
		}
	}
	// the head: the words before a preposition or relative clause
	h := len(words)
	for k := 1; k < len(words); k++ {
		if lw := strings.ToLower(d.word(words[k])); attrPrepositions.has(lw) || lw == "who" || lw == "that" || lw == "which" {
			h = k
			break
		}
	}
	head := words[:h]
	// "an Abraham Lincoln impersonator", "the Lincoln actor": a name used
	// as a modifier of a common noun is no speaker
	described := h > 1 && attrDeterminers.has(strings.ToLower(d.word(head[0]))) && !attrStartsUpper(d.word(head[h-1]))
	// Trump Jr. is not Trump
	if name, ok := d.nameIn(head, false); ok && !described {
		if f := strings.Fields(name); len(f) > 1 && attrIsSuffix(f[len(f)-1]) {
			return speakerGuess{ent: d.entityFor(name, np.Start), how: Explicit}
		}
	}
	// a person mention in the head, not a possessive ("Trump's aide"); a
	// title of the other gender picks the namesake ("Mrs. Schlafly")
	if e := d.mentionIn(Span{np.Start, head[h-1].End}); e >= 0 && !described {
		if g := titleGender(d.word(head[0])); g != GenderUnknown {
			if alt := d.genderedAlternative(e, g); alt >= 0 {
				e = alt
			}
		}
		return speakerGuess{ent: e, how: Explicit}
	}
	if name, ok := d.nameIn(head, false); ok {
		return speakerGuess{ent: d.entityFor(name, np.Start), how: Explicit}
	}
	// a role: "the secretary", "the two-term president"
	if e := d.roleEntity(head, anchor); e >= 0 {
		return speakerGuess{ent: e, how: Explicit}
	}
	// a name in apposition after the head: "CEO of the Refugee Council
	// Enver Solomon", but not "a spokesman for Mrs. Clinton"
	if h < len(words) {
		if name, ok := d.nameIn(words[h:], true); ok {
			return speakerGuess{ent: d.entityFor(name, np.Start), how: Explicit}
		}
	}
	if !d.plausibleSource(words) {
		return noSpeakerGuess
	}
	// "the former Mexican leader", "the retired neurosurgeon": a
	// description of someone the text has named
	if e := d.describedPerson(head, np.Start); e >= 0 {
		return speakerGuess{ent: e, how: Explicit}
	}
	return speakerGuess{ent: -1, phrase: d.sourcePhrase(np, words), how: Explicit}
}

// describedPerson resolves a definite description of a person ("the
// real estate magnate") like a pronoun, or returns -1 when the phrase is
// no definite singular description of a human.
func (d *quoteDoc) describedPerson(head []frameTok, pos int) int {
	if len(head) < 2 || !attrEqualFold(d.word(head[0]), "the") {
		return -1
	}
	for _, w := range head[1:] {
		if attrStartsUpper(d.word(w)) {
			return -1 // "the Lincoln actor" is not Lincoln
		}
	}
	noun := strings.ToLower(d.word(head[len(head)-1]))
	if attrStartsUpper(d.word(head[len(head)-1])) || strings.HasSuffix(noun, "s") || attrThingNouns.has(noun) || attrSourceNouns.has(noun) {
		return -1
	}
	return d.antecedent(pos, GenderUnknown)
}

// plausibleSource reports whether words can name a source that is no
// named person: a phrase led by a determiner ("a spokeswoman", "the
// ministry"), a source noun ("officials") or a capitalized name ("The
// Guardian"), whose head is no time word and no verb form.
func (d *quoteDoc) plausibleSource(words []frameTok) bool {
	first := d.word(words[0])
	lf := strings.ToLower(first)
	switch {
	case attrDeterminers.has(lf) || attrSourceNouns.has(lf):
	case attrStartsUpper(first):
		if len(words) == 1 && (strings.HasSuffix(lf, "ing") || d.lx != nil && d.lx.isWord(lf) && !d.lx.isNamePart(lf)) {
			return false
		}
	default:
		return false
	}
	head := ""
	for _, w := range words {
		lw := strings.ToLower(d.word(w))
		if lw == "of" || lw == "for" || lw == "from" || lw == "in" {
			break
		}
		head = lw
	}
	if attrTimeWords.has(head) || d.isCalendar(head) || len(words) == 1 && attrDeterminers.has(lf) && lf != "someone" && lf != "somebody" && lf != "others" ||
		head == "a" || head == "an" || head == "the" || head == "this" || head == "that" || head == "his" || head == "her" || head == "their" {
		return false
	}
	return true
}

// mentionIn returns the entity of the last non-possessive person mention
// inside np, or -1.
func (d *quoteDoc) mentionIn(np Span) int {
	i := sort.Search(len(d.events), func(i int) bool { return d.events[i].pos >= np.Start })
	best := -1
	for ; i < len(d.events) && d.events[i].pos < np.End; i++ {
		if !d.events[i].possessive && !d.afterPreposition(np.Start, d.events[i].pos) {
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
	if st <= p.Start {
		return noSpeakerGuess
	}
	prev := d.sentenceStart(st-1, p)
	np := d.subjectNP(d.narrativeTokens(prev, st))
	if np.End <= np.Start {
		return noSpeakerGuess
	}
	words := d.tokenize(np)
	last := strings.ToLower(d.word(words[len(words)-1]))
	if len(words) < 2 || !strings.HasSuffix(last, "s") || !attrDeterminers.has(strings.ToLower(d.word(words[0]))) {
		return noSpeakerGuess
	}
	return speakerGuess{ent: -1, phrase: d.text[np.Start:np.End], how: Inferred}
}

// afterPreposition reports whether a preposition stands somewhere in
// text[from:pos] (the name at pos is then no head of the phrase: "a
// spokesman for Mrs. Clinton").
func (d *quoteDoc) afterPreposition(from, pos int) bool {
	for _, t := range d.tokenize(Span{from, pos}) {
		switch d.word(t) {
		case "of", "for", "by", "from", "at", "with", "to":
			return true
		}
	}
	return false
}

// nameIn returns the proper name that words end with ("team member Rodaba
// Noori", "Russian Foreign Minister Sergey Lavrov"). A name after "the"
// belongs to an organization ("the White House"). When appositive is set
// the name must follow other capitalized words in its run ("the Refugee
// Council Enver Solomon"), as a name right after a preposition is no
// speaker ("a spokesman for Mrs. Clinton").
func (d *quoteDoc) nameIn(words []frameTok, appositive bool) (string, bool) {
	s, e, ok := d.personName(words)
	if !ok {
		return "", false
	}
	k := s
	for k > 0 && attrStartsUpper(d.word(words[k-1])) && !attrIsPossessive(d.word(words[k-1])) {
		k--
	}
	if e < len(words) && !appositive {
		return "", false // a name as modifier: "an Abraham Lincoln impersonator"
	}
	if appositive {
		other := false
		for j := k; j < s; j++ {
			if !attrIsTitleWord(d.word(words[j])) && !attrEqualFold(d.word(words[j]), "the") {
				other = true
			}
		}
		if !other {
			return "", false
		}
	} else if k > 0 && attrEqualFold(d.word(words[k-1]), "the") || attrEqualFold(d.word(words[k]), "the") {
		return "", false
	}
	name := d.text[words[s].Start:words[e-1].End]
	if _, known := d.byLast[strings.ToLower(attrLastName(name))]; !known {
		if d.notPerson(name) {
			return "", false
		}
		// The Des Moines Register: a surname must be no plain word
		if last := strings.ToLower(attrLastName(name)); d.lx != nil && d.lx.isWord(last) && !d.lx.isNamePart(last) {
			return "", false
		}
	}
	return name, true
}

// attrNameParticles may stand lower-case inside a name.
var attrNameParticles = newAttrWordSet(`de da del della di du van von der den bin ibn al el la le`)

// attrLooksDemonym reports whether w looks like a nationality or party
// adjective before a title ("Russian", "Afghan", "Republican").
func attrLooksDemonym(w string) bool {
	lw := strings.ToLower(w)
	for _, suf := range []string{"ian", "ean", "ese", "ish", "can", "ghan", "ench", "ic", "i"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return attrDemonymWords.has(lw) || strings.HasSuffix(lw, "ian") || strings.HasSuffix(lw, "ese")
		}
	}
	return attrDemonymWords.has(lw)
}

var attrDemonymWords = newAttrWordSet(`american russian afghan british french german chinese japanese
israeli iraqi iranian syrian mexican canadian republican democratic democrat gop labour
conservative liberal senior former then u.s. us un eu nato white house state federal`)

// entityFor returns the entity named name, creating it when new. A
// surname alone joins the person with that surname.
func (d *quoteDoc) entityFor(name string, pos int) int {
	last := attrLastName(name)
	key := surnameKey(name)
	fields := strings.Fields(name)
	if n := len(fields); n > 1 && attrIsSuffix(fields[n-1]) {
		fields = fields[:n-1] // "Trump Jr." is a surname alone
	}
	if e, ok := d.byLast[key]; ok {
		ef := strings.Fields(d.ents[e].name)
		if len(fields) == 1 || len(ef) == 1 || attrFirstNamesAgree(fields[0], ef[0]) {
			if len(fields) > len(ef) && d.ents[e].person < 0 {
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
	full := d.fullestName(name)
	e := speakerEntity{name: full, person: -1, last: last}
	e.org = attrLooksLikeOrg(name)
	d.ents = append(d.ents, e)
	if key != "" {
		if _, dup := d.byLast[key]; !dup {
			d.byLast[key] = len(d.ents) - 1
		}
	}
	return len(d.ents) - 1
}

// surnameKey returns the lower-case surname of a name with its
// generational suffix, if any: "Donald Trump Jr." → "trump jr", which
// keeps the son apart from the father.
func surnameKey(name string) string {
	key := strings.ToLower(attrLastName(name))
	if f := strings.Fields(name); len(f) > 1 && attrIsSuffix(f[len(f)-1]) {
		key += " " + strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))
	}
	return key
}

// attrFirstNamesAgree reports whether two first names can be the same
// person's (equal, or one an initial or prefix of the other).
func attrFirstNamesAgree(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSuffix(a, ".")), strings.ToLower(strings.TrimSuffix(b, "."))
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// attrLooksLikeOrg reports whether a capitalized speaker name is an
// organization rather than a person: an acronym or a name with an
// organization word.
func attrLooksLikeOrg(name string) bool {
	f := strings.Fields(name)
	if len(f) == 1 {
		upper := 0
		for _, r := range f[0] {
			if unicode.IsUpper(r) {
				upper++
			}
		}
		if upper >= 2 {
			return true
		}
	}
	for _, w := range f {
		if attrOrgWords.has(strings.ToLower(strings.Trim(w, ".,"))) {
			return true
		}
	}
	return false
}

var attrOrgWords = newAttrWordSet(`house department agency council committee party times post news office
ministry campaign court university association institute foundation group inc corp company
network bureau administration government commission service services union league press
journal tribune herald review magazine television radio center centre board fund bank`)

// fullestName returns the longest capitalized run of the text that ends
// with name's surname and contains name ("Sexton" → "Jared Sexton").
func (d *quoteDoc) fullestName(name string) string {
	if d.havePeople {
		return name // findPeople has named everyone it could
	}
	if d.fullNames == nil {
		d.fullNames = d.collectFullNames()
	}
	if full, ok := d.fullNames[strings.ToLower(attrLastName(name))]; ok && len(full) > len(name) {
		ff, nf := strings.Fields(full), strings.Fields(name)
		if len(nf) == 1 || attrFirstNamesAgree(ff[0], nf[0]) {
			return full
		}
	}
	return name
}

// collectFullNames maps every surname (lower-case) that ends a run of two
// to four capitalized words to the longest such run.
func (d *quoteDoc) collectFullNames() map[string]string {
	out := map[string]string{}
	d.capitalRuns(func(run []frameTok) {
		if n := len(run); n > 0 && attrIsPossessive(d.word(run[n-1])) {
			w := d.word(run[n-1])
			run[n-1].End -= len(w) - len(trimPossessive(w))
		}
		for len(run) > 0 {
			w := d.word(run[0])
			lw := strings.ToLower(w)
			if !attrIsTitleWord(w) && !attrLooksDemonym(w) && !attrIntroWords.has(lw) && !attrDeterminers.has(lw) && !attrNonNameStarts.has(lw) {
				break
			}
			run = run[1:]
		}
		if len(run) >= 2 && len(run) <= 4 {
			name := d.text[run[0].Start:run[len(run)-1].End]
			if !attrLooksLikeOrg(name) {
				key := strings.ToLower(attrLastName(name))
				if len(name) > len(out[key]) {
					out[key] = name
				}
			}
		}
	})
	return out
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

// roleEntity resolves a descriptive phrase whose head is a title ("the
// secretary", "the former admiral") to the most recently mentioned entity
// with that title, or -1.
func (d *quoteDoc) roleEntity(words []frameTok, anchor int) int {
	if len(words) < 2 || !attrEqualFold(d.word(words[0]), "the") {
		return -1
	}
	head := ""
	for _, w := range words[1:] {
		lw := strings.ToLower(d.word(w))
		if lw == "of" || lw == "for" || lw == "who" {
			break
		}
		head = lw
	}
	long, ok := attrTitleWords[head]
	if !ok || long == "" {
		return -1
	}
	return d.titledEntity(long, anchor)
}

// lastMention returns the position of the last indexed mention of entity
// e before pos, or -1.
func (d *quoteDoc) lastMention(e, pos int) int {
	if e >= len(d.entPos) {
		return -1
	}
	ps := d.entPos[e]
	if k := sort.SearchInts(ps, pos) - 1; k >= 0 {
		return ps[k]
	}
	return -1
}

// sourcePhrase returns a non-person source as the text names it, cut
// before a relative clause and to at most eight words.
func (d *quoteDoc) sourcePhrase(np Span, words []frameTok) string {
	n := 0
	for n < len(words) && n < 8 {
		w := d.word(words[n])
		if n > 0 && (w == "who" || w == "which" || w == "that") {
			break
		}
		if n > 0 && n+1 < len(words) && d.word(words[n+1]) == "by" && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ed")) {
			break
		}
		n++
	}
	s := d.text[np.Start:words[n-1].End]
	return strings.TrimSpace(s)
}
