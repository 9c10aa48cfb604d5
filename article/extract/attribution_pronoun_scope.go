package extract

import "strings"

// reportedClauseStart returns the start of the sentence of the pronoun at
// pos when it is the subject of a speech verb after the words it reports
// ("Besides, Meyer isn't a gardener, he said."): those names are what was
// said, so the antecedent lies before. Else, and after an opening clause
// ("After Reyes left, he said") or another speech verb, it returns pos.
func (d *quoteDoc) reportedClauseStart(pos int) int {
	p := d.paraOf(pos)
	start := d.sentenceStart(pos, p)
	ts := d.tokenize(Span{start, min(p.End, pos+40)})
	k := tokenFrom(ts, pos)
	if k < 2 || k+1 >= len(ts) || d.word(ts[k-1]) != "," || !d.speechVerbAt(ts, k+1) {
		return pos
	}
	f := firstWordTok(ts[:k-1])
	if f < 0 {
		return pos
	}
	if w := d.word(ts[f]); subordinators.hasLower(w) || lowerIs(w, "if") || lowerIs(w, "unless") {
		return pos
	}
	for v := f; v < k-1; v++ {
		if d.speechVerbAt(ts, v) {
			return pos // Holm admitted the team had slipped, which, she said, …
		}
	}
	return start
}

// isComma reports whether t is a comma, or the opening mark of a quote
// that ends in one, as American usage puts it inside the quotation marks:
// When Falk called it "a modest start," Berg …
func (d *quoteDoc) isComma(t token) bool {
	if d.word(t) == "," {
		return true
	}
	if t.isWord() {
		return false
	}
	i := d.quoteFrom(t.Start)
	if i >= len(d.quotes) || d.quotes[i].open != t.Span || d.quotes[i].unclosed() {
		return false
	}
	q := &d.quotes[i]
	return strings.HasSuffix(strings.TrimSpace(d.text[q.Start:q.End]), ",")
}
