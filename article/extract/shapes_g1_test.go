package extract_test

import "testing"

// shapesG1Tests are phrases that name a speaker right around a quote,
// with titles, appositives and organisations in the subject; each text
// is invented.
var shapesG1Tests = []speakerCase{
	{"an office title in one word before a name",
		`"The inquest will resume in May," said Coroner Ada Voss. Voss added that two witnesses were ill.`,
		map[string]string{"The inquest will resume in May,": "Ada Voss"}},
	{"a school title before a name",
		`"We are proud of them," said Headmistress Ada Voss. Voss said the pupils had raised the money.`,
		map[string]string{"We are proud of them,": "Ada Voss"}},
	{"a name, then a description with a relative clause between dashes",
		`Ada Voss — a former nurse who now runs the food bank — said demand was "through the roof."`,
		map[string]string{"through the roof.": "Ada Voss"}},
	{"a quote, then a name with a relative clause between dashes",
		`"Demand is through the roof," Ada Voss – a former nurse who now runs the food bank – said.`,
		map[string]string{"Demand is through the roof,": "Ada Voss"}},
	{"a participle after an object clause shares the appositive subject",
		`The mayor, Tom Reyes, said the fair would go ahead, calling it "a symbol of resilience."`,
		map[string]string{"a symbol of resilience.": "Tom Reyes"}},
	{"a participle after an object clause, the role owned by a town",
		`Tarnby's harbour chief, Ada Voss, said the pier was closing, calling it "a danger to all."`,
		map[string]string{"a danger to all.": "Ada Voss"}},
	{"two lower-case roles joined by and, then the name, after the quote",
		`"We have done nothing wrong," said the company's founder and chief executive, Ada Voss.`,
		map[string]string{"We have done nothing wrong,": "Ada Voss"}},
	{"chairman and chief executive, then the name",
		`"The yard will stay open," said the chairman and chief executive, Tom Reyes.`,
		map[string]string{"The yard will stay open,": "Tom Reyes"}},
	{"a colon after a name's speech noun",
		`Ada Voss's message to the council was blunt: "Do your job."`,
		map[string]string{"Do your job.": "Ada Voss"}},
	{"a colon after a speech noun from a name",
		`The warning from Tom Reyes, the fire chief, was simple: "Leave now."`,
		map[string]string{"Leave now.": "Tom Reyes"}},
	{"according to a role, then the name in apposition, mid-sentence",
		`Tom Reyes, according to his lawyer, Ada Voss, is "devastated."`,
		map[string]string{"devastated.": "Ada Voss"}},
	{"according to a role and a name after the quote",
		`Tom Reyes is "devastated," according to his lawyer, Ada Voss.`,
		map[string]string{"devastated,": "Ada Voss"}},
	{"a member of parliament named by role later",
		"Ada Voss, MP for Tarnby North, met Tom Reyes, a council officer, on Monday.\n\n\"We must act,\" the MP said.",
		map[string]string{"We must act,": "Ada Voss"}},
	{"a member of parliament titled before the name, named by role later",
		"Tom Reyes met Tarnby MP Ada Voss on Monday.\n\n\"We must act,\" the MP said.",
		map[string]string{"We must act,": "Ada Voss"}},
}

func TestShapesG1(t *testing.T) { runExactSpeakerCases(t, shapesG1Tests) }
