package extract_test

import "testing"

// frameFilterCases are filters brought back after a clean-up removed them
// for never firing on the corpus; each text is invented, one shape of
// news writing each. want maps a quote's text to its speaker.
var frameFilterCases = []speakerCase{
	{"a semicolon ends the clause a speaker after a quote runs in",
		`The vote was close. Ada Voss called the plan "a disgrace to the harbour" at the meeting; Tom Reyes said it was fair.`,
		map[string]string{"a disgrace to the harbour": "Ada Voss"}},
	{"a semicolon ends the aside a name after a quote opens",
		`The vote was close. Ada Voss called the plan "a disgrace to the harbour" Tuesday, hours before the vote; Tom Reyes, the mayor, said it was fair.`,
		map[string]string{"a disgrace to the harbour": "Ada Voss"}},
	{"a clause closing the sentence of a quote is no speaker's frame",
		`Ada Voss called the plan "a disgrace to the harbour" during a long speech at the town hall on Monday night, which was exactly what Tom Reyes had predicted she would say.`,
		map[string]string{"a disgrace to the harbour": "Ada Voss"}},
	{"a long role phrase closing the sentence of a quote speaks",
		`The nurses have worked "without a contract for far too long" at the county hospital and the two clinics in Tarnby since May, and should be paid, a spokeswoman for the nurses union said.`,
		map[string]string{"without a contract for far too long": "a spokeswoman for the nurses union"}},
	{"a name after a semicolon opens its clause with an appositive",
		`The fee was raised in May; Ada Voss, 52, a nurse from Tarnby, said: "We cannot pay it."`,
		map[string]string{"We cannot pay it.": "Ada Voss"}},
	{"an as-put-it aside before a conjunction names no speaker",
		`The ferry vote is in May. Tom Reyes argued that the plan was far from dead, as Ada Voss put it, but needed "a small miracle."`,
		map[string]string{"a small miracle.": "Tom Reyes"}},
	{"a name after according to is the source, not the agent of its participle",
		`According to Ada Voss, hired by the port last year, the fee is "a fair price."`,
		map[string]string{"a fair price.": "Ada Voss"}},
	{"a role after an inverted speech verb ends the frame of a quote",
		`Tom Reyes runs the port. The trouble, says the harbour master, "is that nobody listens."`,
		map[string]string{"is that nobody listens.": "the harbour master"}},
	{"a participle after a semicolon shares no verb of the clause before",
		`The fee is fair, said Tom Reyes; Ada Voss disagreed, calling it "a raid on the poor."`,
		map[string]string{"a raid on the poor.": "Ada Voss"}},
	{"a colon after a noun of speech makes the quote its owner's words",
		`Tom Reyes ignored Ada Voss's warning: "The pier will fall by winter."`,
		map[string]string{"The pier will fall by winter.": "Ada Voss"}},
	{"an adverb before the subordinator of an opening clause",
		`Just as Ada Voss said the fee was fair, Tom Reyes stood up: "That is a lie."`,
		map[string]string{"That is a lie.": "Tom Reyes"}},
	{"an as-clause before a semicolon is no clause right before a participle",
		`Ada Voss was in the hall as the fee was read out; she stood up, saying it was "a raid on the sick."`,
		map[string]string{"a raid on the sick.": "Ada Voss"}},
	{"a place's name before to and a speech verb is no object",
		`According to Ada Voss, Tom Reyes stood up at the Tarnby Town Hall to call the pier "a danger to the public."`,
		map[string]string{"a danger to the public.": "Tom Reyes"}},
}

func TestFrameFilters(t *testing.T) { runExactSpeakerCases(t, frameFilterCases) }
