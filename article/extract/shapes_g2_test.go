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
}

func TestContextSpeakerShapes(t *testing.T) { runExactSpeakerCases(t, contextSpeakerShapeTests) }
