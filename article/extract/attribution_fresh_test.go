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
	{"a passive verb of naming with no agent names no speaker",
		"The league sided with the referees on Tuesday, a loss for Coach Ada Voss.\n\n" +
			`The dispute is about players who ignored notes asking them to attend practice, in what is being criticized as a "miss two and sit" policy for the season.`,
		map[string]string{"miss two and sit": ""}},
	{"a passive verb of naming keeps the agent after the quote",
		`This habit of the board has been called "quiet defiance" by Bruno Castellanos, a lecturer at Northgate College, and it keeps the vote hard to trace.`,
		map[string]string{"quiet defiance": "Bruno Castellanos"}},
	{"a gerund passive of naming is the subject's own story",
		`Singer Lola Brandt spoke at length about being described as a "national treasure" in a magazine profile.`,
		map[string]string{"national treasure": "Lola Brandt"}},
	{"the agent of a passive verb of naming after the quote",
		`The levy has been called "a tax on thrift and work" by Bruno Castellanos, who runs the co-op.`,
		map[string]string{"a tax on thrift and work": "Bruno Castellanos"}},
	{"a passive said to be names no speaker, however short the quote",
		`The board met on Monday. Harbor chief Ada Voss was said to be "livid" with the vote.`,
		map[string]string{"livid": ""}},
}

func TestFreshShapes(t *testing.T) { runExactSpeakerCases(t, freshTests) }
