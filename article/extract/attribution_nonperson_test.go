package extract_test

import "testing"

// verbAfterSourceTests are invented sentences whose subject phrase must
// end before its verb: a verb in -s that is no speech verb but quotes
// the subject's own words, or a bare speech verb before the pronoun
// that opens the reported clause.
var verbAfterSourceTests = []oneQuoteCase{
	{
		name:    "a verb in -s before the quote's article",
		text:    "Mayor Ines Daly spoke on Monday. The pamphlet celebrates the \"quiet streets\" of the new suburb.",
		quote:   "quiet streets",
		speaker: "The pamphlet",
	},
	{
		name:    "a verb in -s right before the quote",
		text:    "Coach Pavel Moran left in May. On its home page, the league lists \"fair play for every club\" as its first aim.",
		quote:   "fair play for every club",
		speaker: "the league",
	},
	{
		name:    "a verb in -s after an acronym, right before the quote",
		text:    "Ranger Ivo Lund retired last year. On its own website, the NPS lists \"the safety of every visitor\" as its first duty.",
		quote:   "the safety of every visitor",
		speaker: "the NPS",
	},
	{
		name:    "a bare speech verb before a subject pronoun",
		text:    "The fair opens on Saturday in the valley. Supporters of the plan say they want \"a fair hearing\" first.",
		quote:   "a fair hearing",
		speaker: "Supporters of the plan",
	},
}

func TestVerbAfterSource(t *testing.T) { runOneQuoteCases(t, verbAfterSourceTests) }

// loneSourceVerbTests are invented sentences whose subject is a lone
// pronoun of a source ("Another", "Others") before a verb in -ed or -s:
// the pronoun alone is the source.
var loneSourceVerbTests = []oneQuoteCase{
	{
		name:    "another before a verb in -ed",
		text:    "The museum printed two posters for the fair. One showed the old pier. Another featured three faded maps showing \"the town as it stood in 1900.\"",
		quote:   "the town as it stood in 1900.",
		speaker: "Another",
	},
}

func TestLoneSourceVerb(t *testing.T) { runOneQuoteCases(t, loneSourceVerbTests) }
