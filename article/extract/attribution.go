package extract

import (
	"sort"
	"strings"
	"unicode"
)

// quoteDoc is the state of one analysis: the text cut into paragraphs,
// sentences and quoted passages, and the entities speakers resolve to.
type quoteDoc struct {
	text   string
	lx     *Lexicon // may be nil
	paras  []Span
	ends   []int // sentence ends of all paragraphs, in order
	quotes []quoteSpan

	ents   []speakerEntity
	events []mentionEvent // mentions of entities outside quotes, by position
	byLast map[string]int // lower-case surname → entity
	// spoke are the positions where quotes were attributed to entities,
	// in order: later pronouns may refer to those speakers.
	spoke     []mentionEvent
	fullNames map[string]string // surname → fullest name in the text, built on demand
	// havePeople reports whether findPeople found anyone; else names come
	// from the capitalized words of the text.
	havePeople bool
	entPos     [][]int          // positions of each entity's mentions, in order
	byTitle    map[string][]int // title word → entities with that title
	toks       []frameTok       // scratch
	// notNameMemo caches notNameWord's word-list lookups.
	notNameMemo map[string]bool
}

// speakerEntity is someone a quote can be attributed to: a person from
// findPeople, or a name or source phrase found next to a speech verb.
type speakerEntity struct {
	name   string
	person int // index into people, or -1
	gender Gender
	org    bool     // an organization or other non-person: never a pronoun's antecedent
	titles []string // lower-case title and role words ("admiral", "secretary")
	last   string   // the surname, for matching short forms
}

// mentionEvent is one mention of an entity at a position of the text.
type mentionEvent struct {
	pos        int
	ent        int
	possessive bool
	// rank orders mentions of one sentence as antecedents: speakers
	// first, then plain mentions, then mentions after a preposition.
	rank uint8
}

// The ranks of mentions as antecedents, best first.
const (
	rankSpeaker uint8 = iota
	rankPlain
	rankOblique
)

// speakerGuess is what attribution found for one quote.
type speakerGuess struct {
	ent    int    // entity index, or -1
	phrase string // a source that is not an entity ("a spokeswoman"), when ent < 0
	how    Attribution
	// pronoun reports whether the speaker was named by a pronoun.
	pronoun bool
	// pattern reports whether a speech pattern around the quote named the
	// speaker (explicitly or by a pronoun).
	pattern bool
}

var noSpeakerGuess = speakerGuess{ent: -1}

func newDoc(text string, lx *Lexicon) *quoteDoc {
	d := &quoteDoc{text: text, lx: lx, byLast: map[string]int{}}
	d.paras = splitParagraphSpans(text)
	for _, p := range d.paras {
		d.ends = sentenceEnds(text, p, d.ends)
	}
	d.quotes = scanQuotes(text, d.paras)
	return d
}

// sentenceOf returns the index of the sentence holding offset pos.
func (d *quoteDoc) sentenceOf(pos int) int {
	return sort.SearchInts(d.ends, pos+1)
}

// sentenceStart returns the start of the sentence holding pos, within
// paragraph p.
func (d *quoteDoc) sentenceStart(pos int, p Span) int {
	i := sort.SearchInts(d.ends, pos+1) - 1
	if i >= 0 && d.ends[i] > p.Start && d.ends[i] <= pos {
		return d.ends[i]
	}
	return p.Start
}

// sentenceEnd returns the end of the sentence holding pos (the first
// sentence end after pos), within paragraph p.
func (d *quoteDoc) sentenceEnd(pos int, p Span) int {
	i := sort.SearchInts(d.ends, pos+1)
	if i < len(d.ends) && d.ends[i] <= p.End {
		return d.ends[i]
	}
	return p.End
}

// attribute sets the speaker of every quote.
func attribute(text string, quotes []Quote, people []Person, lx *Lexicon) {
	d := newDoc(text, lx)
	spk := d.attribute(people)
	// quotes came from findQuotes on the same text: match by span.
	byStart := map[Span]int{}
	for i, q := range d.quotes {
		byStart[q.Span] = i
	}
	for i := range quotes {
		quotes[i].Person = -1
		if j, ok := byStart[quotes[i].Span]; ok {
			d.setSpeaker(&quotes[i], spk[j])
		}
	}
}

