package extract_test

import "testing"

// crowdVerbCases are cries that a verb of jeering or taunting reports:
// its subject speaks, as with "shouted".
var crowdVerbCases = []speakerCase{
	{"jeered after a comma",
		"The ferry left the quay at dawn. The crew waved from the deck as the dockers jeered, \"Swim back!\"",
		map[string]string{"Swim back!": "the dockers"}},
	{"taunted in an opening clause",
		"Councilwoman Greta Lund rose to speak. When the students taunted, \"Count the votes again!\" she sat down.",
		map[string]string{"Count the votes again!": "the students"}},
}

func TestCrowdVerbs(t *testing.T) { runExactSpeakerCases(t, crowdVerbCases) }
