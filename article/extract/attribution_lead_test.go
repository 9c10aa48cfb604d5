package extract_test

import "testing"

// subjectExtentCases are sentences whose subject phrase must stop where
// the noun phrase does.
var subjectExtentCases = []speakerCase{
	{"an adverb before the verb",
		"Ivo Lind lost the vote on Monday.\n\nHis team swiftly mailed a note to members stating, \"We are not worried about the vote at all.\"",
		map[string]string{"We are not worried about the vote at all.": "His team"}},
}

// accordingToCases are sources named by "according to".
var accordingToCases = []speakerCase{
	{"a speech verb's form used as a noun",
		"Trade in the north was flat.\n\n\"Outlooks were mostly hopeful, though a few firms voiced worry,\" according to the report.",
		map[string]string{"Outlooks were mostly hopeful, though a few firms voiced worry,": "the report"}},
}

func TestAccordingTo(t *testing.T) { runSpeakerCases(t, accordingToCases) }

// participleAfterReportCases are participles after a reporting clause
// that follows the reported words: the participle is the reporter's.
var participleAfterReportCases = []speakerCase{
	{"words between the verb and the comma",
		"The board sat late on Thursday.\n\nVoters have gone quiet, Ada Voss suggested at a dinner Tuesday, wondering why they aren't \"out in force.\"",
		map[string]string{"out in force.": "Ada Voss"}},
	{"a time after the verb",
		"The board sat late on Thursday.\n\nThe plan is dead, Ivo Lind said on Monday, calling it \"a grim hour for the harbor.\"",
		map[string]string{"a grim hour for the harbor.": "Ivo Lind"}},
}

func TestParticipleAfterReport(t *testing.T) { runSpeakerCases(t, participleAfterReportCases) }

func TestSubjectExtent(t *testing.T) { runSpeakerCases(t, subjectExtentCases) }