// setSpeaker fills q's speaker fields from s.
func (d *quoteDoc) setSpeaker(q *Quote, s speakerGuess) {
	q.How = s.how
	q.Person = -1
	switch {
	case s.ent >= 0:
		e := &d.ents[s.ent]
		q.Speaker, q.Person = e.name, e.person
	case s.phrase != "":
		q.Speaker = s.phrase
	default:
		q.Speaker, q.How = "", Unattributed
	}
}

// attribute finds the speaker of every quote of d.
func (d *quoteDoc) attribute(people []Person) []speakerGuess {
	d.initEntities(people)
	spk := make([]speakerGuess, len(d.quotes))
	for i := range spk {
		spk[i] = noSpeakerGuess
	}
	for i := range d.quotes {
		q := &d.quotes[i]
		if q.parent >= 0 {
			spk[i] = d.nestedSpeaker(i)
			continue
		}
		s := d.explicitSpeaker(i)
		if s.how == Unattributed {
			s = d.contextSpeaker(i, spk)
		}
		spk[i] = s
	}
	return spk
}

// topNeighbours returns the closest top-level quotes of the same paragraph
// before and after quote i (-1 when none).
func (d *quoteDoc) topNeighbours(i int) (prev, next int) {
	prev, next = -1, -1
	q := &d.quotes[i]
	for j := i - 1; j >= 0 && d.quotes[j].para == q.para; j-- {
		if d.quotes[j].parent < 0 {
			prev = j
			break
		}
	}
	for j := i + 1; j < len(d.quotes) && d.quotes[j].para == q.para; j++ {
		if d.quotes[j].parent < 0 {
			next = j
			break
		}
	}
	return prev, next
}

// frames returns the narrative text around top-level quote i inside its
// sentence: before runs from the sentence start (or the previous quote)
// to the opening mark; after runs from the closing mark to the next quote
// or the end of the sentence after it. endsSentence reports whether the
// quote itself ends a sentence, so only a speaker right after it counts.
func (d *quoteDoc) frames(i int) (before, after Span, endsSentence bool) {
	q := &d.quotes[i]
	p := d.paras[q.para]
	prev, next := d.topNeighbours(i)
	bStart := d.sentenceStart(q.open.Start, p)
	if prev >= 0 {
		bStart = max(bStart, d.quotes[prev].close.End)
	}
	before = Span{min(bStart, q.open.Start), q.open.Start}
	aEnd := p.End
	if next >= 0 {
		aEnd = d.quotes[next].open.Start
	}
	if q.unclosed() {
		return before, Span{q.close.End, q.close.End}, true
	}
	s := sort.SearchInts(d.ends, q.close.End)
	if s < len(d.ends) && d.ends[s] == q.close.End {
		endsSentence = true
		s++
	}
	if s < len(d.ends) {
		aEnd = min(aEnd, d.ends[s])
	}
	after = Span{q.close.End, max(q.close.End, aEnd)}
	return before, after, endsSentence
}

// explicitSpeaker looks for a speech pattern around top-level quote i:
// "...," X said / said X / X said, "..." / according to X / quoted X as
// saying.
func (d *quoteDoc) explicitSpeaker(i int) speakerGuess {
	before, after, ends := d.frames(i)
	if d.introducesNext(i, after) {
		// “Cruz,” Beck joked, “Amen!”: the words after belong to the next
		// quote when the words before have a speaker of their own
		bt := d.tokenize(before)
		if np, ok := d.beforePattern(bt, before); ok {
			if s := d.resolve(np, before.End); s.how != Unattributed {
				return d.explicit(np, s)
			}
		}
	}
	at := d.tokenize(after)
	if d.modifierQuote(i) {
		at = nil // the "wise Latina" phrase Grassley cited: no attribution
	}
	if np, ok := d.afterPattern(at, !ends); ok {
		if s := d.resolve(np, after.Start); s.how != Unattributed {
			return d.explicit(np, s)
		}
	}
	bt := d.tokenize(before)
	if np, ok := d.beforePattern(bt, before); ok {
		if s := d.resolve(np, before.End); s.how != Unattributed {
			return d.explicit(np, s)
		}
	}
	return noSpeakerGuess
}

