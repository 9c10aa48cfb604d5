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
	spoke  []mentionEvent // where quotes were attributed, in order: later pronouns' antecedents
	entPos [][]int        // positions of each entity's mentions, in order
	// silentFrom and firstNamedFrom map an entity to where the text first
	// says it did not speak (firstSilence) and first has it speak by its
	// first name alone (firstCalledByFirstName), for the entities asked.
	silentFrom     map[int]int
	firstNamedFrom map[int]int
	// silences reports whether the text holds a phrase of silence at all
	// (silenceEnd): in most news it does not (349 of 398 corpus articles),
	// and no entity need be asked. BenchmarkAnalyze/10KB/1worker ran at a
	// median 8.5 MB/s with it, 8.2 without, on a host where 373ae32 ran 8.2.
	silences bool
	// pace paces the long passes over the text with the analysis'
	// checkpoint: some 20 ms for a person named 10,000 times.
	pace pacer
	// narrative holds narrativeTokens's last answer, whose memory the
	// next reuses; roleToks the tokens readSentence last read.
	narrative []token
	roleToks  []token
	tokens    tokenArena // tokenize's answers, freed as each quote's work begins
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
	rank       uint8 // as an antecedent, among the sentence's mentions
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
	ent     int    // entity index, or -1
	phrase  string // a source that is not an entity ("a spokeswoman"), when ent < 0
	how     Attribution
	pronoun bool // the speaker was named by a pronoun
	// guessed: the resolver, not the sentence, chose the speaker (a
	// description taken for a named person, a long phrase with no source
	// noun at its head), who is only inferred.
	guessed bool
	pattern bool // a speech pattern around the quote named the speaker
	// unsettled marks speech whose speaker the text does not settle: it is
	// listed, with no speaker, where a short unattributed quote is dropped.
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
	d := &quoteDoc{text: text, lx: lx, pace: pacer{pause: pause}, silences: silenceEnd(text) >= 0}
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
		start = pos - maxSentence
		for start < pos && !isASCIISpace(d.text[start-1]) {
			start++ // to a word's start, never inside a rune
		}
	}
	return start
}

// maxSentence bounds, in bytes, the sentence a quote's speaker is looked
// for in (twice the corpora's longest), so that a paragraph that never
// ends a sentence ("said Ann and then said Bob and …") costs no more per
// quote however long it runs.
const maxSentence = 2048

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
// there are none, by the unconfirmed names of the people stage. It checks
// ctx every chunk of quotes and, every 256, tells report the share done.
func (d *quoteDoc) attribute(ctx context.Context, people []Person, unconfirmed []Span, report func(float64)) ([]speakerGuess, error) {
	d.pace.pause = func() { _ = checkpoint(ctx) } // ctx's end is seen below
	d.initEntities(people, unconfirmed)
	spk := make([]speakerGuess, len(d.quotes))
	for i := range d.quotes {
		if i%chunk == chunk-1 {
			if err := checkpoint(ctx); err != nil {
				return nil, err
			}
		}
		if report != nil && i%256 == 255 {
			report(float64(i) / float64(len(d.quotes)))
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
			// no one's words, whatever names a speaker: a crowd's ("Ada!"
			// chants, placards reading "…") or a passive's (was said to be
			// "livid"); a lone word without either is a name or a cry
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
		if q.open.Start >= pos {
			out = lex(d.text, pos, q.open.Start, lexFrames, out)
		} else if pos > from || q.End <= from {
			continue // only a sentence may start inside a quote ("Never. Never," Voss said)
		}
		out = append(out, token{Span: q.open, kind: tokPunct})
		pos = max(q.End, q.close.End)
	}
	if pos < to {
		out = lex(d.text, pos, to, lexFrames, out)
	}
	d.narrative = out
	return out
}

// quoteFrom returns the index of the first quote whose opening mark is
// at or after pos (len(d.quotes) when there is none).
func (d *quoteDoc) quoteFrom(pos int) int {
	return sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].open.Start >= pos })
}

// eventFrom returns the index of the first event at or after pos
// (len(d.events) when there is none): the events are in text order.
func (d *quoteDoc) eventFrom(pos int) int {
	return sort.Search(len(d.events), func(k int) bool { return d.events[k].pos >= pos })
}
