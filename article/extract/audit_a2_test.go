package extract_test

import "testing"

// auditA2Cases are shapes whose filters an earlier clean-up removed and
// the audit of branch a2 brought back: each text and its wanted speakers.
var auditA2Cases = []speakerCase{
	{"a quoted noun before a pronoun and a speech verb",
		"Tom Reyes has led the port board since 2019.\n\n" +
			"But the \"golden age\" he said would follow the merger never came.",
		map[string]string{"golden age": "Tom Reyes"}},
}

func TestAuditA2(t *testing.T) { runExactSpeakerCases(t, auditA2Cases) }
