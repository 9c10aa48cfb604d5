package extract

import "testing"

// ownerTests are quotes inside a sentence that holds more than one
// clause or name: the speaker is the subject of the clause that governs
// the quote. Each text, the people findPeople would report, and the
// speaker wanted for every listed quote (by its text; "" for none).
var ownerTests = []frameCase{
	{"coordinated clause after the quote",
		`Mara Lind accuses the council of "sleeping at the wheel" and Otto Brenner says it is "asleep for good."`,
		[]string{"Mara Lind|Lind", "Otto Brenner|Brenner"},
		map[string]string{"sleeping at the wheel": "Mara Lind", "asleep for good.": "Otto Brenner"}},
	{"coordinated clause after an adverb",
		`Lind said she would make the river "run dry," for example, and Brenner vowed to "drain" the lake.`,
		[]string{"Mara Lind|Lind", "Otto Brenner|Brenner"},
		map[string]string{"run dry,": "Mara Lind", "drain": "Otto Brenner"}},
	{"dash-set phrase before the subject",
		`Closing the club's year with a slow and oddly formal talk -- slides and all -- Brenner told members Friday evening that "the hard part is behind us," and he vowed to "keep the lights on."`,
		nil, map[string]string{"the hard part is behind us,": "Brenner"}},
	{"possessive pronoun owns the noun of speech",
		"Mayor Ben Ode flew home on Friday. Lena Brandt stayed behind to face the storm over his warning that the town would go to the \"end of the line.\"",
		[]string{"Ben Ode|Ode", "Lena Brandt|Brandt"}, map[string]string{"end of the line.": "Ben Ode"}},
	{"phrase between the noun of speech and that",
		`Mara Lind won the seat partly because of Otto Brenner's clumsy suggestion at a televised forum that she was "nice enough."`,
		[]string{"Mara Lind|Lind", "Otto Brenner|Brenner"}, map[string]string{"nice enough.": "Otto Brenner"}},
	{"noun of speech as the quote's subject",
		`Council chair Ada Voss released a statement saying his remark "does not belong in our schools."`,
		[]string{"Ada Voss|Voss"}, map[string]string{"does not belong in our schools.": "Ada Voss"}},
	{"possessive topic as the antecedent of she",
		"Sen. Ada Voss chairs the panel.\n\nRep. Mara Lind spoke next. Few towns have a woman as mayor. Ms. Voss's deputy is a woman, and so is her chief of staff.\n\n\"It shows girls they can run things,\" she said.",
		[]string{"Mara Lind|Lind", "Ada Voss|Voss|Ms. Voss"}, map[string]string{"It shows girls they can run things,": "Ada Voss"}},
	{"possessive inside a clause is no topic",
		"Ada Voss met Lena Brandt on Friday.\n\nBrandt backs the plan. She urged neighbours to back Ms. Voss's budget.\n\n\"We need it,\" she said.",
		[]string{"Ada Voss|Voss|Ms. Voss", "Lena Brandt|Brandt"}, map[string]string{"We need it,": "Lena Brandt"}},
	{"in the words of a name that ends in s",
		`Ada Voss spoke in Oslo. The fair moved to Bergen because, in Nordlys’ words, "they are the boldest towns on the coast."`,
		[]string{"Ada Voss|Voss"}, map[string]string{"they are the boldest towns on the coast.": "Nordlys"}},
	{"as described by",
		`From her record at the port to being "wildly reckless" with the budget – as described by Auditor Ines Cole – many think Voss has failed.`,
		[]string{"Ada Voss|Voss", "Ines Cole|Cole"}, map[string]string{"wildly reckless": "Ines Cole"}},
	{"participle of speech after the subject",
		`Another source speaking to the Courier said, "The inspectors are reading every contract."`,
		nil, map[string]string{"The inspectors are reading every contract.": "Another source"}},
	{"addressee after a participle that follows the quote",
		`Mayor Ada Voss would not discuss "the offer from the city," telling Radio Nord that the town is busy with "clean water."`,
		[]string{"Ada Voss|Voss"}, map[string]string{"the offer from the city,": "Ada Voss"}},
	{"opening phrase led by a preposition",
		`Alongside union calls for a strike, even a senior party adviser said the mayor must choose, saying, "At some point she will have to pick a side."`,
		nil, map[string]string{"At some point she will have to pick a side.": "a senior party adviser"}},
	{"a capitalized Will inside the sentence is a name",
		"The columnist George Will wrote on Monday.\n\nFrom Ada Voss's \"dreary speech\" at the fair to her call for a \"harbor tax,\" Will described Voss as a \"relic of a gentler age.\"",
		[]string{"George Will|Will", "Ada Voss|Voss"}, map[string]string{"relic of a gentler age.": "George Will"}},
}

func TestAttributionOwner(t *testing.T) { runFrameCases(t, ownerTests) }
