package extract_test

import "testing"

// subjectOwnerTests are pronouns whose antecedent owns the thing that is
// the previous sentence's subject, with another name in its object; each
// text is invented.
var subjectOwnerTests = []speakerCase{
	{"possessor of the subject outranks a name in the object",
		`Tom Lind backed the dam last spring. Ian Holm's column also faulted Lind for the delay. He calls the dam "a monument to drift."`,
		map[string]string{"a monument to drift.": "Ian Holm"}},
	{"name after of in the subject is the antecedent",
		"Pia Holm opened the hearing.\n\nA video of Lena Marsh plays next. \"We will not back down,\" she says.",
		map[string]string{"We will not back down,": "Lena Marsh"}},
}

func TestPronounAfterSubjectOwner(t *testing.T) { runExactSpeakerCases(t, subjectOwnerTests) }
