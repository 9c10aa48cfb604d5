package extract

import (
	"context"
	"slices"
	"sort"
)

// quoteDoc is the state of one analysis: the text cut into paragraphs,
// sentences and quoted passages, and the entities speakers resolve to.
type quoteDoc struct {
	text   string
	lx     *Lexicon // the word lists
	paras  []Span
	ends   []int // sentence ends of all paragraphs, in order
	quotes []quoteSpan

	ents   []speakerEntity
	events []mentionEvent // mentions of entities outside quotes, by position
	byLast map[string]int // lower-case surname → entity
	// spoke are the positions where quotes were attributed to entities,
	// in order: later pronouns may refer to those speakers.
	spoke  []mentionEvent
	entPos [][]int // positions of each entity's mentions, in order
	// silentFrom maps an entity to where the text first says it did not
	// speak (firstSilence), for the entities asked about so far.
	silentFrom map[int]int
	// firstNamedFrom maps an entity to where the text first has it speak
	// by its first name alone (firstCalledByFirstName), for the entities
	// asked about so far.
	firstNamedFrom map[int]int
	// pace paces the long passes over the whole text (building the
	// document, initEntities) and over an entity's every mention
	// (firstSilence, say: some 20 ms for a person named 10,000 times)
	// with the analysis' checkpoint.
	pace pacer
	// narrative holds narrativeTokens's last answer, whose memory the
	// next one reuses: a paragraph without sentence ends asks for up to
	// 2 KB of tokens per speech verb.
	narrative []token
	// roleToks holds the tokens of the sentence readSentence last read,
	// apart from narrative, which a caller of antecedent may still hold.
	roleToks []token
	// tokens holds tokenize's answers, freed as the work on each quote
	// begins.
	tokens tokenArena
}

// speakerEntity is someone a quote can be attributed to: a person from
// findPeople, or a name or source phrase found next to a speech verb.
type speakerEntity struct {
	name   string
	person int // index into people, or -1
	gender Gender
	org    bool     // an organization or other non-person: never a pronoun's antecedent
	titles []string // lower-case title and role words ("admiral", "secretary")
	role   string   // the role the text gives the person ("Deputy Harbour Master"), or ""
	last   string   // the surname, for matching short forms
}

// mentionEvent is one mention of an entity at a position of the text.
type mentionEvent struct {
	pos        int
	ent        int
	possessive bool
	// rank orders mentions of one sentence as antecedents: speakers
	// first, then plain mentions, then mentions after a preposition
	// (readSentence refines it with the sentence's clauses).
	rank uint8
}

// The ranks of mentions as antecedents, best first.
const (
	rankSpeech  uint8 = iota // the subject of a speech verb ("said Ada Voss")
	rankSubject              // the head of the main clause's subject
	rankSpeaker
	rankPlain
	rankWeak // in an opening clause ("When Holt asked, …")
	rankOblique
)

// speakerGuess is what attribution found for one quote.
type speakerGuess struct {
	ent    int    // entity index, or -1
	phrase string // a source that is not an entity ("a spokeswoman"), when ent < 0
	how    Attribution
	// pronoun reports whether the speaker was named by a pronoun.
	pronoun bool
	// guessed reports whether the resolver, not the sentence, chose the
	// speaker: a description taken for a named person, or a long phrase
	// with no source noun at its head. Such a speaker is only inferred.
	guessed bool
	// pattern reports whether a speech pattern around the quote named the
	// speaker (explicitly or by a pronoun).
	pattern bool
	// unsettled marks speech whose speaker the text does not settle: it
	// is listed, with no speaker, where a short unattributed quote would
	// be dropped as a scare quote.
	unsettled bool
}

var noSpeakerGuess = speakerGuess{ent: -1}

// newDoc returns the quotations' document of text, which asks lx (empty
// lists when nil).
func newDoc(text string, lx *Lexicon) *quoteDoc { return buildDoc(text, lx, nil) }

// buildDoc is newDoc calling pause (the analysis' checkpoint) now and then:
// 10 MB of news takes some 35 ms to split into sentences and quotes.
func buildDoc(text string, lx *Lexicon, pause func()) *quoteDoc {
	if lx == nil {
		lx = &Lexicon{}
	}
	d := &quoteDoc{text: text, lx: prepared(lx), pace: pacer{pause: pause}}
	d.paras = splitParagraphSpans(text)
	for _, p := range d.paras {
		d.pace.step(chunk)
		d.ends = sentenceEnds(text, p, d.ends)
	}
	d.quotes = scanQuotes(text, d.paras, &d.pace)
	// a nickname inside a name (Lorna "Lulu" Diaz) is no quotation: the
	// sentence around it is one frame
	d.quotes = slices.DeleteFunc(d.quotes, func(q quoteSpan) bool { return d.nicknameInName(&q) })
	linkNested(d.quotes)
	return d
}

// sentenceOf returns the index of the sentence holding offset pos.
func (d *quoteDoc) sentenceOf(pos int) int {
	return sort.SearchInts(d.ends, pos+1)
}

