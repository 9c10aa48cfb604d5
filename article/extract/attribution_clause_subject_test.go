package extract_test

import "testing"

// clauseSubjectCases are quotes whose speaker is the subject of the
// right clause: not the subject of a passive verb of saying, not a
// phrase that a plural noun in -s was taken to end, not the description
// a relative "who" hangs on when a name stands before it, and not the
// subject of the next sentence's verb that reports a clause of its own.
var clauseSubjectCases = []speakerCase{
	{"the subject of a passive verb of saying is no speaker",
		"The county closed two clinics in May. The quarrel centers on the closing of the clinics, " +
			"in what is being criticized as a \"starve the beast until it is gone\" plan.",
		map[string]string{"starve the beast until it is gone": ""}},
	{"a relative who after an appositive belongs to the name",
		"\"We have not seen this before,\" said Ada Varn, a fellow at the liberal-leaning think tank " +
			"Harbour Policy Institute who describes the campaign as \"a slow collapse.\"",
		map[string]string{"a slow collapse.": "Ada Varn"}},
	{"a noun in -s before were is no verb of saying",
		"Mayor Lena Dorsey, speaking on a morning show, called the governor a \"windbag,\" and said " +
			"his anti-union remarks were priceless \"ammunition\" for his critics.",
		map[string]string{"ammunition": "Lena Dorsey"}},
	{"the next sentence's verb reports its own that-clause",
		"Governor Ines Marlow condemned the \"attack that no one can excuse.\" Her deputy, Tom Reyle, " +
			"announced that the army would stay in the streets.",
		map[string]string{"attack that no one can excuse.": "Ines Marlow"}},
}

func TestClauseSubject(t *testing.T) { runExactSpeakerCases(t, clauseSubjectCases) }
