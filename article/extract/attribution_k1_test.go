package extract

import "testing"

// k1Tests are quotes whose speaker is the subject of the reporting verb
// while another name in the sentence stands closer to the quote or opens
// the sentence: an opening clause's subject, a name after the quote in
// another clause, the owner of a nested speech noun.
var k1Tests = []frameCase{
	{"adverb before an opening subordinate clause",
		`Even before Ida Marek took the podium on Saturday to claim her seat, her campaign mailed a note to volunteers saying: "The recount is over, and we won!"`,
		[]string{"Ida Marek|Marek"}, map[string]string{"The recount is over, and we won!": "her campaign"}},
	{"sentence adverb between the subject and its verb",
		`The two senators, however, argue that "the rule is clear," citing a case in which a clerk was fined.`,
		nil, map[string]string{"the rule is clear,": "The two senators"}},
	{"short phrase between the subject and its verb",
		"Ines Adler chairs the port board.\n\nPort officials, for example, say the plan is \"dead in the water\" this year.",
		[]string{"Ines Adler|Adler"}, map[string]string{"dead in the water": "Port officials"}},
	{"participle coordinated with an earlier one",
		`Critics were quick to respond, with Lena Ode posting that the levy was a "scandal" for the valley and asking, "Who signed off on this?"`,
		[]string{"Lena Ode|Ode"}, map[string]string{"Who signed off on this?": "Lena Ode"}},
	{"quote joined to the one before, another clause after",
		`The mayor's office said she would "back the plan" but "not campaign for it," while Tomas Grell and Ines Adler said they would wait.`,
		[]string{"Tomas Grell|Grell", "Ines Adler|Adler"}, map[string]string{"not campaign for it,": "The mayor's office"}},
	{"calling another's words by a name",
		`Mr. Lind, who has called Ms. Ode's comments "plainly reckless," voted no on Tuesday.`,
		[]string{"Tomas Lind|Lind", "Vera Ode|Ode"}, map[string]string{"plainly reckless,": "Tomas Lind"}},
	{"one speech noun describing another",
		`The council mocked Ada Voss's remark describing Lee Ode's statement that he had opposed the dam as "a fairy tale."`,
		[]string{"Ada Voss|Voss", "Lee Ode|Ode"}, map[string]string{"a fairy tale.": "Ada Voss"}},
	{"quote inside an opening clause, a speech verb in the main one",
		`Even as Mayor Ruiz has often said that she opposes any "new taxes" on farms, her cabinet continues to raise fees.`,
		[]string{"Carla Ruiz|Ruiz"}, map[string]string{"new taxes": "Carla Ruiz"}},
}

func TestAttributionK1(t *testing.T) { runFrameCases(t, k1Tests) }
