package extract_test

import "testing"

// frontedPronounCases are pronouns in a phrase that opens a sentence and
// points forward to the subject after its comma: they say nothing of the
// gender of a person named inside the phrase, who stays a fit for a later
// "he said".
var frontedPronounCases = []speakerCase{
	{"possessive in a fronted with-phrase",
		"ODESSA — Speaking to a packed hall with Mayor Marty Vask by her side, Ana Ruiz promised new buses.\n\n" +
			"Vask, a former union organizer, had close ties to Governor Tom Reyes. But on Sunday he finally backed Ruiz.\n\n" +
			"\"We need a fighter in that office,\" he said.",
		map[string]string{"We need a fighter in that office,": "Marty Vask"}},
}

func TestFrontedPronouns(t *testing.T) { runSpeakerCases(t, frontedPronounCases) }
