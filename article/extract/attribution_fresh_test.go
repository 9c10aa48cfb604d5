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
	{"a calling verb's complement after an object holding a quote",
		`The port plan came out in May. At a hearing on Monday, council member Rosa Ibarra called Mayor Theo Brandt's promise of a "golden age" for the harbor "a fairy tale."`,
		map[string]string{"golden age": "Theo Brandt", "a fairy tale.": "Rosa Ibarra"}},
}

func TestFreshShapes(t *testing.T) { runExactSpeakerCases(t, freshTests) }
