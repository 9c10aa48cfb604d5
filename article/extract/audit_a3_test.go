package extract_test

import "testing"

// auditA3Cases are filters of speaker phrases that the corpus never
// needed, each with an invented paragraph where the filter decides the
// speaker.
var auditA3Cases = []speakerCase{
	{"a capitalized word in -ed is a name's, not a verb",
		"\"We will appeal the ruling,\" an official with Tarnby United Football Club said on Monday.",
		map[string]string{"We will appeal the ruling,": "an official with Tarnby United Football Club"}},
}

func TestAuditA3(t *testing.T) { runExactSpeakerCases(t, auditA3Cases) }
