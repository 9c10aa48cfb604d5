package extract_test

import "testing"

// chantCases are words that no one speaks, a crowd's or a sign's: they get
// no speaker even when a speech pattern or a quote nearby names someone.
var chantCases = []speakerCase{
	{"chants before an indirect said",
		`Councilwoman Vera Holm came by bus. Stepping onto the pier to chants of "Holm for council!," the councilwoman said her list of backers kept growing.`,
		map[string]string{"Holm for council!,": ""}},
	{"a second chant joined by and",
		`"Look, it's her," a girl cried when she spotted Holm. Drivers waved from their cars. And there were steady calls of "Vote Vera" and "Stay strong, Vera" as she crossed the square.`,
		map[string]string{"Stay strong, Vera": ""}},
	{"a chant noun after the quote",
		`Ruiz joked, "Ferry people, you are being silly," drawing loud boos and "Keep the ferry running" chants from the back rows.`,
		map[string]string{"Ferry people, you are being silly,": "Ruiz", "Keep the ferry running": ""}},
}

func TestChantsHaveNoSpeaker(t *testing.T) { runSpeakerCases(t, chantCases) }

// lyNounCases are source phrases that end in a noun in -ly, which is no
// adverb to drop before the verb.
var lyNounCases = []speakerCase{
	{"a newspaper called a daily",
		`"We back the harbour plan without doubt," the influential local daily wrote on Friday.`,
		map[string]string{"We back the harbour plan without doubt,": "the influential local daily"}},
	{"a possessor's family",
		`The footage is still sealed. Ode's family has asked the county to publish the tape "as a matter of public trust" and asked for calm.`,
		map[string]string{"as a matter of public trust": "Ode's family"}},
	{"a member of the family",
		`Ode spent the evening grilling fish on the deck. Afterwards, a member of the family urged the aides to post a photo of his "Nordic" supper.`,
		map[string]string{"Nordic": "a member of the family"}},
}

func TestSourcesEndingInLy(t *testing.T) { runSpeakerCases(t, lyNounCases) }

// saidAddingCases are quotes after "NP said, adding," inside a sentence
// whose subject is someone else: the one who said adds.
var saidAddingCases = []speakerCase{
	{"said, adding after a clause about others",
		`Berg and Ode sit down together in June, Lind said, adding, "Both of them want a deal by summer."`,
		map[string]string{"Both of them want a deal by summer.": "Lind"}},
	{"said, adding after a clause with a named subject",
		`Voss coaches at the rink. Mr. Ode brought his daughter along and stayed only an hour, Voss said, adding, "He hardly ever came."`,
		map[string]string{"He hardly ever came.": "Voss"}},
}

func TestSaidAddingSpeaker(t *testing.T) { runSpeakerCases(t, saidAddingCases) }

// documentCases are documents that a sentence quotes with a verb of any
// kind ("found", "promises"): the document is the source, or the person
// it names as its author.
var documentCases = []speakerCase{
	{"a report found",
		`Senator Tom Lind spoke first. A 2019 harbour board report found "no sign of a missing payment."`,
		map[string]string{"no sign of a missing payment.": "A 2019 harbour board report"}},
	{"an audit found with a possessive",
		`Tom Lind chairs the board. Its yearly audit found the harbour fund had "no real oversight at all."`,
		map[string]string{"no real oversight at all.": "Its yearly audit"}},
	{"an email sent by its author",
		`Tom Lind won the vote. A campaign email sent out by Vera Holm on Thursday morning warned of the stakes: "We still need four seats, and none of them comes cheap."`,
		map[string]string{"We still need four seats, and none of them comes cheap.": "Vera Holm"}},
}

func TestDocumentSources(t *testing.T) { runSpeakerCases(t, documentCases) }

// dashLabelCases are digest items: a headline, a dash, then the source
// and a colon before its words.
var dashLabelCases = []speakerCase{
	{"a digest item with a verb in its headline",
		"Turnout models missed the ferry vote.\n\nStill, the models got the school levy right - TallyWatch: \"The ferry result surprised everyone, yet nearly every model called the levy within two points.\"",
		map[string]string{"The ferry result surprised everyone, yet nearly every model called the levy within two points.": "TallyWatch"}},
	{"a digest item with a headline in capitals",
		"Turnout models missed the ferry vote.\n\nFERRY FARES CLIMB FOR A THIRD YEAR - Ida K. Marek: \"Riders now pay nearly twice what they paid a decade ago.\"",
		map[string]string{"Riders now pay nearly twice what they paid a decade ago.": "Ida K. Marek"}},
}

func TestDashLabels(t *testing.T) { runSpeakerCases(t, dashLabelCases) }

// parentheticalCases are ", says X," inside a sentence whose words after
// the parenthetical are X's.
var parentheticalCases = []speakerCase{
	{"says X with an appositive",
		`Few biographers agree about her. The trouble with Vera Holm, says Tom Lind, a lecturer at Bay College, is that she looked "shy in every crowd," and still won "every vote that mattered."`,
		map[string]string{"shy in every crowd,": "Tom Lind", "every vote that mattered.": "Tom Lind"}},
	{"said X before the predicate",
		`Tom Lind backs the pier plan. The plan, said Mayor Ada Ruiz, would cost the harbour "far more than anyone admits."`,
		map[string]string{"far more than anyone admits.": "Ada Ruiz"}},
}

func TestParentheticalSpeaker(t *testing.T) { runSpeakerCases(t, parentheticalCases) }

// sourceForCases are a source noun and the name it speaks for, which
// stay one phrase: "a spokesman for Harbour Partners".
var sourceForCases = []speakerCase{
	{"a spokesman for a company, then but said",
		`Tom Lind would not comment. A spokeswoman for Keel Freight refused to discuss the fines but said by email that "Keel Freight has paid every fee on time."`,
		map[string]string{"Keel Freight has paid every fee on time.": "A spokeswoman for Keel Freight"}},
}

func TestSourceForName(t *testing.T) { runSpeakerCases(t, sourceForCases) }

// verbAfterNameCases are source phrases that end in a name and run into
// a past-tense verb, which ends them.
var verbAfterNameCases = []speakerCase{
	{"lawyers for a name appeared to",
		`Tom Lind asked for a recount on Monday. Lawyers for Vera Holm seemed to resist the request, arguing in a brief that the ballots "had already been counted twice."`,
		map[string]string{"had already been counted twice.": "Lawyers for Vera Holm"}},
}

func TestSourceEndsBeforePastTense(t *testing.T) { runSpeakerCases(t, verbAfterNameCases) }
