package extract

import (
	"slices"
	"sort"
	"strings"
)

// surnameChoice returns the entity that a bare surname, perhaps after an
// honorific ("Brandt", "Ms. Brandt"), names at pos when e was found for
// it and others share that surname (Nadia and Oskar Brandt). In order:
// the honorific's gender; not one the text has said is silent or dead;
// not one it has had speak by first name alone ("Oskar told"); the one
// last made a speaker nearby; the one named most often.
func (d *quoteDoc) surnameChoice(e int, head []token, pos int) int {
	g, ok := d.bareSurname(head, e)
	if !ok {
		return e
	}
	cands := d.namesakes(e)
	if g != GenderUnknown {
		// one of unknown gender may still be of g; one of the other is not
		cands = keepIf(cands, func(k int) bool { return d.ents[k].gender == g })
		cands = keepIf(cands, func(k int) bool {
			return d.ents[k].gender == g || d.ents[k].gender == GenderUnknown
		})
	}
	cands = keepIf(cands, func(k int) bool { return !d.saidSilent(k, pos) })
	cands = keepIf(cands, func(k int) bool { return !d.calledByFirstName(k, pos) })
	if s := d.lastSpeakerOf(cands, pos); s >= 0 {
		return s
	}
	best, most := e, -1
	for _, k := range cands {
		if n := sort.SearchInts(d.entPos[k], pos); n > most || n == most && k == e {
			best, most = k, n
		}
	}
	return best
}

// bareSurname reports whether head is entity e's surname alone, perhaps
// after an honorific ("Mrs. Reyes"), and the gender that honorific implies.
func (d *quoteDoc) bareSurname(head []token, e int) (Gender, bool) {
	g := GenderUnknown
	if len(head) == 2 {
		ti := d.lx.title(d.word(head[0])) // an honorific of a gender: Mrs. → female
		if ti.kind != honorific || ti.gender == GenderUnknown {
			return GenderUnknown, false
		}
		g, head = ti.gender, head[1:]
	}
	if len(head) != 1 || e >= len(d.ents) || d.ents[e].last == "" {
		return g, false
	}
	return g, strings.EqualFold(trimPossessive(d.word(head[0])), d.ents[e].last)
}

// namesakes returns e and the other persons with e's surname.
func (d *quoteDoc) namesakes(e int) []int {
	out := []int{e}
	for k := range d.ents {
		if k != e && !d.ents[k].org && strings.EqualFold(d.ents[k].last, d.ents[e].last) {
			out = append(out, k)
		}
	}
	return out
}

// keepIf returns the candidates k for which keep(k) holds, or all of them
// when none does: a sieve that never leaves a surname without a person.
func keepIf(cands []int, keep func(k int) bool) []int {
	var out []int
	for _, k := range cands {
		if keep(k) {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// saidSilent reports whether a sentence before pos says that entity k
// did not speak or has died: a mention of k followed in its sentence, with
// no other person named between, by "declined to comment" or "died".
func (d *quoteDoc) saidSilent(k, pos int) bool {
	return memoized(&d.silentFrom, k, d.firstSilence) <= pos
}

// firstSilence returns the end of the first phrase of silence said of
// entity k (see saidSilent), or the text's length plus one when there is
// none. Asked once per entity, not per quote: per quote, 10 MB of text
// took twenty seconds.
func (d *quoteDoc) firstSilence(k int) int {
	first := len(d.text) + 1
	if !d.silences {
		return first
	}
	for _, p := range d.entPos[k] {
		d.pace.step(1)
		if p >= first {
			break
		}
		stop := len(d.text)
		if s := d.sentenceOf(p); s < len(d.ends) {
			stop = d.ends[s]
		}
		i := d.eventFrom(p + 1)
		if i < len(d.events) && d.events[i].pos < stop && d.events[i].ent != k {
			stop = d.events[i].pos
		}
		if e := silenceEnd(d.text[p:max(p, stop)]); e >= 0 {
			first = min(first, p+e)
		}
	}
	return first
}

// silenceEnd returns where in s the first of silencePhrases, as whole
// words ("died", not "studied"), ends, or -1 when s has none.
func silenceEnd(s string) int {
	end := -1
	for p := range silencePhrases {
		for i, k := 0, strings.Index(s, p); k >= 0; k = strings.Index(s[i:], p) {
			i += k
			if e := i + len(p); (i == 0 || !isASCIILetter(s[i-1])) && (e == len(s) || !isASCIILetter(s[e])) {
				if end < 0 || e < end {
					end = e
				}
				break
			}
			i++
		}
	}
	return end
}

// silencePhrases say that someone did not speak or died ("declined to
// comment", "the late").
var silencePhrases = embeddedCased("hand_silence_phrases.txt")

// lastSpeakerOf returns the candidate most recently named as a subject in
// pos's paragraph, or else the one most recently made a speaker within the
// three paragraphs before; or -1.
func (d *quoteDoc) lastSpeakerOf(cands []int, pos int) int {
	if k := d.lastVoiced(cands, pos, d.paragraphFloor(pos, 0), true); k >= 0 {
		return k
	}
	return d.lastVoiced(cands, pos, d.paragraphFloor(pos, 3), false)
}

// lastVoiced returns the candidate last made a speaker after floor and
// before pos, or, when named is set, also last named as a subject (not
// after a preposition, not as a possessive: "Reyes's shop").
func (d *quoteDoc) lastVoiced(cands []int, pos, floor int, named bool) int {
	for ev := range d.mentionsBack(pos, floor) {
		voiced := ev.rank == rankSpeaker || named && !ev.possessive && ev.rank < rankOblique
		if voiced && slices.Contains(cands, ev.ent) {
			return ev.ent
		}
	}
	return -1
}

// calledByFirstName reports whether a mention of entity k before pos is
// its first name alone before a speech verb ("Tom told"): a writer who has
// one relative speak as "Tom" keeps the bare surname for the other.
func (d *quoteDoc) calledByFirstName(k, pos int) bool {
	return memoized(&d.firstNamedFrom, k, d.firstCalledByFirstName) < pos
}

// memoized returns (*memo)[k], worked out by first when it is missing.
func memoized(memo *map[int]int, k int, first func(k int) int) int {
	if *memo == nil {
		*memo = make(map[int]int)
	}
	from, ok := (*memo)[k]
	if !ok {
		from = first(k)
		(*memo)[k] = from
	}
	return from
}

// firstCalledByFirstName returns where entity k is first named by its
// first name alone before a speech verb (see calledByFirstName), or the
// text's length. Asked once per entity: per quote, 10 MB of text took
// twice as long.
func (d *quoteDoc) firstCalledByFirstName(k int) int {
	first, _ := firstField(d.ents[k].name)
	for _, p := range d.entPos[k] {
		d.pace.step(1)
		w := firstFieldOf(d.text[p:min(len(d.text), p+len(first)+1+len(d.ents[k].last)+1)])
		if trimPossessive(strings.TrimRight(w, ",.;:")) != first {
			continue
		}
		next := firstFieldOf(d.text[p+len(first) : min(len(d.text), p+len(first)+24)])
		if d.lx.isSpeechVerb(strings.TrimRight(next, ",.;:")) {
			return p
		}
	}
	return len(d.text)
}
