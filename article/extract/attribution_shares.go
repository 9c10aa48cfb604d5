package extract

import "strings"

// shareSource reports whether words, a speaker phrase, name a share of
// a group polled or counted, which speaks for itself: a number with
// "percent" or "%" ("21 percent said"), or a share word ("most said", "a
// third of riders said").
func (d *quoteDoc) shareSource(words []token) bool {
	first := d.word(words[0])
	if isNumber(first) {
		return d.percentAfter(words[0]) || len(words) > 1 && d.lx.list(shareWords).hasLower(d.word(words[1]))
	}
	if lowerIs(first, "a") && len(words) > 1 {
		first = d.word(words[1]) // a third, a majority
	}
	return d.lx.list(shareWords).hasLower(first) && !lowerIs(first, "percent")
}

// percentAfter reports whether a percent sign follows the number t.
func (d *quoteDoc) percentAfter(t token) bool {
	return strings.HasPrefix(d.text[t.End:], "%")
}

// isNumber reports whether w is written in digits ("21", "3.5", "1,200").
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	return strings.Trim(w, "0123456789.,") == ""
}

// countedGroup reports whether words count people of a kind: a number,
// maybe after "about" or "some", then words that end in a source noun or
// a noun of a human role ("about 50 nurses", "12 protesters").
func (d *quoteDoc) countedGroup(words []token) bool {
	k := 0
	if len(words) > 2 && (prepositions.hasLower(d.word(words[0])) || determiners.hasLower(d.word(words[0]))) {
		k = 1
	}
	if len(words) < k+2 || !isNumber(d.word(words[k])) {
		return false
	}
	head := strings.ToLower(d.word(words[len(words)-1]))
	return d.lx.list(sourceNouns).has(head) || d.humanRoleNoun(head)
}
