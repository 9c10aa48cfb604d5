package extract

import (
	"iter"
	"sort"
	"strings"
)

// antecedent returns the entity a subject pronoun of gender g at pos
// stands for, or -1: the best compatible mention of the nearest sentence
// that has one, at most three paragraphs back; possessives ("Brannock's
// aides") only when nothing else fits. The entity learns g.
func (d *quoteDoc) antecedent(pos int, g Gender) int {
	e := d.findAntecedent(pos, g, false)
	if e < 0 {
		e = d.findAntecedent(pos, g, true)
	}
	if e >= 0 && d.ents[e].gender == GenderUnknown {
		d.ents[e].gender = g
	}
	return e
}

// findAntecedent is antecedent's search. Unless possessive, it passes
// over possessive mentions but for one that opens its sentence with g
// known as its gender ("Ms. Ruiz's deputy is a woman."), the antecedent
// when no other mention of that sentence fits.
func (d *quoteDoc) findAntecedent(pos int, g Gender, possessive bool) int {
	sent := noSentence
	best, bestRank := -1, uint8(255)
	owner := -1   // the sentence's possessive mention known to have gender g
	oblique := -1 // the nearest candidate when only oblique mentions fit
	for ev := range d.mentionsBack(d.reportedClauseStart(pos), d.paragraphFloor(pos, 3)) {
		if s := d.sentenceOf(ev.pos); s != sent.index {
			if e, ok := settleSentence(best, bestRank, owner, &oblique); ok {
				return e
			}
			best, bestRank, owner = -1, 255, -1
			sent = d.readSentence(s, ev.pos, pos, g)
		}
		e := d.genderedAlternative(ev.ent, g)
		if e < 0 {
			continue
		}
		if ev.possessive && !possessive && !d.ownsSubjectThing(&sent, ev.pos) {
			if e == ev.ent && g != GenderUnknown && d.ents[e].gender == g && d.topicPosition(ev.pos) {
				owner = e
			}
			continue
		}
		// going backwards: an equal rank earlier in the sentence wins; one
		// said to be silent ("Kray declined to comment.") is a last resort
		r := d.roleRank(&sent, ev)
		if r <= bestRank && e == ev.ent && d.silentAt(ev) {
			r = rankOblique
		}
		if r <= bestRank {
			best, bestRank = e, r
		}
	}
	if e, ok := settleSentence(best, bestRank, owner, &oblique); ok {
		return e
	}
	return oblique
}

// silentAt reports whether the predicate right after mention ev says its
// entity did not speak or died (saidSilent) and, but for a few words, ends
// the sentence: "Kray could not be reached on Friday", not "Kray, who died
// Monday, wrote" or "Kray could not be reached but has denied it".
func (d *quoteDoc) silentAt(ev mentionEvent) bool {
	f := memoized(&d.silentFrom, ev.ent, d.firstSilence)
	if f <= ev.pos || f > len(d.text) {
		return false // no silence after this mention
	}
	end := len(d.text)
	if s := d.sentenceOf(ev.pos); s < len(d.ends) {
		end = d.ends[s]
	}
	return f <= end && !strings.ContainsRune(d.text[ev.pos:f], ',') && countWords(d.text[f:end], 5) <= 4
}

// mentionsBack yields the mentions and the speakers of quotes before
// pos, nearest first, down to floor: the people a pronoun or a bare
// surname at pos may mean.
func (d *quoteDoc) mentionsBack(pos, floor int) iter.Seq[mentionEvent] {
	return func(yield func(mentionEvent) bool) {
		i := d.eventFrom(pos) - 1
		j := sort.Search(len(d.spoke), func(j int) bool { return d.spoke[j].pos >= pos }) - 1
		for i >= 0 || j >= 0 {
			var ev mentionEvent
			if j < 0 || i >= 0 && d.events[i].pos > d.spoke[j].pos {
				ev = d.events[i]
				i--
			} else {
				ev = d.spoke[j]
				j--
			}
			if ev.pos < floor || !yield(ev) {
				return
			}
		}
	}
}

// settleSentence decides on a sentence read back from a pronoun: its best
// candidate is the antecedent unless it is oblique ("a rally for Okafor"),
// then kept in *oblique as a last resort; with none, owner if any.
func settleSentence(best int, rank uint8, owner int, oblique *int) (int, bool) {
	if best < 0 {
		return owner, owner >= 0
	}
	if rank < rankOblique {
		return best, true
	}
	if *oblique < 0 {
		*oblique = best
	}
	return -1, false
}

// genderedAlternative returns e when a pronoun of gender g can stand for
// it; else another entity with the same surname that fits (a mention of
// "Brandvold" can be the mother or the son), or -1.
func (d *quoteDoc) genderedAlternative(e int, g Gender) int {
	if d.compatible(e, g) {
		return e
	}
	if g == GenderUnknown || d.ents[e].last == "" {
		return -1
	}
	for k := range d.ents {
		if k != e && d.ents[k].last == d.ents[e].last && d.compatible(k, g) {
			return k
		}
	}
	return -1
}

// compatible reports whether a pronoun of gender g can stand for entity
// e: "she" for a woman or a person of unknown gender, not a company.
func (d *quoteDoc) compatible(e int, g Gender) bool {
	en := &d.ents[e]
	return !en.org && (en.gender == GenderUnknown || g == GenderUnknown || en.gender == g)
}

// paragraphFloor returns the start of the paragraph n paragraphs before
// the one holding pos.
func (d *quoteDoc) paragraphFloor(pos, n int) int {
	i := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].Start > pos }) - 1
	i = max(0, i-n)
	if i < len(d.paras) {
		return d.paras[i].Start
	}
	return 0
}

// topicPosition reports whether the mention at pos opens its sentence or
// follows one word ("Ruiz's aide said", "If Ruiz's plan fails"): a
// possessive there is the sentence's topic.
func (d *quoteDoc) topicPosition(pos int) bool {
	start := d.sentenceStart(pos, d.paraOf(pos))
	return countWords(d.text[start:pos], 2) <= 1
}
