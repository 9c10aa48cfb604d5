package extract

// reportedClauseStart returns where the sentence of the pronoun at pos
// starts when the pronoun is the subject of a speech verb set after the
// words it reports ("Also, Reyes isn't a sailor, he said."): the names
// before it belong to what was said, not to who said it, so its
// antecedent lies in an earlier sentence. It returns pos otherwise, also
// when the sentence opens with a subordinate clause whose subject the
// pronoun may well repeat ("After Reyes left, he said …"), or when a
// speech verb before it has a subject the pronoun repeats.
func (d *quoteDoc) reportedClauseStart(pos int) int {
	p := d.paraOf(pos)
	start := d.sentenceStart(pos, p)
	if start >= pos {
		return pos
	}
	ts := d.tokenize(Span{start, min(p.End, pos+40)})
	k := 0
	for k < len(ts) && ts[k].Start < pos {
		k++
	}
	if k < 2 || k+1 >= len(ts) || d.word(ts[k-1]) != "," || !d.speechVerbAt(ts, k+1) {
		return pos
	}
	f := firstWordTok(ts[:k-1])
	if f < 0 {
		return pos
	}
	if w := d.word(ts[f]); d.lx.list(subordinators).hasLower(w) || lowerIs(w, "if") || lowerIs(w, "as") || lowerIs(w, "unless") {
		return pos
	}
	for v := f; v < k-1; v++ {
		if d.speechVerbAt(ts, v) {
			return pos // Voss conceded the vote was lost, which, she said, …
		}
	}
	return start
}
