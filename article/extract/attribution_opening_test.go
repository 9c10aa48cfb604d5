package extract_test

import "testing"

// openingTests are quotes whose sentence opens with a word or phrase
// before its subject; each text is invented, one shape of news writing
// each. want maps a quote's text to its speaker.
var openingTests = []speakerCase{
	{"opening but before the subject of a later speech verb",
		"The transit board met on Thursday. Councillor Ines Moreau spoke first.\n\n" +
			`But Moreau held her ground, sending a letter that accused the transit board of hiding "the true cost of the tunnel."`,
		map[string]string{"the true cost of the tunnel.": "Ines Moreau"}},
	{"opening and before a pronoun subject",
		"Councillor Ines Moreau spoke first. The transit board listened.\n\n" +
			`And she kept going, and charged the transit board with ignoring "every rider south of the river."`,
		map[string]string{"every rider south of the river.": "Ines Moreau"}},
}

func TestAttributionOpening(t *testing.T) { runSpeakerCases(t, openingTests) }

// joinedClauseTests are quotes followed by "and" or "but" and a clause
// of its own, and quotes answered by a verb of saying; each text is
// invented. want maps a quote's text to its speaker ("" for none).
var joinedClauseTests = []speakerCase{
	{"a clause joined after the quote has a subject of its own",
		"The ferry stopped twice on Sunday.\n\n" +
			`By noon the stoppage was being blamed on "sabotage by the dockers," and a caller to a radio show in Northgate wrote about it the next day.`,
		map[string]string{"sabotage by the dockers,": ""}},
	{"a pronoun after the joined clause goes on about the speaker",
		"The ferry stopped twice on Sunday.\n\n" +
			`Harbour master Ilse Brandvik praised the crew, calling the rescue "a model for every port" - but she said the boats were too old.`,
		map[string]string{"a model for every port": "Ilse Brandvik"}},
	{"repeated after a question",
		"\"Yes. We will look at every bid for the pier,\" Ilse Brandvik said. \"Every bid?\" Tomas Rask repeated.",
		map[string]string{"Every bid?": "Tomas Rask"}},
}

func TestAttributionJoinedClause(t *testing.T) { runSpeakerCases(t, joinedClauseTests) }

// crowdTests are words a crowd calls out; each text is invented. want
// maps a quote's text to its speaker ("" for none).
var crowdTests = []speakerCase{
	{"a lone word a chant noun follows is the crowd's",
		"The rally ran late.\n\n" +
			`Mayor Ilse Brandvik laughed and said, "Go home and vote, all of you," setting off cheers and "ILSE!" chants.`,
		map[string]string{"ILSE!": "", "Go home and vote, all of you,": "Ilse Brandvik"}},
}

func TestAttributionCrowd(t *testing.T) { runSpeakerCases(t, crowdTests) }

// phraseTests are short phrases quoted inside a sentence that no one in
// it says; each text is invented. want maps a quote's text to its
// speaker ("" for none).
var phraseTests = []speakerCase{
	{"a phrase takes no speaker from the next sentence's frame",
		"Harbour master Ilse Brandvik met the crews at dawn.\n\n" +
			`The ferry was held in port for "routine checks" on Friday. Later, the ferry line's spokesman Tomas Rask said that "the boats will sail again by the weekend."`,
		map[string]string{"routine checks": "", "the boats will sail again by the weekend.": "Tomas Rask"}},
}

func TestAttributionPhrase(t *testing.T) { runSpeakerCases(t, phraseTests) }