// explicit marks a speaker found by a speech pattern: Explicit, unless a
// pronoun named it (then Inferred: the antecedent is a guess), and
// remembers it as the likeliest antecedent of later pronouns.
func (d *quoteDoc) explicit(np Span, s speakerGuess) speakerGuess {
	s.how, s.pattern = Explicit, true
	if s.pronoun {
		s.how = Inferred
	}
	d.noteSpeaker(np.Start, s)
	return s
}

// introducesNext reports whether the narrative after quote i runs into
// the next quote of its sentence and ends with a comma or colon, so that
// it introduces that quote.
func (d *quoteDoc) introducesNext(i int, after Span) bool {
	_, next := d.topNeighbours(i)
	if next < 0 || after.End != d.quotes[next].open.Start {
		return false
	}
	t := strings.TrimRight(d.text[after.Start:after.End], " ")
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":")
}

// noteSpeaker records that entity s.ent spoke at pos, the likeliest
// antecedent of a later pronoun.
func (d *quoteDoc) noteSpeaker(pos int, s speakerGuess) {
	if s.ent < 0 || len(d.spoke) > 0 && d.spoke[len(d.spoke)-1].pos >= pos {
		return
	}
	d.spoke = append(d.spoke, mentionEvent{pos: pos, ent: s.ent, rank: rankSpeaker})
}

// tokenize returns the tokens of span s in a reused buffer copy.
func (d *quoteDoc) tokenize(s Span) []frameTok {
	d.toks = tokenizeFrame(d.text, s.Start, s.End, d.toks[:0])
	return append([]frameTok(nil), d.toks...)
}

func (d *quoteDoc) word(t frameTok) string { return d.text[t.Start:t.End] }

// afterPattern finds the speaker phrase in the tokens that follow a quote:
// `said X`, `X said`, `X, the ..., said`, `according to X`. When anywhere
// is false only a pattern right after the quote counts.
func (d *quoteDoc) afterPattern(ts []frameTok, anywhere bool) (Span, bool) {
	k := 0
	for k < len(ts) && !ts[k].word {
		if c := d.word(ts[k]); c != "," && c != "—" && c != "–" && c != "-" {
			return Span{}, false // a sentence end or bracket: nothing attaches
		}
		k++
	}
	ts = ts[k:]
	if len(ts) == 0 {
		return Span{}, false
	}
	// said X, added Tillerson
	if isSpeechVerb(d.word(ts[0])) {
		if np := d.rightNP(ts[1:]); np.End > np.Start {
			return np, true
		}
	}
	// X said, the two-term president will say
	limit := min(len(ts), 16)
	for v := 1; v < limit; v++ {
		w := d.word(ts[v])
		if w == "(" { // (D-Mo.)
			for v < len(ts)-1 && d.word(ts[v]) != ")" {
				v++
			}
			limit = min(len(ts), limit+4)
			continue
		}
		if !ts[v].word {
			if w != "," && w != "’" && w != "'" {
				if w == "." || w == ";" || w == ":" || w == "!" || w == "?" {
					break
				}
			}
			continue
		}
		if d.speechVerbAt(ts, v) {
			if strings.HasSuffix(w, "ing") {
				break // "…," Trump said, drawing gasps / He went on, calling her
			}
			if np := d.leftNP(ts[:v], 0); np.End > np.Start && (anywhere || np.Start == ts[0].Start && d.shortNP(np)) {
				return np, true
			}
			break
		}
		if !anywhere && v > 10 {
			break
		}
	}
	// "…" for Clinton leading up to the convention, said Brad Bannon.
	if anywhere {
		for v := 1; v+1 < len(ts); v++ {
			if d.word(ts[v-1]) == "," && isSpeechVerb(d.word(ts[v])) && !isBareVerb(d.word(ts[v])) {
				if np := d.rightNP(ts[v+1:]); np.End > np.Start {
					return np, true
				}
			}
		}
	}
	if np := d.accordingTo(ts); np.End > np.Start {
		return np, true
	}
	return Span{}, false
}

