package extract

import (
	"slices"
	"testing"
)

// inventedPeopleCases are invented shapes of people in news text: what is a
// person, and the name, role and mentions each gets.
var inventedPeopleCases = []peopleCase{
	{"a nickname of two words between the first name and the surname",
		`Tom "The Hammer" Reyes won on points. Reyes said it was "easy."`,
		[]string{"Tom Reyes||2"}},
	{"a noun of occupation in -man after a name is its role",
		`The water came in fast, said Tom Reyes, a fisherman.`,
		[]string{"Tom Reyes|fisherman|1"}},
	{"a name after a ship's prefix names the ship",
		`The carrier USS Ada Voss docked at Tarnby. "It is a big day," said Captain Tom Reyes.`,
		[]string{"Tom Reyes|Captain|1"}},
	{"a storm named like a person at the start of a sentence",
		`Hurricane Ada battered the coast on Sunday. Mayor Tom Reyes said the pier was gone.`,
		[]string{"Tom Reyes|Mayor|1"}},
	{"a degree with dots after a name is no person",
		`Ada Voss, Ph.D., said the data were clear.`,
		[]string{"Ada Voss||1"}},
	{"a degree without dots after a name is no person",
		`Ada Voss, PhD, said the data were clear.`,
		[]string{"Ada Voss||1"}},
	{"a business named after its owner by a trade word",
		`Tom Reyes Motors said sales were up. Ada Voss Farms said the harvest was late.`,
		nil},
	{"one word after a role and \"of\" is a place",
		`Ada Voss, the mayor of Tarnby, said the bill was flawed.`,
		[]string{"Ada Voss|mayor of Tarnby|1"}},
	{"a name that owns a role before a speech verb",
		`Tom Reyes's lawyer said he would appeal. Reyes denies the charges.`,
		[]string{"Tom Reyes||2"}},
	{"a name that owns a role in apposition",
		`Ada Voss's daughter, Mia, said the family was shocked.`,
		[]string{"Ada Voss||1", "Mia|daughter|1"}},
	{"a noun of occupation in -ant or -ic after a name is its role",
		`Tom Reyes, an accountant, and Ada Voss, a paramedic, said the plan was sound.`,
		[]string{"Tom Reyes|accountant|1", "Ada Voss|paramedic|1"}},
	{"a company's abbreviation after a name makes it a business",
		`Ada Voss Inc. said profits fell. Tom Reyes Co. said sales rose. Its founder, Mia Lund, was pleased.`,
		[]string{"Mia Lund|founder|1"}},
	{"a place named with Fort or Port and a surname",
		`Residents of Port Reyes said the water was rising. Fort Voss will close, the army said.`,
		nil},
	{"a verb or a preposition before a title is no part of the role",
		`The vote could force Sen. Ada Voss out. The port grew under President Tom Reyes.`,
		[]string{"Ada Voss|Senator|1", "Tom Reyes|President|1"}},
}

func TestInventedPeopleShapes(t *testing.T) {
	runPeopleCases(t, embeddedLexicon(t), inventedPeopleCases)
}

// inventedQuoteCases are invented shapes of quoted passages: every quote
// listed as speech, "text|speaker" in order.
var inventedQuoteCases = []peopleCase{
	{"a title after a noun of a work is no speech, though it says \"me\"",
		`The song "Don't Stop Me Now" played as Tom Reyes walked out. "I love that song," Reyes said.`,
		[]string{"I love that song,|Tom Reyes"}},
	{"a title set off by a comma after a noun of a work",
		`Tom Reyes' new book, "Why I Left," comes out in May. "It took ten years," Reyes said.`,
		[]string{"It took ten years,|Tom Reyes"}},
	{"a title that an apposition after it names as a work",
		`Ada Voss wrote "I Am Tarnby," a memoir, in 2020.`,
		nil},
	{"a plural possessive inside a single-quoted passage",
		"'It's been the players' best season,' said Tom Reyes. \u2018The fans\u2019 noise won it,\u2019 he added.",
		[]string{"It's been the players' best season,|Tom Reyes", "The fans\u2019 noise won it,|Tom Reyes"}},
	{"a plural possessive inside a single-quoted passage that ends its paragraph",
		"Tom Reyes said: 'The Smiths' dog bit me.'",
		[]string{"The Smiths' dog bit me.|Tom Reyes"}},
	{"a title after a verb of performing is no speech",
		`Tom Reyes sang "I Will Survive" at the party. "I always do," he said.`,
		[]string{"I always do,|Tom Reyes"}},
	{"the elided \"'n'\" inside a single-quoted passage",
		"'It's rock 'n' roll,' said Tom Reyes. 'Always was.'",
		[]string{"It's rock 'n' roll,|Tom Reyes", "Always was.|Tom Reyes"}},
}

func TestInventedQuoteShapes(t *testing.T) {
	lx := embeddedLexicon(t)
	for _, tt := range inventedQuoteCases {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Analyze(tt.text, lx).Quotes {
				got = append(got, q.Text+"|"+q.Speaker)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("quotes of %q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
