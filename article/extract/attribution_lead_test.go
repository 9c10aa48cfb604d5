package extract_test

import "testing"

// subjectExtentCases are sentences whose subject phrase must stop where
// the noun phrase does.
var subjectExtentCases = []speakerCase{
	{"an adverb before the verb",
		"Ivo Lind lost the vote on Monday.\n\nHis campaign swiftly fired off an email to supporters stating, \"We are not worried about the vote at all.\"",
		map[string]string{"We are not worried about the vote at all.": "His campaign"}},
}

func TestSubjectExtent(t *testing.T) { runSpeakerCases(t, subjectExtentCases) }