// modifierQuote reports whether quote i stands inside a noun phrase, as
// a modifier between a determiner and a noun (the "wise Latina" phrase).
func (d *quoteDoc) modifierQuote(i int) bool {
	q := &d.quotes[i]
	if q.unclosed() {
		return false
	}
	before := tokenizeFrame(d.text, max(d.paras[q.para].Start, q.open.Start-12), q.open.Start, nil)
	if len(before) == 0 || !attrDeterminers.has(strings.ToLower(d.word(before[len(before)-1]))) {
		return false
	}
	after := tokenizeFrame(d.text, q.close.End, min(d.paras[q.para].End, q.close.End+24), nil)
	if len(after) == 0 || !after[0].word {
		return false
	}
	w := d.word(after[0])
	return !attrStartsUpper(w) && !isSpeechVerb(w) && !attrAuxiliaries.has(w) && !attrClauseStops.has(w)
}

// shortNP reports whether np, up to an appositive comma, is a short
// phrase without a preposition ("Trump", "the two-term president"): a
// speaker that may follow a quote that ends its sentence.
func (d *quoteDoc) shortNP(np Span) bool {
	ts := d.tokenize(np)
	n := 0
	for _, t := range ts {
		if d.word(t) == "," {
			break // Lisa O. Monaco, Obama's adviser on counterterrorism,
		}
		if t.word {
			n++
			if attrPrepositions.has(d.word(t)) {
				return false
			}
		}
	}
	return n <= 5
}

// beforePattern finds the speaker phrase in the narrative before a quote:
// the subject of the speech verb nearest the quote, `according to X`, or
// `quoted X as saying`.
func (d *quoteDoc) beforePattern(ts []frameTok, region Span) (Span, bool) {
	if np := d.quotedAs(ts); np.End > np.Start {
		return np, true
	}
	for v := len(ts) - 1; v >= 0; v-- {
		w := d.word(ts[v])
		if !d.speechVerbAt(ts, v) {
			continue
		}
		if !strings.HasSuffix(w, "ing") {
			if np := d.leftNP(ts[:v], 0); np.End > np.Start {
				return np, true
			}
		} else if np := d.nameBefore(ts, v); np.End > np.Start {
			return np, true // with Boswell stating
		}
		// saying, adding, "… and said": the subject of the sentence speaks
		if np := d.subjectNP(d.narrativeTokens(d.sentenceStart(ts[v].Start, d.paraOf(ts[v].Start)), ts[v].Start)); np.End > np.Start {
			return np, true
		}
		if v == 0 || strings.HasSuffix(w, "ing") {
			if np := d.rightNP(ts[v+1:]); np.End > np.Start {
				return np, true
			}
		}
	}
	if np := d.accordingTo(ts); np.End > np.Start {
		return np, true
	}
	return Span{}, false
}

// nameBefore returns the run of capitalized words (or the pronoun) right
// before ts[v] when no preposition precedes it ("with Boswell stating",
// not "footage of Trump saying").
func (d *quoteDoc) nameBefore(ts []frameTok, v int) Span {
	// with the American Federation of Teachers calling her
	for w := v - 1; w >= 0 && w >= v-8; w-- {
		if !ts[w].word {
			break
		}
		if d.word(ts[w]) == "with" {
			if w+1 < v {
				return Span{ts[w+1].Start, ts[v-1].End}
			}
			break
		}
	}
	if v > 0 {
		if _, ok := attrPronounGender[d.word(ts[v-1])]; ok {
			return ts[v-1].Span
		}
	}
	s := v
	for s > 0 && ts[s-1].word && attrStartsUpper(d.word(ts[s-1])) && !attrIsPossessive(d.word(ts[s-1])) {
		s--
	}
	if s == v || s > 0 && attrPrepositions.has(d.word(ts[s-1])) && d.word(ts[s-1]) != "with" {
		return Span{}
	}
	return Span{ts[s].Start, ts[v-1].End}
}

