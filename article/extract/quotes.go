package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is a quoted passage found by typography, before the judgement
// of whether it is speech.
type quoteSpan struct {
	Span        // the text between the marks, trimmed of white space
	open   Span // the opening mark
	close  Span // the closing mark; empty when the quote runs to the end of its paragraph
	para   int  // index of the paragraph that holds it
	parent int  // index of the enclosing quote for a nested quote, else -1
	single bool // set in single marks
}

// unclosed reports whether q runs to the end of its paragraph without a
// closing mark (the convention for a quote continued in the next paragraph).
func (q *quoteSpan) unclosed() bool { return q.close.Start == q.close.End }

// scanQuotes finds the quoted passages of every paragraph, sorted by
// start: double-quoted ones, single-quoted ones inside them, and top-level
// single-quoted ones when the text has no double mark. A double quote left
// open runs to the end of its paragraph. pc paces the scan.
func scanQuotes(text string, paras []Span, pc *pacer) []quoteSpan {
	var out []quoteSpan
	useSingles := !hasDoubleMarks(text)
	for pi, p := range paras {
		pc.step(chunk)
		if isMarkup(text[p.Start:p.End]) {
			continue // HTML left in the text: its quotes are attribute values
		}
		out = scanParagraph(text, p, pi, useSingles, out)
	}
	slices.SortStableFunc(out, func(a, b quoteSpan) int { return cmp.Compare(a.Start, b.Start) })
	linkNested(out)
	return out
}

// linkNested sets the parent of every quote of qs, sorted by start: the
// nearest quote before it in its paragraph whose text holds both its
// marks, or -1. Quotes nest or follow each other, so the search climbs
// from the previous quote through its parents ("“A ‘b’ c ‘d’”": ‘d’
// tries ‘b’, then “A…”).
func linkNested(qs []quoteSpan) {
	for i := range qs {
		qs[i].parent = -1
		for j := i - 1; j >= 0 && qs[j].para == qs[i].para; j = qs[j].parent {
			if qs[j].Start <= qs[i].open.Start && qs[i].close.End <= qs[j].End {
				qs[i].parent = j
				break
			}
		}
	}
}

// isMarkup reports whether a paragraph is HTML markup (`<a href="…">…</a>`).
func isMarkup(p string) bool {
	return strings.Contains(p, "</") && (strings.Contains(p, "href=") || strings.Contains(p, "<a ") || strings.Contains(p, "<p>"))
}

// hasDoubleMarks reports whether text contains a double quotation mark.
func hasDoubleMarks(text string) bool {
	return slices.ContainsFunc(doubleMarks[:], func(m string) bool { return strings.Contains(text, m) })
}

// doubleMarks are the double quotation marks, the commonest first.
var doubleMarks = [...]string{"\"", "“", "”", "„", "«", "»", "''", "``"}

// scanParagraph appends the quoted passages of paragraph p, index pi, to
// out (`She said “we ‘won’”`: “we ‘won’” and ‘won’).
func scanParagraph(text string, p Span, pi int, useSingles bool, out []quoteSpan) []quoteSpan {
	const none = -1
	dOpen, sOpen, inner := none, none, none // end of the open mark, or none
	var dMark, sMark, innerMark Span
	emit := func(mark Span, end int, close Span, single bool) {
		s, e := trimSpaceSpan(text, mark.End, end)
		if s < e && strings.IndexFunc(text[s:e], isWordChar) >= 0 {
			out = append(out, quoteSpan{Span: Span{s, e}, open: mark, close: close, para: pi, single: single})
		}
	}
	gt := p.Start + strings.LastIndexByte(text[p.Start:p.End], '>')
	for i := p.Start; i < p.End; {
		if i = nextMarkLead(text, i, p.End); i >= p.End {
			break
		}
		if text[i] == '<' {
			i = tagEnd(text, i, gt)
			continue
		}
		kind, n := quoteMarkAt(text[:p.End], i)
		if kind == mkNone {
			i++
			continue
		}
		prev := rune(0)
		if i > p.Start {
			prev, _ = utf8.DecodeLastRuneInString(text[p.Start:i])
		}
		next := rune(0)
		if i+n < p.End {
			next, _ = utf8.DecodeRuneInString(text[i+n : p.End])
		}
		mark := Span{i, i + n}
		// nothing closes at a paragraph's start: `” … the rest,” she wrote.`
		opens, closes := quoteOpensHere(prev), quoteClosesHere(next) && i > p.Start
		switch kind {
		case mkDblOpen, mkDblEither, mkDblClose:
			switch {
			case inner != none:
				emit(innerMark, i, mark, false)
				inner = none
			case dOpen != none && opens && !closes && nestsDouble(text[:p.End], kind, i+n):
				inner, innerMark = i+n, mark
			case doubleOpens(kind, dOpen != none, opens, closes):
				if dOpen != none { // the previous quote was never closed
					emit(dMark, i, Span{i, i}, false)
				}
				dOpen, dMark, sOpen = i+n, mark, none
			case dOpen != none:
				emit(dMark, i, mark, false)
				dOpen, sOpen = none, none
			}
		case mkSglOpen, mkSglEither, mkSglClose:
			if dOpen == none && !useSingles {
				break
			}
			canOpen := kind == mkSglOpen || kind == mkSglEither && opens
			if canOpen && !unicode.IsSpace(next) && next != 0 && !quoteIsElision(text[:p.End], i+n) {
				if sOpen == none {
					sOpen, sMark = i+n, mark
				}
				break
			}
			if kind != mkSglOpen && sOpen != none && !unicode.IsSpace(prev) &&
				(closes || !isWordChar(next)) &&
				!pluralPossessive(text[:p.End], prev, i+n) && !closesElidedN(text, i) {
				emit(sMark, i, mark, true)
				sOpen = none
			}
		}
		i += n
	}
	if dOpen != none {
		emit(dMark, p.End, Span{p.End, p.End}, false)
	}
	return out
}

// nestsDouble reports whether a double mark of kind, ending at from inside
// an open quote, opens a nested quote: the next double mark closes it in
// its own style and the one after closes the outer quote (“Voters call it
// “the tax” here,” or “a "tax" here,”).
func nestsDouble(text string, kind quoteMarkKind, from int) bool {
	var next [2]quoteMarkKind
	found := 0
	for i := nextMarkLead(text, from, len(text)); i < len(text) && found < 2; i = nextMarkLead(text, i+1, len(text)) {
		switch k, _ := quoteMarkAt(text, i); k {
		case mkDblOpen, mkDblClose, mkDblEither:
			next[found] = k
			found++
		}
	}
	innerCloses := next[0] == mkDblClose && kind == mkDblOpen || next[0] == mkDblEither && kind == mkDblEither
	return found == 2 && innerCloses && next[1] == mkDblClose
}

// doubleOpens reports whether a double mark of kind opens a quote, given
// whether one is open and whether the runes around it suit an opening
// (opens) or closing mark (closes). A curly mark typed for the other
// counts as the other (it was “wrong“ then, ”Go” she said).
func doubleOpens(kind quoteMarkKind, open, opens, closes bool) bool {
	switch kind {
	case mkDblEither:
		if !open {
			return opens || !closes
		}
		return opens && !closes
	case mkDblClose:
		return !open && opens && !closes
	}
	return !open || opens
}
