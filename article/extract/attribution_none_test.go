package extract

import "testing"

// beatParagraphTests are quotes that stand alone in their paragraph
// after a beat, a few words of narration that name no one: the exchange
// goes on in the words of the last speaker before the beat, however
// many beats back the name stands.
var beatParagraphTests = []frameCase{
	{"beats of a few words",
		"Tomas Grell runs the ferry desk at night.\n\n\"Ferry office, how can I help?\" Grell said into the receiver.\n\nHe listens.\n\n\"I see. And when did you book?\"\n\nA long wait.\n\n\"No, the last boat has gone. Try the bus in the morning.\"",
		[]string{"Tomas Grell|Grell"}, map[string]string{"No, the last boat has gone. Try the bus in the morning.": "Tomas Grell"}},
	{"a beat that names someone else",
		"Tomas Grell runs the ferry desk at night.\n\n\"Ferry office, how can I help?\" Grell said into the receiver.\n\nHe listens.\n\n\"I see. And when did you book?\"\n\nIda Marek walks in.\n\n\"Is the last boat gone already? I need to get across tonight.\"",
		[]string{"Tomas Grell|Grell", "Ida Marek|Marek"}, map[string]string{"Is the last boat gone already? I need to get across tonight.": "Ida Marek"}},
}

func TestBeatParagraph(t *testing.T) { runFrameCases(t, beatParagraphTests) }