// paraOf returns the paragraph that holds pos.
func (d *quoteDoc) paraOf(pos int) Span {
	i := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].Start > pos }) - 1
	if i < 0 {
		return Span{0, 0}
	}
	return d.paras[i]
}

// narrativeTokens returns the tokens of [from, to) with every top-level
// quotation replaced by one punctuation token (its opening mark).
func (d *quoteDoc) narrativeTokens(from, to int) []frameTok {
	var out []frameTok
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].End > from })
	pos := from
	for ; i < len(d.quotes) && d.quotes[i].open.Start < to; i++ {
		q := &d.quotes[i]
		if q.parent >= 0 || q.open.Start < pos {
			continue
		}
		out = tokenizeFrame(d.text, pos, q.open.Start, out)
		out = append(out, frameTok{Span: q.open})
		pos = max(q.End, q.close.End)
	}
	if pos < to {
		out = tokenizeFrame(d.text, pos, to, out)
	}
	return out
}

// speechVerbAt reports whether ts[v] is a speech verb used as a verb:
// lower case (or opening the tokens), and when uninflected ("say",
// "state") after a pronoun, an auxiliary or a plural ("officials say").
func (d *quoteDoc) speechVerbAt(ts []frameTok, v int) bool {
	w := d.word(ts[v])
	if !ts[v].word || !isSpeechVerb(w) || v > 0 && attrStartsUpper(w) {
		return false
	}
	if !isBareVerb(w) || v == 0 {
		return true
	}
	p := strings.ToLower(d.word(ts[v-1]))
	return bareVerbSubjects.has(p) || ts[v-1].word && strings.HasSuffix(p, "s") && !attrIsPossessive(p) && !attrDeterminers.has(p)
}

// accordingTo returns the phrase after "according to" in ts.
func (d *quoteDoc) accordingTo(ts []frameTok) Span {
	for k := 0; k+2 < len(ts); k++ {
		if attrEqualFold(d.word(ts[k]), "according") && d.word(ts[k+1]) == "to" {
			return d.rightNP(ts[k+2:])
		}
	}
	return Span{}
}

// quotedAs returns X in "quoted X as saying".
func (d *quoteDoc) quotedAs(ts []frameTok) Span {
	for k := 0; k+1 < len(ts); k++ {
		if d.word(ts[k]) != "quoted" {
			continue
		}
		for j := k + 2; j+1 < len(ts) && j < k+10; j++ {
			if d.word(ts[j]) == "as" && strings.HasPrefix(d.word(ts[j+1]), "say") {
				return Span{ts[k+1].Start, ts[j-1].End}
			}
		}
	}
	return Span{}
}

// rightNP returns the noun phrase that opens ts: a name or a descriptive
// phrase, up to a comma, a clause word or the end.
func (d *quoteDoc) rightNP(ts []frameTok) Span {
	n := 0
	for n < len(ts) && n < 12 {
		w := d.word(ts[n])
		if !ts[n].word {
			if w == "'" || w == "’" || w == "-" {
				n++
				continue
			}
			break
		}
		lw := strings.ToLower(w)
		if n > 0 && (w == "who" || w == "which" || w == "that" || attrClauseStops.has(lw) && !attrPrepositions.has(lw) ||
			!attrStartsUpper(w) && isSpeechVerb(w)) {
			break
		}
		if n == 0 && attrClauseStops.has(lw) {
			return Span{}
		}
		n++
	}
	// drop a trailing time word or preposition ("said Trump on")
	for n > 0 {
		w := strings.ToLower(d.word(ts[n-1]))
		if attrPrepositions.has(w) || w == "the" || w == "a" || w == "'" || w == "’" || w == "-" || attrTimeWords.has(w) || d.isCalendar(w) {
			n--
			continue
		}
		break
	}
	if n == 0 {
		return Span{}
	}
	return Span{ts[0].Start, ts[n-1].End}
}

