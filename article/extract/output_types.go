package extract

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
	// Gender is inferred from first-name lists and pronouns.
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
