package extract

import (
	"slices"
	"strings"
)

// A description ("the deputy mayor", "the retired nurse") may stand for a
// named person: the functions here decide which person, if any, that is.

// roleEntity resolves a descriptive phrase whose head is a title ("the
// secretary", "the former admiral") to the most recently mentioned entity
// with that title and the same qualifiers ("the deputy harbour master" is
// not the harbour master), or -1; guessed reports that the entity is a
// guess (untitledTopic).
func (d *quoteDoc) roleEntity(words []token, anchor int) (e int, guessed bool) {
	if len(words) < 2 || !foldEqual(d.word(words[0]), "the") {
		return -1, false
	}
	role := words[1:] // the head, cut before "of" or "who" (headEnd)
	long, ok := d.lx.titleRole(d.word(role[len(role)-1]))
	if !ok || long == "" {
		return -1, false // "the former": no title
	}
	h := d.roleHolder(long, d.qualifiers(role), anchor)
	if t := d.untitledTopic(h, anchor); t >= 0 {
		return t, true
	}
	return h, false
}

// untitledTopic returns the person the paragraph of pos is about, whom
// the writer calls by an epithet, when the text gave that person no title
// or role and h, the title's last holder, is not named in the paragraph:
// "Ode toured the docks. Cheered on, the senator said" is Ode's. Else -1.
func (d *quoteDoc) untitledTopic(h, pos int) int {
	p := d.paraOf(pos)
	if h < 0 || d.lastMention(h, pos) >= p.Start {
		return -1
	}
	t := d.antecedent(d.sentenceStart(pos, p), GenderUnknown)
	if t < 0 || t == h || d.ents[t].org || len(d.ents[t].titles) > 0 || d.ents[t].role != "" || d.lastMention(t, pos) < p.Start {
		return -1
	}
	return t
}

// describedPerson resolves a definite description of a person ("the real
// estate magnate") to the named person the text gave that role noun, else
// to the person the text is about, or returns -1. The head must be a
// singular noun of a human role: a thing ("the memo", "the crowd") is its
// own source.
func (d *quoteDoc) describedPerson(head []token, pos int) int {
	if len(head) < 2 || !foldEqual(d.word(head[0]), "the") {
		return -1
	}
	for _, w := range head[1:] {
		if x := d.word(w); startsUpper(x) && !d.lx.looksDemonym(x) && !d.lx.info(x).has(factPlace) {
			return -1 // "the Churchill actor" is not Churchill; "the Ohio governor" may be Brandvold
		}
	}
	noun := strings.ToLower(d.word(head[len(head)-1]))
	// an age stands for a person too: "the 52-year-old said"
	if hasSuffixFold(noun, "s") || !d.humanRoleNoun(noun) && !hasSuffixFold(noun, "-year-old") ||
		thingNouns.hasLower(noun) || sourceNouns.hasLower(noun) {
		return -1
	}
	if h := d.roleHolder(noun, d.qualifiers(head[1:]), pos); h >= 0 {
		return h
	}
	// "A nurse who works nights said …. "…," said the nurse": the text
	// brought in someone it never named
	e := d.antecedent(pos, GenderUnknown)
	if e < 0 || d.introducedUnnamed(noun, pos) {
		return -1
	}
	if d.namedBeforeComma(e, pos) {
		return -1 // After a talk with Ada Voss, the candidate said
	}
	// a person the writer goes on to describe ("said the clerk, a
	// night-shift veteran") is someone new: the description is the source
	rest, ok := strings.CutPrefix(d.text[head[len(head)-1].End:], ", ")
	if ok && (strings.HasPrefix(rest, "a ") || strings.HasPrefix(rest, "an ")) {
		return -1
	}
	// an epithet of the person the text is about ("the retired
	// surgeon"), who has that role from now on: a later "the
	// surgeon" is the same person
	d.ents[e].titles = append(slices.Clip(d.ents[e].titles), noun)
	return e
}

// introducedUnnamed reports whether the narrative of the last few
// paragraphs before pos brings in an unnamed person by an indefinite
// phrase headed by noun ("a night nurse", "an elderly nurse").
func (d *quoteDoc) introducedUnnamed(noun string, pos int) bool {
	ts := d.tokenize(Span{d.paragraphFloor(pos, 3), pos})
	for k, t := range ts {
		if !t.isWord() || !lowerIs(d.word(t), noun) || d.inQuote(t.Start) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3 && ts[j].isWord(); j-- {
			if x := d.word(ts[j]); lowerIs(x, "a") || lowerIs(x, "an") {
				return true
			}
		}
	}
	return false
}

// humanRoleNoun reports whether the lower-case noun, or its singular,
// names a person by role or trade: a role of the title list ("nurses"), a
// compound ending in one ("neurosurgeon"), or a word of a human suffix
// ("pianist", "statisticians").
func (d *quoteDoc) humanRoleNoun(noun string) bool {
	one, plural := strings.CutSuffix(noun, "s")
	return plural && d.roleNounForm(one) || d.roleNounForm(noun)
}

// roleNounForm is humanRoleNoun for the form noun only.
func (d *quoteDoc) roleNounForm(noun string) bool {
	if strings.HasSuffix(noun, "ist") || strings.HasSuffix(noun, "ician") {
		return len(noun) > 5
	}
	for i := 0; i+5 <= len(noun); i++ {
		if d.lx.title(noun[i:]).kind == titleHead {
			return true
		}
	}
	return false
}

// qualifiers returns the role qualifiers among words, in lower case.
func (d *quoteDoc) qualifiers(words []token) []string {
	var qs []string
	for _, w := range words {
		if x := d.word(w); roleQualifiers.hasLower(x) {
			qs = append(qs, strings.ToLower(x))
		}
	}
	return qs
}

// roleHolder returns the entity most recently mentioned before pos that
// has role noun with exactly the qualifiers quals, or -1.
func (d *quoteDoc) roleHolder(noun string, quals []string, pos int) int {
	return d.lastEntity(pos, func(e int) bool { return d.hasRole(e, noun, quals) })
}

// hasRole reports whether the text gave entity e the role noun (or the
// title it abbreviates) with exactly the qualifiers quals.
func (d *quoteDoc) hasRole(e int, noun string, quals []string) bool {
	en := &d.ents[e]
	roleWords := strings.Fields(strings.ToLower(en.role))
	long, _ := d.lx.titleRole(noun)
	if !slices.Contains(roleWords, noun) && !slices.Contains(en.titles, noun) &&
		!slices.Contains(en.titles, long) {
		return false
	}
	n := 0
	for _, w := range roleWords {
		if roleQualifiers.hasLower(w) {
			if !slices.Contains(quals, w) {
				return false
			}
			n++
		}
	}
	return n == len(quals)
}

// namedBeforeComma reports whether only capitalized words, "and" and a
// comma stand between the last mention of entity e and pos, where a
// description starts: in "After a talk with Ada Voss, the candidate said"
// or "Voss, the candidate said, is wrong" the description names someone
// else, or it would stand between commas after her name.
func (d *quoteDoc) namedBeforeComma(e, pos int) bool {
	p := d.lastMention(e, pos)
	if p < 0 {
		return false
	}
	name, ok := strings.CutSuffix(strings.TrimRight(d.text[p:pos], " "), ",")
	if !ok {
		return false
	}
	for f, rest := firstField(name); f != ""; f, rest = firstField(rest) {
		if !startsUpper(f) && f != "and" {
			return false // "Ada Voss and Tom Lee," are two names
		}
	}
	return true
}
