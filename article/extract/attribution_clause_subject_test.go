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
	{"a quote after her that ends in a comma modifies no noun",
		"When Ms. Ada Varn held up her sign, the guards called her \"a menace,\" she said in an interview.",
		map[string]string{"a menace,": "Ada Varn"}},
}

func TestClauseSubject(t *testing.T) { runExactSpeakerCases(t, clauseSubjectCases) }

// nearClauseCases are participles of speech right after a subordinate
// clause with a subject of its own: they hang on that clause, so its
// subject speaks, not the subject of the sentence.
var nearClauseCases = []speakerCase{
	{"a participle after an as-clause",
		"\"Who can count the votes we lost?\" Mayor Ada Varn asks as a night porter walks past her, " +
			"saying he is \"here to fix the broken lift.\"",
		map[string]string{"here to fix the broken lift.": "a night porter"}},
	{"a participle after a where-clause with a counted group",
		"Mayor Ada Varn held her rally two blocks from the shuttered mill, where about 40 nurses had massed " +
			"since dawn, shouting \"fair pay or no shifts\" at passing cars.",
		map[string]string{"fair pay or no shifts": "about 40 nurses"}},
}

func TestNearClauseSubject(t *testing.T) { runExactSpeakerCases(t, nearClauseCases) }
