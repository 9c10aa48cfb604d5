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

// passiveScareTests are short scare quotes in a sentence whose subject
// undergoes a passive verb that is no verb of saying: the subject says
// nothing there, so the quote has no speaker; an active verb keeps its
// subject as the speaker.
var passiveScareTests = []frameCase{
	{"a passive past an aside",
		"Pia Holm and Ivo Brandt flew back to Oslo on Monday, the club said.\n\nHolm, who coaches the junior team, had been hospitalized with a \"severe infection\" in Bergen. According to the club, Brandt said he went along because \"the team can wait for us, but I cannot leave her alone.\"",
		[]string{"Pia Holm|Holm", "Ivo Brandt|Brandt"}, map[string]string{"severe infection": ""}},
	{"an active verb keeps the subject",
		"Pia Holm and Ivo Brandt flew back to Oslo on Monday, the club said.\n\nHolm, who coaches the junior team, praised the \"fearless young side\" in Bergen. According to the club, Brandt said he went along because \"the team can wait for us, but I cannot leave her alone.\"",
		[]string{"Pia Holm|Holm", "Ivo Brandt|Brandt"}, map[string]string{"fearless young side": "Pia Holm"}},
}

func TestPassiveScare(t *testing.T) { runFrameCases(t, passiveScareTests) }

// expletiveSubjectTests are quotes in a sentence that opens with an
// expletive "it" and a clause after "that": the subject of that clause
// is the sentence's real subject, and the quotes are its words.
var expletiveSubjectTests = []frameCase{
	{"a list of mottos after it has not helped that",
		"Tomas Grell leads the dock union.\n\nIt has not helped that the union has tried a dozen mottos, from backing \"fair shifts\" to \"one port\" and \"no night cuts,\" aimed at the owners' plans.",
		[]string{"Tomas Grell|Grell"}, map[string]string{"fair shifts": "the union", "one port": "the union", "no night cuts,": "the union"}},
	{"it is true that",
		"Ida Marek is running for mayor.\n\nIt is true that Marek has promised \"cheaper buses\" in every district.",
		[]string{"Ida Marek|Marek"}, map[string]string{"cheaper buses": "Ida Marek"}},
}

func TestExpletiveSubject(t *testing.T) { runFrameCases(t, expletiveSubjectTests) }

// particleSpeechTests are verbs that report speech with their particle
// ("sounded off", "weighed in", "lashed out"): the subject of one says
// the short phrase its sentence quotes.
var particleSpeechTests = []frameCase{
	{"sounded off",
		"Mara Quist lost her record deal this spring after fans mocked her age.\n\nSince then, the \"Harbor Lights\" singer has sounded off against the notion that anyone is \"too old to tour.\"",
		[]string{"Mara Quist|Quist"}, map[string]string{"too old to tour.": "Mara Quist"}},
	{"weighed in",
		"Ivo Brandt hosts a morning radio show.\n\nSince May, the \"Dock Talk\" host has weighed in on whether the new pier is \"too costly by half.\"",
		[]string{"Ivo Brandt|Brandt"}, map[string]string{"too costly by half.": "Ivo Brandt"}},
}

func TestParticleSpeech(t *testing.T) { runFrameCases(t, particleSpeechTests) }

// givenNameSubjectTests are subjects whose name has a given name that
// ends like a past tense ("Ted", "Ahmed"): it is part of the name, not
// the verb that ends the subject.
var givenNameSubjectTests = []frameCase{
	{"a title, then a given name in -ed",
		"Voters in the poll named the ferry plan their top worry.\n\nLiberal Senate hopeful Sen. Fred Hollis was also critical of the plan, telling the Courier: \u201cThe ferry plan is a waste of money that no one asked for.\n\n\u201cInstead of new boats, the city should fix the roads.\u201d",
		[]string{"Fred Hollis|Hollis"}, map[string]string{"The ferry plan is a waste of money that no one asked for.": "Fred Hollis"}},
}

func TestGivenNameSubject(t *testing.T) { runFrameCases(t, givenNameSubjectTests) }

// pronounFrameTests are quotes whose own frame is a pronoun and a verb
// of saying ("…," he wrote.) when no one of that gender is near: the
// woman quoted just before is not "he", so the quote has no speaker.
var pronounFrameTests = []frameCase{
	{"he after a woman's quotes",
		"Mayor Lena Ode spoke at the harbor on Monday.\n\n\"The ferries will run all winter,\" Ode said. She then praised the crews.\n\n\"We never once missed a crossing in the storms,\" Ode said.\n\n\"To the mayor, the crews are a photo op and nothing more,\" he wrote.",
		[]string{"Lena Ode|Ode"}, map[string]string{"To the mayor, the crews are a photo op and nothing more,": ""}},
}

func TestPronounFrame(t *testing.T) { runFrameCases(t, pronounFrameTests) }

// introAppositiveTests are sentences whose opening phrase ends with a
// noun and a name in apposition to it, before the real subject: the
// name in the opening phrase is not the one a "he" after the subject
// stands for.
var introAppositiveTests = []frameCase{
	{"a name in apposition, then the subject",
		"Mayor Tomas Ode spoke at the harbor on Monday. \"We will rebuild,\" Ode said.\n\nRegarding his newest challenger, Mr. Ivo Brandt, Mr. Ode was asked whether he still believed the union vote was \"a real pleasure\" for the city.",
		[]string{"Tomas Ode|Ode", "Ivo Brandt|Brandt"}, map[string]string{"a real pleasure": "Tomas Ode"}},
}

func TestIntroAppositive(t *testing.T) { runFrameCases(t, introAppositiveTests) }