// sentenceStart returns the start of the sentence holding pos, within
// paragraph p, looking back at most maxSentence bytes.
func (d *quoteDoc) sentenceStart(pos int, p Span) int {
	start := p.Start
	i := sort.SearchInts(d.ends, pos+1) - 1
	if i >= 0 && d.ends[i] > p.Start && d.ends[i] <= pos {
		start = d.ends[i]
	}
	if pos-start > maxSentence {
		start = wordStartFrom(d.text, pos-maxSentence, pos)
	}
	return start
}

// maxSentence bounds, in bytes, the sentence a quote's speaker is looked
// for in: about twice the longest sentence of the development corpora
// (1,100 bytes). A paragraph that never ends a sentence ("said Ann and
// then said Bob and then …" running for pages) is read as if a sentence
// began maxSentence bytes before the position asked about, so that the
// attribution of each quote costs the same however long the paragraph.
const maxSentence = 2048

// wordStartFrom returns the first offset in [from, to] that follows white
// space, or to when there is none: the start of a word, never inside a
// rune.
func wordStartFrom(text string, from, to int) int {
	for from < to && !isASCIISpace(text[from-1]) {
		from++
	}
	return from
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

// attribute finds the speaker of every quote of d, said by people or, when
// there are none, by the unconfirmed names of the people stage.
// At every checkpoint (a chunk of quotes) it yields and checks ctx, and
// every 256 quotes, when report is not nil, it reports the share done.
func (d *quoteDoc) attribute(ctx context.Context, people []Person, unconfirmed []Span, report func(float64)) ([]speakerGuess, error) {
	d.pace.pause = func() { _ = checkpoint(ctx) } // ctx's end is seen below
	d.initEntities(people, unconfirmed)
	spk := make([]speakerGuess, len(d.quotes))
	for i := range spk {
		spk[i] = noSpeakerGuess
	}
	for i := range d.quotes {
		if i%chunk == chunk-1 {
			if err := checkpoint(ctx); err != nil {
				return nil, err
			}
		}
		if i%256 == 255 {
			if report != nil {
				report(float64(i) / float64(len(d.quotes)))
			}
		}
		d.tokens.free()
		q := &d.quotes[i]
		if q.parent >= 0 {
			spk[i] = d.nestedSpeaker(i)
			continue
		}
		lone := countWords(d.text[q.Start:q.End], 2) < 2
		chant := d.chantNounAfter(i)
		passive := lone && !chant && d.passiveNaming(i)
		if chant || passive || !lone && d.noSpeakerCue(i) {
			// fans held up placards reading "…", "…," the mayor said
			// of the chants: no one's words, whatever names a speaker (a
			// lone word is a name or a cry someone reports, but one a
			// chant noun follows is the crowd's: jeers and "Ada!" chants,
			// and one a passive names is no one's: was said to be "livid")
			spk[i] = unsettledGuess
			spk[i].pattern = chant || passive // listed however short
			continue
		}
		if s, ok := d.continuedSpeaker(i, spk); ok {
			spk[i] = s
			continue
		}
		s := d.explicitSpeaker(i)
		if s.how == Unattributed {
			s = d.contextSpeaker(i, spk)
			if s.ent >= 0 && d.pronounFrameExcludes(i, s.ent) {
				s = noSpeakerGuess
			}
		}
		spk[i] = s
	}
	return spk, nil
}

// tokenize returns the tokens of span s, valid until the work on the
// next quote begins (d.tokens.free).
func (d *quoteDoc) tokenize(s Span) []token { return d.tokens.lex(d.text, s, lexFrames) }

// tokenFrom returns the index of the first token of ts that starts at or
// after pos, or len(ts).
func tokenFrom(ts []token, pos int) int {
	return sort.Search(len(ts), func(i int) bool { return ts[i].Start >= pos })
}

func (d *quoteDoc) word(t token) string { return d.text[t.Start:t.End] }

// paraOf returns the paragraph that holds pos.
func (d *quoteDoc) paraOf(pos int) Span {
	i := sort.Search(len(d.paras), func(i int) bool { return d.paras[i].Start > pos }) - 1
	if i < 0 {
		return Span{0, 0}
	}
	return d.paras[i]
}

// narrativeTokens returns the tokens of [from, to) with every top-level
// quotation replaced by one punctuation token (its opening mark), also
// one that holds from. They are valid until it is called again.
func (d *quoteDoc) narrativeTokens(from, to int) []token {
	out := d.narrative[:0]
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].End > from })
	pos := from
	for ; i < len(d.quotes) && d.quotes[i].open.Start < to; i++ {
		q := &d.quotes[i]
		if q.parent >= 0 {
			continue
		}
		if q.open.Start < pos {
			if pos == from && q.End > from {
				// a sentence that starts inside a quote ("Never. Never,"
				// Voss said): the quote's words are no narrative either
				out = append(out, token{Span: q.open, kind: tokPunct})
				pos = max(q.End, q.close.End)
			}
			continue
		}
		out = lex(d.text, pos, q.open.Start, lexFrames, out)
		out = append(out, token{Span: q.open, kind: tokPunct})
		pos = max(q.End, q.close.End)
	}
	if pos < to {
		out = lex(d.text, pos, to, lexFrames, out)
	}
	d.narrative = out
	return out
}
