package extract_test

import "testing"

// chantCases are words that no one speaks, a crowd's or a sign's: they get
// no speaker even when a speech pattern or a quote nearby names someone.
var chantCases = []speakerCase{
	{"chants before an indirect said",
		`Senator Ada Ruiz arrived late. Walking into the hall to chants of "Ruiz for mayor!," the senator said her campaign was gaining ground.`,
		map[string]string{"Ruiz for mayor!,": ""}},
	{"a second chant joined by and",
		`"Oh, my word," a young man shouted when he saw Ruiz. People asked for photos. And there were constant calls of "Go Ada" and "We love you, Ada" as she walked by.`,
		map[string]string{"We love you, Ada": ""}},
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
		`Ruiz sat at his desk eating tacos. Later, a member of the family proposed that staff share a picture of his "Spanish" meal.`,
		map[string]string{"Spanish": "a member of the family"}},
}

func TestSourcesEndingInLy(t *testing.T) { runSpeakerCases(t, lyNounCases) }

// saidAddingCases are quotes after "NP said, adding," inside a sentence
// whose subject is someone else: the one who said adds.
var saidAddingCases = []speakerCase{
	{"said, adding after a clause about others",
		`Ryan and Ode will meet in May, Lind said, adding, "They should settle it over lunch."`,
		map[string]string{"They should settle it over lunch.": "Lind"}},
	{"said, adding after a clause with a named subject",
		`Voss prays there. Mr. Ode had his son with him and left early, Voss said, adding, "He was not a regular."`,
		map[string]string{"He was not a regular.": "Voss"}},
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
		`Tom Lind won the vote. A fundraising email sent out by Ada Ruiz on Friday night warned of the fight ahead: "There are nine votes left, and every one of them will be hard."`,
		map[string]string{"There are nine votes left, and every one of them will be hard.": "Ada Ruiz"}},
}

func TestDocumentSources(t *testing.T) { runSpeakerCases(t, documentCases) }

// dashLabelCases are digest items: a headline, a dash, then the source
// and a colon before its words.
var dashLabelCases = []speakerCase{
	{"a digest item with a verb in its headline",
		"Polls were wrong in the harbour race.\n\nBut polls did predict the council race - HarbourPolls: \"While the pier vote was an upset, most pollsters did far better with the council race.\"",
		map[string]string{"While the pier vote was an upset, most pollsters did far better with the council race.": "HarbourPolls"}},
	{"a digest item with a headline in capitals",
		"Polls were wrong in the harbour race.\n\nRED WARDS OUTNUMBER BLUE WARDS - Tom M. Lind: \"The harbour wards lean red for the first time in ten years of counting.\"",
		map[string]string{"The harbour wards lean red for the first time in ten years of counting.": "Tom M. Lind"}},
}

func TestDashLabels(t *testing.T) { runSpeakerCases(t, dashLabelCases) }

// parentheticalCases are ", says X," inside a sentence whose words after
// the parenthetical are X's.
var parentheticalCases = []speakerCase{
	{"says X with an appositive",
		`Historians agree on little about her. The puzzle of Ada Ruiz, says Tom Lind, a historian at the Harbour Library, is that she was "the most careful mayor in decades," not for her speeches but for her "quiet command of the budget."`,
		map[string]string{"the most careful mayor in decades,": "Tom Lind", "quiet command of the budget.": "Tom Lind"}},
	{"said X before the predicate",
		`Tom Lind backs the pier plan. The plan, said Mayor Ada Ruiz, would cost the harbour "far more than anyone admits."`,
		map[string]string{"far more than anyone admits.": "Ada Ruiz"}},
}

func TestParentheticalSpeaker(t *testing.T) { runSpeakerCases(t, parentheticalCases) }

// sourceForCases are a source noun and the name it speaks for, which
// stay one phrase: "a spokesman for Harbour Partners".
var sourceForCases = []speakerCase{
	{"a spokesman for a company, then but said",
		`Tom Lind would not comment. A spokesman for Harbour Partners declined to address the audit but said in a statement that "Harbour Partners kept every rule in every contract."`,
		map[string]string{"Harbour Partners kept every rule in every contract.": "A spokesman for Harbour Partners"}},
}

func TestSourceForName(t *testing.T) { runSpeakerCases(t, sourceForCases) }

// verbAfterNameCases are source phrases that end in a name and run into
// a past-tense verb, which ends them.
var verbAfterNameCases = []speakerCase{
	{"lawyers for a name appeared to",
		`Tom Lind filed the motion on Monday. Lawyers for Ada Ruiz appeared to oppose the motion, saying in filings that the email "was never the property of the city at any time."`,
		map[string]string{"was never the property of the city at any time.": "Lawyers for Ada Ruiz"}},
}

func TestSourceEndsBeforePastTense(t *testing.T) { runSpeakerCases(t, verbAfterNameCases) }
