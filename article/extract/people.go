package extract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
)

// findPeople returns the distinct named people in text, in order of first
// mention ("Mayor Ann Lee … Lee said" is one), in three passes:
//
//  1. scanCandidates collects each paragraph's capitalized, name-like
//     phrases with the evidence around them (titles, speech verbs,
//     appositions), in up to workers goroutines;
//  2. resolve makes entities of the confirmed names, each under its
//     fullest form;
//  3. the other candidates join the entity they name, or found one of
//     their own when the evidence is strong.
//
// When it confirms nobody, it returns the candidates' names as
// unconfirmed, which the attribution may still take. report, when not
// nil, is called now and then with the share of pass 1 done.
func findPeople(ctx context.Context, text string, lx *Lexicon, workers int, report func(float64)) (people []Person, unconfirmed []Span, err error) {
	s, err := scanCandidates(ctx, text, lx, workers, report)
	if err != nil {
		return nil, nil, err
	}
	if people = s.resolve(); len(people) == 0 {
		unconfirmed = s.candidateNames()
	}
	return people, unconfirmed, ctx.Err()
}

// candidateNames returns the spans of the candidates, in text order.
func (s *peopleScan) candidateNames() []Span {
	names := make([]Span, len(s.cands))
	for i, c := range s.cands {
		names[i] = c.span.Span()
	}
	return names
}

// evidence is what the context of a candidate says about it.
type evidence uint32

const (
	evTitle     evidence = 1 << iota // a title or honorific before it (Sen., Secretary of State)
	evHonorific                      // the title is an honorific (Mr., Mrs.)
	evSpeech                         // a speech verb right before or after it
	evAppos                          // an apposition with a role follows (", the finance minister")
	evWho                            // ", who" follows
	evVerb                           // a verb follows directly (Carson defied)
	evThe                            // "the" or another determiner stands right before it
	evPrep                           // a place preposition stands before it (in, from, town of)
	evWeak                           // sentence-initial or in a headline line
	evCredit                         // in a photo credit line (Name AGENCY/Getty)
	evAccording                      // "according to" stands before it
	evPlaceOf                        // "the town of" stands before it
	evSentStart                      // it starts a sentence
	evCoord                          // "and" joins it to another capitalized name
	evAffil                          // an organisation's possessive precedes it ("NPR's")
	evOfOrg                          // "of" and a capitalized name follow it
	evAge                            // an age follows it (", 18,")
	evModifier                       // a role noun follows it: "a Goldman Sachs banker"
	evOwner                          // "the Brannock administration": a person's name used as a modifier
)

// nameCand is one capitalized phrase that may name a person ("Sen. Ann
// Lee"). Packed in 32 bytes with 32-bit offsets, it kept the reader's peak
// memory on 10 MB of Markdown at 59-60 MB, against 65-68 MB unpacked.
type nameCand struct {
	span      span32 // the name, without title or possessive mark
	role      span32 // the role phrase before it, or an empty span
	w0        int32  // its words are s.words[w0 : w0+wn]
	ent       int32  // index of the entity it joined, or -1
	ev        evidence
	wn        uint16
	gender    Gender // implied by an honorific or title
	confirmed bool   // founds' verdict, given in pass 1
}

// span32 is a Span in 8 bytes.
type span32 struct{ start, end int32 }

// Span returns the span as a Span.
func (s span32) Span() Span { return Span{Start: int(s.start), End: int(s.end)} }

// peopleScan holds the state of one findPeople call.
type peopleScan struct {
	text     string
	lx       *Lexicon
	words    []span32    // the name words of all candidates (1.9 MB less than strings on 10 MB)
	cands    []nameCand  // in text order
	pronouns []pronounAt // third-person pronouns, in text order
	ents     []*personEnt
	byKey    map[nameKey]int // a full name's key (n left 0) → entity
	kinds    []lineKind      // the line kind of each token of the paragraph being scanned
	// pace lets the analysis' checkpoint in between steps of the passes
	// over the candidates, pronouns and people: resolving 10 MB of news
	// takes some 70 ms.
	pace pacer
}

// pronounAt is a gendered third-person pronoun of the text.
type pronounAt struct {
	at     int
	gender Gender
}

// scanCandidates runs pass 1 over text, in up to workers runs of
// paragraphs at once.
func scanCandidates(ctx context.Context, text string, lx *Lexicon, workers int, report func(float64)) (*peopleScan, error) {
	runs := splitRuns(text, workers)
	scans := make([]*peopleScan, len(runs))
	errs := make([]error, len(runs))
	var wg sync.WaitGroup
	for i, r := range runs[1:] {
		wg.Go(func() { scans[i+1], errs[i+1] = scanRun(ctx, text, lx, r, nil) })
	}
	// The runs are the same size: the first one's progress is everyone's.
	scans[0], errs[0] = scanRun(ctx, text, lx, runs[0], report)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	s := scans[0]
	for _, o := range scans[1:] {
		s.join(o)
	}
	return s, nil
}

// minRun is the least text worth a goroutine of its own: waking another
// thread and starting a second scan cost more than they save on a short
// article (measured: 10 KB ran slower on two goroutines than on one).
var minRun = 64 << 10 // a variable so that tests can split small texts