// attrTimeWords often follow a speaker ("said Trump Tuesday").
var attrTimeWords = newAttrWordSet(`monday tuesday wednesday thursday friday saturday sunday today yesterday
tonight earlier later recently then also again last this week month year morning night afternoon evening
day days ago weeks months years hours minutes time`)

// leftNP returns the subject phrase that ends ts (the tokens before a
// speech verb), skipping auxiliaries ("has also said") and an appositive
// between commas ("Xinhua, the official Chinese news agency, wrote").
func (d *quoteDoc) leftNP(ts []frameTok, floor int) Span {
	e := len(ts)
	for e > floor && ts[e-1].word && attrAuxiliaries.has(strings.ToLower(d.word(ts[e-1]))) {
		e--
	}
	for e > floor && ts[e-1].word && strings.HasSuffix(d.word(ts[e-1]), "ly") && !attrStartsUpper(d.word(ts[e-1])) {
		e--
	}
	// Rep. Emanuel Cleaver II (D-Mo.) said
	if e > floor && d.word(ts[e-1]) == ")" {
		j := e - 1
		for j > floor && d.word(ts[j]) != "(" && j > e-10 {
			j--
		}
		if d.word(ts[j]) == "(" {
			e = j
		}
	}
	if e > floor {
		if _, ok := attrPronounGender[d.word(ts[e-1])]; ok {
			return ts[e-1].Span
		}
	}
	// X, who has long argued that ...: the relative pronoun's antecedent
	for j := e - 1; j > floor && j >= e-14; j-- {
		w := d.word(ts[j])
		if w == "who" {
			if d.word(ts[j-1]) == "," {
				return d.leftNP(ts[:j-1], floor)
			}
			return d.leftNP(ts[:j], floor)
		}
		if w == "." || w == ";" || w == ":" {
			break
		}
	}
	if e > floor && d.word(ts[e-1]) == "," {
		// X, appositive, said: take X and the appositive
		c := e - 1
		b := c - 1
		for b > floor && d.word(ts[b]) != "," && b > c-14 {
			b--
		}
		if b > floor && d.word(ts[b]) == "," {
			head := d.leftNP(ts[:b], floor)
			if head.End > head.Start {
				return Span{head.Start, ts[c-1].End}
			}
		}
		// "X for Y, says": the whole clause back to the sentence start
		if b == floor && c > floor {
			return d.trimNP(ts[floor:c])
		}
		return Span{}
	}
	s := e
	for s > floor && s > e-14 {
		t := ts[s-1]
		w := d.word(t)
		if !t.word {
			if w == "'" || w == "’" || w == "-" || w == "." {
				s--
				continue
			}
			break
		}
		lw := strings.ToLower(w)
		if attrClauseStops.has(lw) && !attrPrepositions.has(lw) || d.speechVerbAt(ts, s-1) {
			break
		}
		s--
	}
	if s == e {
		return Span{}
	}
	// "stars an Abraham Lincoln impersonator": start at the determiner
	for k := s + 1; k < e-1 && !attrDeterminers.has(strings.ToLower(d.word(ts[s]))) && !attrPrepositions.has(d.word(ts[s])); k++ {
		if w := d.word(ts[k]); attrDeterminers.has(w) && w != "that" && w != "this" {
			lowerBefore := true
			for m := s; m < k; m++ {
				lowerBefore = lowerBefore && !attrStartsUpper(d.word(ts[m]))
			}
			if lowerBefore {
				s = k
			}
			break
		}
	}
	return d.trimNP(ts[s:e])
}

// trimNP returns the span of ts without leading punctuation.
func (d *quoteDoc) trimNP(ts []frameTok) Span {
	for len(ts) > 0 && (!ts[0].word || attrPrepositions.has(d.word(ts[0])) || attrClauseStops.has(d.word(ts[0]))) {
		ts = ts[1:]
	}
	for len(ts) > 0 && !ts[len(ts)-1].word && d.word(ts[len(ts)-1]) != "." {
		ts = ts[:len(ts)-1]
	}
	if len(ts) == 0 {
		return Span{}
	}
	return Span{ts[0].Start, ts[len(ts)-1].End}
}

