package extract_test

import "testing"

// closingFrameTests are quotes inside a sentence whose narrative runs on
// past them to a frame that closes it; each text is invented.
var closingFrameTests = []speakerCase{
	{"long subject ending in a name, and a phrase after the verb",
		`Dredging stopped in March. "Any barge that enters the channel will be inspected" that could carry fuel from Harlow Bay, Port Authority deputy harbour counsel Ada Lee Voss wrote in a letter.`,
		map[string]string{"Any barge that enters the channel will be inspected": "Ada Lee Voss"}},
	{"short subject and a phrase of time after the verb",
		`Dredging stopped in March. Barges "will wait at anchor" while the channel is dredged and the two cranes at the north pier are repaired, and may be fined if they move, the harbour office said on Friday.`,
		map[string]string{"will wait at anchor": "the harbour office"}},
}

func TestClosingFrameAfterQuote(t *testing.T) { runExactSpeakerCases(t, closingFrameTests) }
