package extract_test

import "testing"

// crowdVerbCases are cries that a verb of jeering or taunting reports:
// its subject speaks, as with "shouted".
var crowdVerbCases = []speakerCase{
	{"jeered after a comma",
		"The ferry left the quay at dawn. The crew waved from the deck as the dockers jeered, \"Swim back!\"",
		map[string]string{"Swim back!": "the dockers"}},
	{"taunted in an opening clause",
		"Councilwoman Greta Lund rose to speak. When the students taunted, \"Count the votes again!\" she sat down.",
		map[string]string{"Count the votes again!": "the students"}},
}

func TestCrowdVerbs(t *testing.T) { runExactSpeakerCases(t, crowdVerbCases) }

// openingListCases are lists of quotes inside a clause that opens the
// sentence: the comma after the last one ends the clause, and the main
// clause's subject, even with a verb of writing, says none of them.
var openingListCases = []speakerCase{
	{"two quotes before the main clause",
		"Mayor Ida Brenn spoke at the depot on Monday. After Councilman Rolf Ekberg described the drivers as \"idle\" and \"overpaid\", the poet Sela Moss wrote an open letter to the council.",
		map[string]string{"idle": "Rolf Ekberg", "overpaid": "Rolf Ekberg"}},
	{"three quotes before the main clause",
		"The strike entered its third week. When Director Tomas Vik called the nurses \"greedy,\" \"reckless\" and \"disloyal\", union leader Ines Roa posted a video reply.",
		map[string]string{"greedy,": "Tomas Vik", "reckless": "Tomas Vik", "disloyal": "Tomas Vik"}},
	{"a lone quote after an opening clause keeps its frame",
		"The vote was close. Although \"the council listened to us,\" Rolf Ekberg said, \"it did not change a thing.\"",
		map[string]string{"the council listened to us,": "Rolf Ekberg"}},
}

func TestOpeningClauseList(t *testing.T) { runExactSpeakerCases(t, openingListCases) }

// asideCases are "as X said" asides that report the clause before them:
// a quote in the conjunct after the aside is the sentence subject's.
var asideCases = []speakerCase{
	{"aside in dashes before and",
		"Senator Ada Kerr spoke for an hour in Dover. Kerr mocked her rivals and told the crowd that she is not tired – as Governor Hal Brandt has claimed – and she can \"outwork\" anyone on the stage.",
		map[string]string{"outwork": "Ada Kerr"}},
	{"aside in commas before but",
		"Senator Ada Kerr spoke for an hour in Dover. Kerr told the crowd that the mill would close, as Governor Hal Brandt has warned, but the town would \"find its feet\" again.",
		map[string]string{"find its feet": "Ada Kerr"}},
	{"aside right before the quote names the speaker",
		"Senator Ada Kerr spoke for an hour in Dover. The new bridge is – as Governor Hal Brandt put it – \"a toll road to nowhere.\"",
		map[string]string{"a toll road to nowhere.": "Hal Brandt"}},
}

func TestAsideBeforeConjunct(t *testing.T) { runExactSpeakerCases(t, asideCases) }

// roleNameVerbCases are subjects made of a role and a name, then a verb
// that no suffix marks as one ("went", "took"): the phrase ends at the
// name, and the name speaks.
var roleNameVerbCases = []speakerCase{
	{"went so far as to say",
		"Sales of the phone fell again in May, and reviewers piled on. The Harbor Post gadget columnist Nils Berg went so far as to say: \"The phone is a paperweight now.\"",
		map[string]string{"The phone is a paperweight now.": "Nils Berg"}},
	{"took to the radio",
		"The ferry fares rose by a third. The island's longtime harbor master Ada Voss took to the radio on Friday: \"Nobody asked the islanders.\"",
		map[string]string{"Nobody asked the islanders.": "Ada Voss"}},
	{"a document sent by a person",
		"Mayor Ines Ruiz lost the first vote. A fundraising letter sent out by Ruiz that night warned: \"The fight has just begun.\"",
		map[string]string{"The fight has just begun.": "Ines Ruiz"}},
}

func TestRoleNameBeforeVerb(t *testing.T) { runExactSpeakerCases(t, roleNameVerbCases) }
