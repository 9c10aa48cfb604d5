package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Span is a half-open byte range [Start, End) of the analysed text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Gender is what the text tells of a person's grammatical gender.
type Gender uint8

// The genders a person can have in an article.
const (
	GenderUnknown Gender = iota
	GenderMale
	GenderFemale
)

// Person is one distinct named person in an article.
type Person struct {
	// Name is the fullest form of the name in the text ("Ana Delgado").
	Name string `json:"name"`
	// Aliases are the other surface forms that refer to this person
	// ("Delgado", "Ms. Delgado"), without the Name itself.
	Aliases []string `json:"aliases"`
	// Role is the title or job the text gives the person
	// ("Mayor"), or "".
	Role string `json:"role,omitempty"`
	// Gender is inferred from gendered titles and the pronouns after
	// the mentions; attribution also weighs a known first name.
	Gender Gender `json:"-"`
	// Mentions are the spans of every mention of the person, in order.
	Mentions []Span `json:"-"`
}

// Attribution says how a quote's speaker was found, so the UI can show
// how sure it is.
type Attribution uint8

// How sure the extractor is of a speaker.
const (
	// Unattributed means no speaker was found.
	Unattributed Attribution = iota
	// Explicit means a speech pattern in the same sentence names the
	// speaker ("...," Delgado said).
	Explicit
	// Inferred means the speaker came from context: a pronoun, the
	// previous sentence or paragraph, or a run of quotes.
	Inferred
)

// attributionNames are the names of the Attributions in JSON and in
// exports: "none", "explicit", "inferred".
var attributionNames = [...]string{Unattributed: "none", Explicit: "explicit", Inferred: "inferred"}

// String returns the attribution's name: "none", "explicit" or
// "inferred".
func (a Attribution) String() string {
	if int(a) < len(attributionNames) {
		return attributionNames[a]
	}
	return fmt.Sprintf("Attribution(%d)", uint8(a))
}

// MarshalText writes the attribution as its name, which JSON and other
// encodings take as a string.
func (a Attribution) MarshalText() ([]byte, error) {
	if int(a) >= len(attributionNames) {
		return nil, fmt.Errorf("extract: no name for %v", a)
	}
	return []byte(attributionNames[a]), nil
}

// UnmarshalText reads an attribution written by MarshalText.
func (a *Attribution) UnmarshalText(b []byte) error {
	i := slices.Index(attributionNames[:], string(b))
	if i < 0 {
		return fmt.Errorf("extract: unknown attribution %q", b)
	}
	*a = Attribution(i)
	return nil
}

// Quote is one direct quotation.
type Quote struct {
	// Text is exactly the text between the quotation marks.
	Text string `json:"text"`
	// Span locates Text in the analysed text (without the marks).
	Span Span `json:"-"`
	// Speaker is the canonical name of the person who said it, the
	// phrase that names a non-person source ("a spokeswoman",
	// "the ministry"), or "" when unknown.
	Speaker string `json:"speaker"`
	// Person indexes Analysis.People when the speaker is a named
	// person, else -1.
	Person int `json:"-"`
	// How is how the speaker was found.
	How Attribution `json:"-"`
}

// Analysis is everything extract finds in an article.
type Analysis struct {
	People []Person `json:"people"`
	Quotes []Quote  `json:"quotes"`
}

// ByFirstMention returns the indexes of people in the order of their
// first mention in the text, those never mentioned (named only in a photo
// credit, say) last, in their order in people: an order that depends only
// on the text, so the reader's colours and the exports stay put run after
// run. Analyze lists people so already; this restates it for analyses
// clipped or built by hand.
func ByFirstMention(people []Person) []int {
	order := make([]int, len(people))
	for i := range order {
		order[i] = i
	}
	first := func(i int) int {
		if len(people[i].Mentions) == 0 {
			return int(^uint(0) >> 1)
		}
		return people[i].Mentions[0].Start
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(first(a), first(b)) })
	return order
}

// ShownQuote returns a quote's text as read apart from its sentence:
// without the commas and white space at its end that tie it to its
// attribution ("We are ready," she said gives We are ready). Quote.Text
// keeps them, as written, to locate the quote.
func ShownQuote(text string) string {
	return strings.TrimRightFunc(text, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
}