// splitRuns cuts text into at most n runs of whole paragraphs of about
// the same size, at boundaries where a scan from the start of the text
// would cut paragraphs too: the first of a run of newlines.
func splitRuns(text string, n int) []Span {
	n = max(1, min(n, len(text)/minRun))
	runs := make([]Span, 0, n)
	start := 0
	for k := 1; k < n; k++ {
		at := strings.Index(text[max(start, len(text)*k/n):], "\n\n")
		if at < 0 {
			break
		}
		at += max(start, len(text)*k/n)
		for at > start && text[at-1] == '\n' {
			at--
		}
		if at <= start {
			continue
		}
		runs = append(runs, Span{start, at})
		start = at + 2
	}
	return append(runs, Span{start, len(text)})
}

// scanRun scans the paragraphs of text inside r, checking ctx every chunk
// of paragraphs and calling report, when not nil, every 256.
func scanRun(ctx context.Context, text string, lx *Lexicon, r Span, report func(float64)) (*peopleScan, error) {
	// News has a candidate every 60 bytes or so, a name word every 40:
	// sized so, the slices take 6.1 MB of allocation on 1 MB of news,
	// against 8.4 MB grown by append.
	size := r.End - r.Start
	s := &peopleScan{text: text, lx: lx,
		cands: make([]nameCand, 0, size/56+64), words: make([]span32, 0, size/40+8),
		pace: pacer{pause: func() { _ = checkpoint(ctx) }}} // ctx's end is seen below
	var buf []token
	for start, n := r.Start, 0; start < r.End; n++ {
		if n%chunk == chunk-1 {
			if err := checkpoint(ctx); err != nil {
				return nil, err
			}
		}
		if n%256 == 255 && report != nil {
			report(float64(start-r.Start) / float64(size))
		}
		end := r.End
		if at := strings.Index(text[start:r.End], "\n\n"); at >= 0 {
			end = start + at
		}
		buf = lex(text, start, end, lexNames, buf[:0])
		s.scanParagraph(buf)
		start = end + 2
	}
	for ci := range s.cands {
		s.pace.step(1)
		s.cands[ci].confirmed = s.founds(&s.cands[ci])
	}
	return s, ctx.Err()
}

// join appends the candidates and pronouns of o, a scan of the text after
// s's, to s.
func (s *peopleScan) join(o *peopleScan) {
	base := len(s.words)
	s.words = append(s.words, o.words...)
	for _, c := range o.cands {
		c.w0 += int32(base)
		s.cands = append(s.cands, c)
	}
	s.pronouns = append(s.pronouns, o.pronouns...)
}

// lineKind tells how a line is capitalized.
type lineKind uint8

const (
	lineProse     lineKind = iota
	lineTitleCase          // most words capitalized: a headline, caption credit, nav line
	lineAllCaps            // shouting: skipped
)

// classifyLines returns the kind of each line of toks, indexed by token.
func (s *peopleScan) classifyLines(toks []token, kinds []lineKind) []lineKind {
	kinds = slices.Grow(kinds[:0], len(toks))[:len(toks)]
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].flags&flagLineStart == 0 {
			j++
		}
		k := s.lineKindOf(toks[i:j])
		for x := i; x < j; x++ {
			kinds[x] = k
		}
		i = j
	}
	return kinds
}

// lineKindOf tells how the words of line are capitalized: "FIRE AT THE
// DOCKS" shouts, "Mayor Vows to Fix the Pier" is title case; a line of
// names alone ("Ian Talbridge") reads as prose.
func (s *peopleScan) lineKindOf(line []token) lineKind {
	words, caps, lower, upper := 0, 0, 0, 0
	short := 0 // lower-case words of up to four bytes: maybe small words
	for i := range line {
		t := &line[i]
		if t.kind != tokWord || t.flags&flagDigit != 0 {
			continue
		}
		words++
		switch {
		case t.flags&flagUpper != 0:
			upper++
			caps++
		case t.flags&flagCap != 0:
			caps++
		default:
			lower++
			if t.End-t.Start <= 4 {
				short++
			}
		}
	}
	if short > 0 && (lower-short)*10 <= words {
		// Title case is still possible: count the small words out.
		for _, t := range line {
			lowerWord := t.kind == tokWord && t.flags&(flagDigit|flagCap) == 0
			if lowerWord && headlineSmallWords.contains(s.tokText(&t)) {
				lower--
			}
		}
	}
	switch {
	case words >= 3 && upper*10 >= words*8:
		return lineAllCaps
	case (lower == 0 && caps >= 2) || (words >= 6 && lower*10 <= words):
		for _, t := range line {
			capWord := t.kind == tokWord && t.flags&flagCap != 0 && t.flags&flagDigit == 0
			if capWord && s.breaksHeadline(s.tokText(&t), s.tokInfo(&t)) {
				return lineTitleCase
			}
		}
	}
	return lineProse
}

// scanParagraph collects the candidates and pronouns of one paragraph.
func (s *peopleScan) scanParagraph(toks []token) {
	s.kinds = s.classifyLines(toks, s.kinds)
	kinds := s.kinds
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tokWord {
			continue
		}
		if t.flags&flagCap == 0 {
			if c := s.text[t.Start]; c != 'h' && c != 's' {
				continue // no pronoun: the common case, cheaply
			}
			if g := pronounGender(s.text[t.Start:t.End]); g != GenderUnknown {
				s.pronouns = append(s.pronouns, pronounAt{at: t.Start, gender: g})
			}
			continue
		}
		if kinds[i] == lineAllCaps {
			continue
		}
		j := s.chunkEnd(toks, kinds, i)
		s.addChunk(toks, kinds, i, j)
		i = j - 1
	}
}
