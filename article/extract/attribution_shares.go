package extract

import "strings"

// groupSource reports whether words, a speaker phrase, name a group
// that speaks for itself: a share of people polled, a number with
// "percent" or "%" ("21 percent said") or a share word ("most said"), or
// people counted, a number maybe after "about" or "some" before a source
// or role noun ("about 50 nurses", "12 voters").
func (d *quoteDoc) groupSource(words []token) bool {
	first := d.word(words[0])
	share := len(words) > 1 && shareWords.hasLower(d.word(words[1]))
	if isNumber(first) && (d.percentAfter(words[0]) || share) {
		return true
	}
	if shareWords.hasLower(first) && !lowerIs(first, "percent") {
		return true
	}
	k := 0
	if len(words) > 2 && (prepositions.hasLower(first) || determiners.hasLower(first)) {
		k = 1
	}
	if len(words) < k+2 || !isNumber(d.word(words[k])) {
		return false
	}
	head := strings.ToLower(d.word(words[len(words)-1]))
	return sourceNouns.has(head) || d.humanRoleNoun(head)
}

// percentAfter reports whether a percent sign follows the number t.
func (d *quoteDoc) percentAfter(t token) bool {
	return strings.HasPrefix(d.text[t.End:], "%")
}

// isNumber reports whether w is written in digits ("21", "3.5", "1,200").
func isNumber(w string) bool {
	return w != "" && '0' <= w[0] && w[0] <= '9' && strings.Trim(w, "0123456789.,") == ""
}