// attrIntroWords open an adverbial phrase before a sentence's subject.
var attrIntroWords = newAttrWordSet(`in on at after before during while when as since last for earlier later
speaking asked asked, with without following despite amid under from by if although though but and
so yet then meanwhile still also however instead`)

// subjectNP returns the subject of the sentence whose start is ts: the
// first noun phrase after an introductory phrase ("In his remarks, X ...").
// A capitalized subject runs over capitalized words; one that opens with a
// determiner runs over a few lower-case words ("the two-term president").
func (d *quoteDoc) subjectNP(ts []frameTok) Span {
	k := 0
	// a dateline: WASHINGTON — or PHILADELPHIA (AFP) –
	if len(ts) > 1 && ts[0].word && isAllCaps(d.word(ts[0])) {
		for j := 1; j < len(ts) && j < 8; j++ {
			if w := d.word(ts[j]); w == "—" || w == "–" || w == "-" {
				k = j + 1
				break
			}
		}
	}
	if k < len(ts) && ts[k].word && (attrIntroWords.has(strings.ToLower(d.word(ts[k]))) || strings.HasSuffix(d.word(ts[k]), "ing")) {
		c := k
		for c < len(ts) && d.word(ts[c]) != "," {
			c++
		}
		if c < len(ts) {
			k = c + 1
		} else {
			// "In 2011 she spoke": no comma; the subject is the first
			// pronoun or capitalized word after a short phrase
			for j := k + 1; j < len(ts) && j <= k+4; j++ {
				w := d.word(ts[j])
				if _, ok := attrPronounGender[w]; ok || attrStartsUpper(w) && !d.isCalendar(w) {
					k = j
					break
				}
			}
		}
	}
	// "Eight years ago, he ...", "Last week, ..."
	for c := k; c < len(ts) && c < k+6; c++ {
		if d.word(ts[c]) == "," {
			if c > k && d.isCalendar(d.word(ts[c-1])) {
				k = c + 1
			}
			break
		}
	}
	for k < len(ts) && !ts[k].word {
		k++
	}
	if k >= len(ts) {
		return Span{}
	}
	first := d.word(ts[k])
	lf := strings.ToLower(first)
	if attrClauseStops.has(lf) || attrAuxiliaries.has(lf) || isSpeechVerb(lf) {
		return Span{}
	}
	if _, ok := attrPronounGender[first]; ok {
		return ts[k].Span
	}
	descriptive := attrDeterminers.has(lf) || attrSourceNouns.has(lf) || !attrStartsUpper(first) ||
		d.lx != nil && d.lx.isWord(lf) && !d.lx.isNamePart(lf)
	e := k
	for e < len(ts) && e < k+8 {
		w := d.word(ts[e])
		if !ts[e].word {
			if w == "." || w == "'" || w == "’" || w == "-" {
				e++
				continue
			}
			break
		}
		lw := strings.ToLower(w)
		if e > k && (attrClauseStops.has(lw) && lw != "of" || attrAuxiliaries.has(lw) || d.speechVerbAt(ts, e)) {
			break
		}
		if e > k && !descriptive && !attrStartsUpper(w) {
			if !attrIsPossessive(d.word(ts[e-1])) {
				break
			}
			descriptive = true // Schilling's son
		}
		if descriptive && e > k+1 && (strings.HasSuffix(lw, "ed") || isSpeechVerb(lw) || attrTimeWords.has(lw)) {
			break // "the retired neurosurgeon addressed"
		}
		e++
	}
	if e == k {
		return Span{}
	}
	// an appositive name: "Schilling's son, Grant,"
	if descriptive && e+2 < len(ts) && d.word(ts[e]) == "," && ts[e+1].word && attrStartsUpper(d.word(ts[e+1])) {
		a := e + 1
		for a < len(ts) && ts[a].word && attrStartsUpper(d.word(ts[a])) {
			a++
		}
		if a < len(ts) && d.word(ts[a]) == "," {
			return d.trimNP(ts[k:a])
		}
	}
	return d.trimNP(ts[k:e])
}

// isAllCaps reports whether w has two or more letters, all upper case.
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}
