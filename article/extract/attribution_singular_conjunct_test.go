package extract_test

import "testing"

// singularConjunctTests are subjects "X and <role> Name" before a verb
// that agrees with a singular subject: one person, whose role X shares;
// each text is invented.
var singularConjunctTests = []speakerCase{
	{"participles after has",
		`Harbor Radio and former network anchor Ada Voss has urged restraint in recent talks, advising students to "stay curious," and telling another class, "Be brave."`,
		map[string]string{"Be brave.": "Ada Voss"}},
	{"participle after is",
		`The Lantern and former county judge Tomas Grell is backing the levy, calling it "overdue."`,
		map[string]string{"overdue.": "Tomas Grell"}},
	{"a name after that is the object of a relative clause",
		`The board that sued former county judge Tomas Grell is calling the levy "overdue."`,
		map[string]string{"overdue.": "The board"}},
}

func TestSingularConjunctSubject(t *testing.T) { runExactSpeakerCases(t, singularConjunctTests) }
