package extract_test

import "testing"

// describedNamedTests are subjects that describe a person and then name
// them in apposition, with a role in lower case before the name, far
// from the verb of saying; each text is invented.
var describedNamedTests = []speakerCase{
	{"description with a relative clause, then role and name",
		`A longtime ally of the mayor who still sits on the board, former state Sen. Ada Voss, lives in the ward and wrote to the Ledger that the plan was "a mistake."`,
		map[string]string{"a mistake.": "Ada Voss"}},
	{"description, then role and name",
		`A former captain of the ferry, retired harbour pilot Tomas Grell, still rides it daily and told the council that the new timetable was "a gift to nobody."`,
		map[string]string{"a gift to nobody.": "Tomas Grell"}},
}

func TestDescribedThenNamedSubject(t *testing.T) { runExactSpeakerCases(t, describedNamedTests) }
