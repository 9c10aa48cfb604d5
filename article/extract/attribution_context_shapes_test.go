package extract_test

import "testing"

// contextSpeakerShapeTests are quotes whose speaker only the context
// names, no verb of saying beside them; each text is invented.
var contextSpeakerShapeTests = []speakerCase{
	{"a short sentence quote after a sentence whose subject is a person",
		`Ada Voss has been mayor of Tarnby since 2019.` + "\n\n" +
			`Asked whether she would run again, Voss smiled. "Ask me next year."`,
		map[string]string{"Ask me next year.": "Ada Voss"}},
	{"a beat sentence whose pronoun names the other person between two quotes",
		`Ada Voss said the plan would fail. Tom Reyes, her deputy, was not so sure.` + "\n\n" +
			`"It could work," he said. "Give it a year." She shook her head. "A year is too long."`,
		map[string]string{"It could work,": "Tom Reyes", "Give it a year.": "Tom Reyes",
			"A year is too long.": "Ada Voss"}},
	{"a pronoun after a sentence that says the nearer man could not be reached",
		`Tom Reyes, a spokesman for the port, said Ben Kray had been suspended. Kray could not be reached.` +
			"\n\n" + `"The investigation is ongoing," he said.`,
		map[string]string{"The investigation is ongoing,": "Tom Reyes"}},
	{"a pronoun after a sentence that says the nearer man could not be reached but denied it",
		`Tom Reyes said Ben Kray had been suspended. Kray could not be reached on Friday but has denied` +
			` wrongdoing.` + "\n\n" + `"I did nothing wrong," he told the Courier in March.`,
		map[string]string{"I did nothing wrong,": "Ben Kray"}},
	{"a pronoun whose only fit was said to decline comment",
		`Ada Voss declined to comment on Friday. Her deputy, Tom Reyes, defended the decision.` + "\n\n" +
			`"She made the right call," he said.` + "\n\n" + `"It was not easy," she said last month.`,
		map[string]string{"She made the right call,": "Tom Reyes", "It was not easy,": "Ada Voss"}},
}

func TestContextSpeakerShapes(t *testing.T) { runExactSpeakerCases(t, contextSpeakerShapeTests) }
