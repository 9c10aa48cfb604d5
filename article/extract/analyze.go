package extract

// Analyze finds the people and quotations in text, which is an article body:
// paragraphs separated by blank lines, no headline. lx supplies the word
// lists; a nil lx analyses with empty lists.
func Analyze(text string, lx *Lexicon) Analysis {
	if lx == nil {
		lx = &Lexicon{}
	}
	people := findPeople(text, lx)
	d := newDoc(text, lx)
	spk := d.attribute(people)
	quotes := d.judge(spk)
	return Analysis{People: people, Quotes: quotes}
}
