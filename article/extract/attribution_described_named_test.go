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

// relativeNamedTests are subjects that a restrictive relative clause
// describes before a role and a name in apposition, right before the
// verb of saying; each text is invented.
var relativeNamedTests = []speakerCase{
	{"description with a relative clause, then role and name, then said",
		`An ally of the mayor who sits on the board, former state Sen. Ada Voss, said the fee was "a scandal."`,
		map[string]string{"a scandal.": "Ada Voss"}},
	{"one of a group with a relative clause, then role and name",
		`One resident who lives near the pier, retired teacher Tom Reyes, said it was "a danger to children."`,
		map[string]string{"a danger to children.": "Tom Reyes"}},
}

func TestRelativeThenNamedSubject(t *testing.T) { runExactSpeakerCases(t, relativeNamedTests) }
