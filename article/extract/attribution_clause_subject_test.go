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
			"a step that is being criticized as a \"starve the beast until it is gone\" plan.",
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

// introPlaceCases are opening phrases that hold a place with its state
// ("in Yreka, Calif.,"): the subject comes after the state's comma.
var introPlaceCases = []speakerCase{
	{"a city and state abbreviation inside the opening phrase",
		"In the days after the storm cut power in Yreka, Calif., a local radio host hailed the crews " +
			"on the air: \"We are still here. Keep your lamps lit.\"",
		map[string]string{"We are still here. Keep your lamps lit.": "a local radio host"}},
}

func TestIntroPlace(t *testing.T) { runExactSpeakerCases(t, introPlaceCases) }

// hypotheticalSpeechCases are verbs of saying after a modal, inside a
// clause another speech verb reports: no one has said those words yet,
// so they are the reporting speaker's; a modal with no reporting verb
// before it keeps its own subject.
var hypotheticalSpeechCases = []speakerCase{
	{"a modal verb of saying inside a reported clause",
		"On a morning show, Mayor Ada Varn said she expected that voters will say \"no\" to the levy.",
		map[string]string{"no": "Ada Varn"}},
	{"a modal verb of saying with no reporting verb before it",
		"Governor Tom Reyle will say \"we owe the valley a debt\" in a speech on Friday.",
		map[string]string{"we owe the valley a debt": "Tom Reyle"}},
}

func TestHypotheticalSpeech(t *testing.T) { runExactSpeakerCases(t, hypotheticalSpeechCases) }

// tailPastModifierCases are quotes followed in their sentence by a quote
// that only modifies a noun, then the speaker: the speaker at the
// sentence's end said the first quote too.
var tailPastModifierCases = []speakerCase{
	{"a sentence-final speaker past a modifier quote",
		"Mara Quill runs the food bank. Quill said the new rules are unlikely to matter much. " +
			"Donations stayed \"level through the spring\" while shoppers saw a \"rough winter\" end, she said.",
		map[string]string{"level through the spring": "Mara Quill"}},
}

func TestTailPastModifier(t *testing.T) { runExactSpeakerCases(t, tailPastModifierCases) }
