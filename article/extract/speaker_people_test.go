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
	{"an abbreviated title in the fronted phrase ends no sentence",
		"ODESSA — Speaking to a packed hall with Sen. Marty Vask by her side, " +
			"Ana Ruiz promised new buses.\n\n" +
			"Vask, a former union organizer, had close ties to Governor Tom Reyes. " +
			"But on Sunday he finally backed Ruiz.\n\n" +
			"\"We need a fighter in that office,\" he said.",
		map[string]string{"We need a fighter in that office,": "Marty Vask"}},
}

func TestFrontedPronouns(t *testing.T) { runSpeakerCases(t, frontedPronounCases) }

// titledGenderCases are honorifics that a person's earlier titles rule
// out: when the first name does not tell a gender, "her son" or "Mr."
// before makes a man of him, and a later "Ms." with his surname is
// someone else.
var titledGenderCases = []speakerCase{
	{"Ms. and the surname of a man called her son",
		"A soldier's mother breaks her silence.\n\n" +
			"Her son, Qorin Bashar, an army medic, was killed in 2004, the family said. Mr. Bashar had served two tours.\n\n" +
			"\"Everyone who saw me understood,\" Ms. Bashar wrote.",
		map[string]string{"Everyone who saw me understood,": "Bashar"}},
}

func TestTitledGender(t *testing.T) { runSpeakerCases(t, titledGenderCases) }

// firstNamedRelativeCases are relatives sharing a surname where the text
// has one of them speak by first name alone: the bare surname is kept
// for the other.
var firstNamedRelativeCases = []speakerCase{
	{"the husband speaks as his first name, the surname is hers",
		"Nadia Brandt, 61, has known the senator since grade school. Brandt and her husband, Piotr, drove in from Leeds.\n\n" +
			"\"It goes in one ear and out the other,\" Piotr Brandt said of the attacks.\n\n" +
			"\"She is a friend of ours,\" Piotr told a neighbor at the first door.\n\n" +
			"\"We drove all night,\" Brandt said.",
		map[string]string{"We drove all night,": "Nadia Brandt"}},
}

func TestFirstNamedRelative(t *testing.T) { runSpeakerCases(t, firstNamedRelativeCases) }
