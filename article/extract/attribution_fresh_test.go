package extract_test

import "testing"

// freshTests are quotes whose speaker the sentence settles in shapes of
// news writing the older rules misread; each text is invented. want
// maps a quote's text to its speaker, word for word ("" for none).
var freshTests = []speakerCase{
	{"an irregular plural before a bare speech verb",
		`The fair opens on Friday. Police say they have "enough officers" for the crowds.`,
		map[string]string{"enough officers": "Police"}},
	{"people before a bare speech verb",
		`The ferry will stop in June. Local people say the loss is "a blow to the island."`,
		map[string]string{"a blow to the island.": "Local people"}},
}

func TestFreshShapes(t *testing.T) { runExactSpeakerCases(t, freshTests) }
