package extract_test

import "testing"

// documentParticipleTests are quotes in the complement of a participle
// of speech that describes a document ("after the gazette's editorial
// telling him to …"): the document speaks, not the sentence's subject; a
// document the subject issues stays the subject's. The texts are
// invented.
var documentParticipleTests = []speakerCase{
	{"an editorial after a preposition",
		`Mayor Ines Ruiz did attend the fair, but only after the gazette's editorial telling her to leave her "ivory tower" behind.`,
		map[string]string{"ivory tower": "the gazette's editorial"}},
	{"a letter after a preposition",
		`Coach Tomas Brandt came back in May, after a letter urging him to end his "long holiday" at the lake.`,
		map[string]string{"long holiday": "a letter"}},
	{"a statement the subject issued",
		`Mayor Ines Ruiz issued a statement saying the fair was "a triumph."`,
		map[string]string{"a triumph.": "Ines Ruiz"}},
}

func TestDocumentParticiple(t *testing.T) { runExactSpeakerCases(t, documentParticipleTests) }
