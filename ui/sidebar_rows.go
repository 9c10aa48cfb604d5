package ui

import (
	"cmp"
	"slices"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/internal/safetext"
)

// quoteItem is one row pair of the Quotes section, ready to draw.
type quoteItem struct {
	quote   int // index into Analysis.Quotes
	person  int // index into Analysis.People of the speaker, or -1
	speaker string
	text    string
	how     extract.Attribution
	rank    int // colour rank of the speaker, or -1 when not a named person
}

// personItem is one row of the People section.
type personItem struct {
	person   int // index into Analysis.People
	name     string
	role     string
	mentions int
	rank     int
}

// sideRows are the sidebar's rows for one analysis, made once, in the
// background: an analysis of a long article has tens of thousands of
// quotes.
type sideRows struct {
	ranks  []int // colour rank of each person (rankPeople)
	quotes []quoteItem
	people []personItem // most mentioned first
}

// newSideRows makes the rows of an.
func newSideRows(an *extract.Analysis) *sideRows {
	r := &sideRows{ranks: rankPeople(an.People)}
	r.quotes = make([]quoteItem, 0, len(an.Quotes))
	for i, q := range an.Quotes {
		r.quotes = append(r.quotes, quoteItem{quote: i, person: q.Person, speaker: safetext.Line(q.Speaker), text: extract.ShownQuote(safetext.Line(q.Text)), how: q.How, rank: rankOf(r.ranks, q.Person)})
	}
	r.people = make([]personItem, 0, len(an.People))
	for i, p := range an.People {
		r.people = append(r.people, personItem{person: i, name: safetext.Line(p.Name), role: safetext.Line(p.Role), mentions: len(p.Mentions), rank: rankOf(r.ranks, i)})
	}
	// Most mentioned first; ties in order of first appearance.
	slices.SortStableFunc(r.people, func(a, b personItem) int {
		if c := cmp.Compare(b.mentions, a.mentions); c != 0 {
			return c
		}
		return cmp.Compare(a.rank, b.rank)
	})
	return r
}

// rankOf is person i's colour rank, or -1 when i is not a person.
func rankOf(ranks []int, i int) int {
	if i < 0 || i >= len(ranks) {
		return -1
	}
	return ranks[i]
}
