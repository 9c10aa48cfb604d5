package extract

import (
	"testing"
)

// peopleFilterCases are the shapes whose rules an earlier clean-up dropped as
// unused on the corpus: each case fails without its rule.
var peopleFilterCases = []peopleCase{
	{"a team named by a plural noun is no person",
		"The Golden Rangers said on Monday they would appeal the fine. Coach Ada Voss said nothing.",
		[]string{"Ada Voss|Coach|1"}},
	{"a place in the picture in brackets after a name in a caption",
		"Okafor (left) and Brandt (right) at the opening of the Tarnby plant on Monday.",
		[]string{"Okafor||1", "Brandt||1"}},
	{"a party in brackets after a name in a roll call",
		"Voting no were Tarn Welby (D) and Ada Voss (R). Ada Voss left early.",
		[]string{"Tarn Welby||1", "Ada Voss||2"}},
	{"a hyphenated word after a name that opens like an Arabic article",
		"Mayor Ada Voss ad-libbed most of her speech on Monday in Tarnby.",
		[]string{"Ada Voss|Mayor|1"}},
	{"a compound that opens with a lone letter after a name",
		"Doctors said Tom Reyes X-rays showed no fracture. Reyes, the striker, will play.",
		[]string{"Tom Reyes|striker|2"}},
}

func TestPeopleFilters(t *testing.T) { runPeopleCases(t, embeddedLexicon(t), peopleFilterCases) }

// appositionWordCases are appositions after a name: words in them that
// are no people of their own (a hometown after an age, a suffix, a
// party's initials), and a role after an age or an owner. They need the
// full word lists.
var appositionWordCases = []peopleCase{
	{"a hometown after an age, a suffix and a party's initials",
		"Ada Voss, 41, of Tarnby, said so. Tom Reyes, Jr., agreed. Sen. Nina Ode, R-S.C., said nothing.",
		[]string{"Ada Voss||1", "Tom Reyes||1", "Nina Ode|Senator|1"}},
	{"a role after an age",
		"Tom Reyes, 62, a retired judge, said the pier was unsafe.",
		[]string{"Tom Reyes|retired judge|1"}},
	{"a role after a capitalized owner",
		"Ada Voss, Tarnby's mayor, said the pier was unsafe.",
		[]string{"Ada Voss|Tarnby's mayor|1"}},
}

func TestAppositionWordsAreNoPeople(t *testing.T) {
	runPeopleCases(t, embeddedLexicon(t), appositionWordCases)
}
