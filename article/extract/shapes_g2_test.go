package extract_test

import "testing"

// contextSpeakerShapeTests are quotes whose speaker only the context
// names, no verb of saying beside them; each text is invented.
var contextSpeakerShapeTests = []speakerCase{
	{"a short sentence quote after a sentence whose subject is a person",
		`Ada Voss has been mayor of Tarnby since 2019.` + "\n\n" +
			`Asked whether she would run again, Voss smiled. "Ask me next year."`,
		map[string]string{"Ask me next year.": "Ada Voss"}},
}

func TestContextSpeakerShapes(t *testing.T) { runExactSpeakerCases(t, contextSpeakerShapeTests) }
