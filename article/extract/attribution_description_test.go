package extract_test

import "testing"

// descriptionCases are speakers named by a description right after a
// comma that closes a name: "the candidate" there is someone else than
// the person the name names, not that person's role.
var descriptionCases = []speakerCase{
	{"after a phrase that ends with a name",
		"Debate\n\nIn a long talk with the radio hosts Omar Blix and Tova Lind, the Labour candidate said the budget was \"a fantasy\" and \"a trap.\"",
		map[string]string{"a fantasy": "the Labour candidate", "a trap.": "the Labour candidate"}},
	{"after a participle phrase that ends with a name",
		"Debate\n\nAfter meeting Tova Lind, the candidate said, \"We agree on the port and on little else.\"",
		map[string]string{"We agree on the port and on little else.": "the candidate"}},
	{"a description refers back, not to someone named later",
		"Mira Holt spoke to the station on Monday.\n\n\"We have come a long way,\" the senator said.\n\nSen. Tom Reyes, who backs her rival, said the race was far from over.",
		map[string]string{"We have come a long way,": "Mira Holt"}},
	{"an epithet gives its person the role",
		"Mira Holt spoke to the station on Monday. \"We have come a long way,\" the Vermont senator said.\n\nAnna Berg, the host, asked who deserved the credit.\n\n\"That would be me,\" the senator said.\n\nSen. Tom Reyes, who backs her rival, said the race was far from over.",
		map[string]string{"We have come a long way,": "Mira Holt", "That would be me,": "Mira Holt"}},
	// guards: an apposition between commas still gives its role
	{"an apposition between commas",
		"Debate\n\nTova Lind, the candidate, said, \"We agree on the port and on little else.\"",
		map[string]string{"We agree on the port and on little else.": "Tova Lind"}},
}

func TestDescriptionSpeakers(t *testing.T) { runExactSpeakerCases(t, descriptionCases) }
