package extract_test

import "testing"

// nicknameTests are names with a nickname in quotation marks between the
// first name and the surname; each text is invented.
var nicknameTests = []speakerCase{
	{"straight quotes around the nickname",
		"The ferry left at dawn. Tomas \"Tito\" Varga of Eastport rode it twice. \"I missed my stop,\" he said.",
		map[string]string{"I missed my stop,": "Tomas Varga"}},
	{"curly quotes around the nickname",
		"The ferry left at dawn. Retired pilot Greta \u201cBirdie\u201d Holm sat on deck. \u201cNot a cloud,\u201d she said.",
		map[string]string{"Not a cloud,": "Greta Holm"}},
}

func TestNicknameInName(t *testing.T) { runExactSpeakerCases(t, nicknameTests) }
