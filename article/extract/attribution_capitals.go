package extract

// capitalRuns calls fn with every run of capitalized words in the
// narrative (outside top-level quotations) of every paragraph, read by
// lex in lexFrames mode. A run is broken by a lower-case word other
// than a name connector inside it, by punctuation other than a hyphen,
// and by white space other than plain spaces; a possessive ends a run,
// which leaves its mark out ("Rita Moss's dog" gives Rita Moss). run is
// reused between calls.
func (d *quoteDoc) capitalRuns(fn func(run []token)) {
	r := capitalRun{text: d.text, fn: fn}
	var toks []token
	for _, p := range d.paras {
		toks = d.appendNarrative(toks[:0], p.Start, p.End) // a quote is one mark, which ends a run
		prev := p.Start
		for _, t := range toks {
			if !onlySpaces(d.text[prev:t.Start]) {
				r.flush() // a tab, a line break, a no-break space
			}
			prev = t.End
			r.add(t, d.word(t))
		}
		r.flush()
	}
}

// capitalRun gathers a run of capitalized words for capitalRuns.
type capitalRun struct {
	text string
	run  []token
	fn   func(run []token)
}

// add adds the token t, whose text is w, when it continues the run, and
// hands the run to fn when t ends it.
func (r *capitalRun) add(t token, w string) {
	switch {
	case !t.isWord():
		if w != "-" {
			r.flush()
		}
	case t.flags&flagCap != 0:
		r.run = append(r.run, t)
		if isPossessive(w) {
			r.flush()
		}
	case len(r.run) == 0 || !nameConnectors.has(w):
		r.flush()
	default:
		r.run = append(r.run, t)
	}
}

// flush hands a run of words to fn and starts a new one.
func (r *capitalRun) flush() {
	if len(r.run) > 0 {
		last := &r.run[len(r.run)-1]
		last.End = last.Start + len(trimPossessive(r.text[last.Start:last.End]))
		r.fn(r.run)
		r.run = r.run[:0]
	}
}

// onlySpaces reports whether s holds nothing but ASCII spaces.
func onlySpaces(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			return false
		}
	}
	return true
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
