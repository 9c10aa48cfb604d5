package extract_test

import (
	"testing"
)

// afterTests are quotes whose speaker is named after the quote, past
// other words, or in a sentence of their own; each text is invented, one
// shape of news writing each. want maps a quote's text to its speaker.
var afterTests = []speakerCase{
	{"sentence-final quote keeps its own verb's subject",
		`The budget was printed on Friday. On Monday, Senator Marta Quell called Treasurer Abel Dunne's budget "a raid on the pension fund." Deputy Hugo Brandt said he would vote for it.`,
		map[string]string{"a raid on the pension fund.": "Marta Quell"}},
	{"sentence-final quote after a comma keeps the speaker before it",
		`"We are ready," Marta Quell said, "and we will not wait." Hugo Brandt said the vote was set for June.`,
		map[string]string{"and we will not wait.": "Marta Quell"}},
	{"quote opening its sentence takes the next sentence's speaker",
		`The hall was full by noon. "We will not wait for the council." Marta Quell said the union had voted.`,
		map[string]string{"We will not wait for the council.": "Marta Quell"}},
	{"signature after a dash",
		"Readers wrote in after the debate.\n\n\u201cHe never answered the question about the river. I was ashamed.\u201d \u2015 Ada Voss\n\n\u201cThe ferry plan is a fantasy.\u201d \u2015 Tove Lindqvist, Tempe\n\nPhoto Desk/Wire.\n\n\u201cI will vote for him again. He is honest.\u201d \u2014 Bruno Castellanos",
		map[string]string{
			"He never answered the question about the river. I was ashamed.": "Ada Voss",
			"The ferry plan is a fantasy.":                                   "Tove Lindqvist",
			"I will vote for him again. He is honest.":                       "Bruno Castellanos",
		}},
	{"signature paragraph after a quote paragraph",
		"Economists disagree on the deficit.\n\n\"We will enter the next downturn with no room to spend, and nobody has a plan for it.\n\nMarta Quell, Harbour Institute for Fiscal Studies.\"\n\n\"The deficit is the wrong thing to worry about this year.\"\n\nHugo Brandt, Centre for Labour Research.",
		map[string]string{
			"We will enter the next downturn with no room to spend, and nobody has a plan for it.": "Marta Quell",
			"The deficit is the wrong thing to worry about this year.":                             "Hugo Brandt",
		}},
	{"a headline after a quote paragraph signs nothing",
		"Marta Quell spoke last.\n\n\"The harbour is the most important thing we have.\"\n\nFERRY FIGHT.\n\nThe ferry plan was dropped.",
		map[string]string{"The harbour is the most important thing we have.": "Marta Quell"}},
	{"a sentence after a quote paragraph signs nothing",
		"The engineers sent their report to the port board on Monday.\n\n" +
			"\u201cThe pier can no longer carry lorries.\u201d\n\n" +
			"Tomas Grell, whose firm built the pier, was not available for comment.",
		map[string]string{"The pier can no longer carry lorries.": ""}},
	{"long appositive between the name and the verb",
		`Tax experts were divided. "It keeps the budget honest," Marta E. Quell, director of the Harbour Institute for Fiscal Studies and a lecturer at the Northgate School of Law, said of the plan.`,
		map[string]string{"It keeps the budget honest,": "Marta E. Quell"}},
	{"appositive with commas of its own",
		`The board met by video. The grants "will not fix every roof, but they are a start," Tove Lindqvist, head of parks, roads, and water, said during the meeting.`,
		map[string]string{"will not fix every roof, but they are a start,": "Tove Lindqvist"}},
	{"relative clause after said NAME",
		`Growers met on Friday. "Nobody saw this coming," in contrast to earlier years when prices held, says Bruno Castellanos, who teaches farm economics at Northgate.`,
		map[string]string{"Nobody saw this coming,": "Bruno Castellanos"}},
	{"words continuing the quote before said NAME",
		`The co-op met on Friday. "Nobody saw this coming" after the count, said Bruno Castellanos, who chairs the co-op.`,
		map[string]string{"Nobody saw this coming": "Bruno Castellanos"}},
	{"a clause continuing the quote before said NAME",
		`The ferry will stop in June. The decision is "a bitter blow" for the harbour, said Tove Lindqvist, chair of the boat club.`,
		map[string]string{"a bitter blow": "Tove Lindqvist"}},
	{"name with an affiliation in brackets",
		`The bill passed. "We finally have a plan," Marta Quell (Green, Northgate) said after the vote.`,
		map[string]string{"We finally have a plan,": "Marta Quell"}},
	{"pressed after a question",
		"\"The market stays on the square,\" Marta Quell said.\n\n\"Is the town ready for a second bridge?\" Hugo Brandt pressed.",
		map[string]string{"Is the town ready for a second bridge?": "Hugo Brandt"}},
	{"shot back after a quote",
		"\"Look at all these tourists,\" Marta Quell said, pointing at the pier.\n\n\"They came for the free concert,\" Hugo Brandt shot back with a grin.",
		map[string]string{"They came for the free concert,": "Hugo Brandt"}},
	{"went on after a quote",
		"Marta Quell asked about the pier.\n\n\"It happens every summer,\" Hugo Brandt went on, waving the question away. \"You learn to live with it.\"",
		map[string]string{"It happens every summer,": "Hugo Brandt", "You learn to live with it.": "Hugo Brandt"}},
	{"inverted reacted",
		"Marta Quell spoke about the pier on Sunday.\n\n\"Which vote does she mean, exactly?\" reacted Hugo Brandt.",
		map[string]string{"Which vote does she mean, exactly?": "Hugo Brandt"}},
	{"inverted blared with a newspaper",
		"The coverage was harsh. \"Sunk!\" blared the cover of the Harbour Gazette.",
		map[string]string{"Sunk!": "the cover of the Harbour Gazette"}},
	{"as NAME pointed out before the quote",
		"Governor Ostby cut the ribbon at the depot on Monday. \"We kept our word,\" said Ostby.\n\nBut as the Harbour Gazette pointed out, \"The depot still has no buses to park.\"",
		map[string]string{"The depot still has no buses to park.": "the Harbour Gazette"}},
	{"as NAME puts it after the quote, with an appositive",
		"Marta Quell spoke first.\n\nThe port is \"running out of room,\" as Hugo Brandt, a lecturer at the Northgate School of Shipping, puts it.",
		map[string]string{"running out of room,": "Hugo Brandt"}},
	{"as NAME put it inside the sentence",
		"Marta Quell left in May. The mayor, who owed his seat to, as one harbour pilot put it, a \"lucky tide\" that Quell steered, resigned.",
		map[string]string{"lucky tide": "one harbour pilot"}},
	{"in the words of",
		"The harbour master retires in May. The new pilot, in the words of a ferry hand, \"knows every rock.\"",
		map[string]string{"knows every rock.": "a ferry hand"}},
	{"in NAME's words",
		"Mayor Quell will retire in June. Her deputy, in Hugo Brandt's words, \"keeps the lights on.\"",
		map[string]string{"keeps the lights on.": "Hugo Brandt"}},
	{"according to a study by",
		"Prices rose again in May. A \"fair rent\" for a flat in the old town is about $900 a month, according to calculations by Marta Quell of the Northgate Housing Trust.",
		map[string]string{"fair rent": "Marta Quell"}},
}

func TestAttributionAfterQuote(t *testing.T) { runExactSpeakerCases(t, afterTests) }

// invertedAddresseeTests are verbs that usually take an addressee
// ("asked the mayor", "urged the council to act") used with an inverted
// subject after the quote; each text is invented.
var invertedAddresseeTests = []speakerCase{
	{"asked, urged and warned with the subject after them",
		"\"Why now, after ten years?\" asked Ada Voss, the mayor of Tarnby.\n\n" +
			"\"Do not sell the pier,\" urged Tom Reyes, a councillor.\n\n" +
			"\"Stay away from the cliffs,\" warned the coastguard on Monday.",
		map[string]string{"Why now, after ten years?": "Ada Voss", "Do not sell the pier,": "Tom Reyes",
			"Stay away from the cliffs,": "the coastguard"}},
	{"an addressee verb with its object is no inverted subject",
		"Ada Voss spoke first.\n\n\"Act now,\" urged the council to act. \"We will,\" Tom Reyes told reporters.",
		map[string]string{"We will,": "Tom Reyes"}},
}

func TestInvertedAddresseeVerb(t *testing.T) { runExactSpeakerCases(t, invertedAddresseeTests) }
