package extract_test

import "testing"

// continuationCases are quotes with no attribution of their own that
// follow an attributed quote: they keep its speaker unless the sentence
// between hands the floor to someone else.
var continuationCases = []speakerCase{
	{"a joined clause hands the floor on",
		"Mira Sandoval runs the bakery on Elm Street with her husband.\n\n\"We open at five,\" Sandoval said, and her husband broke in. \"I open at five. She sleeps until seven.\"",
		map[string]string{"We open at five,": "Mira Sandoval", "I open at five. She sleeps until seven.": "her husband"}},
	{"a joined clause with no verb of saying keeps the speaker",
		"Mira Sandoval runs the bakery on Elm Street with her husband.\n\n\"We open at five,\" Sandoval said, and her husband nodded. \"Nobody else in town does.\"",
		map[string]string{"Nobody else in town does.": "Mira Sandoval"}},
}

func TestContinuationSpeakers(t *testing.T) { runSpeakerCases(t, continuationCases) }
