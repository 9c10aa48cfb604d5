package extract_test

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// phraseCutTests are invented sentences whose speaker phrase must be cut
// whole: a hyphenated adjective in -ed is no verb that ends the subject,
// and a name with an Arabic article in lower case is still a name.
var phraseCutTests = []oneQuoteCase{
	{
		name: "a hyphenated adjective in -ed does not end the subject",
		text: "Ivan Petrov has hosted the show since 2009. Later in the clip, the far-right Kremlin-backed host Ivan Petrov, " +
			"who lost his seat in 2019, is seen shouting: \"Your ferries will stop and your lights will go out.\"",
		quote:   "Your ferries will stop and your lights will go out.",
		speaker: "Ivan Petrov",
	},
	{
		name: "a surname with a lower-case article ends a description",
		text: "Yusuf al-Masri preached in the port for years. In the new clip, the exiled preacher Yusuf al-Masri " +
			"is seen warning: \"Your harbors will empty and nobody will mourn them.\"",
		quote:   "Your harbors will empty and nobody will mourn them.",
		speaker: "Yusuf al-Masri",
	},
	{
		name:    "a nickname in a name does not cut the frame after a quote",
		text:    nicknameText,
		quote:   "What a fine night for our next governor, Ada Voss!",
		speaker: "Lorna Diaz",
	},
	{
		name:    "a nickname in a name does not cut the speaker at a parenthesis",
		text:    nicknameText,
		quote:   "The whole region is watching us. We must stand with her.",
		speaker: "Lorna Diaz",
	},
	{
		name: "a long source phrase is not cut after a possessive",
		text: "\"If the ferry fails in March, the whole plan goes down with it,\" said one well-placed Republican " +
			"close to the new governor's team, who asked not to be named.",
		quote:   "If the ferry fails in March, the whole plan goes down with it,",
		speaker: "one well-placed Republican close to the new governor's team",
	},
	{
		name:    "a verb that says something goes on reports no words",
		text:    "The harbor survey, released on Friday, said most ports in the region continued to grow at a \"slow but steady pace.\"",
		quote:   "slow but steady pace.",
		speaker: "The harbor survey",
	},
	{
		name: "a long relative clause after the subject ends at the comma before the verb",
		text: "The harbor board met on Friday.\n\nThe review which gathers the views of bankers, traders and others " +
			"in the nine Port Authority districts, said most ports kept growing at a \"slow but steady pace.\"",
		quote:   "slow but steady pace.",
		speaker: "The review",
	},
	{
		name:    "a bare verb agrees with a plural head before a prepositional phrase",
		text:    "Mayor Ada Voss spoke on Monday. Leaders of the union say the plan is \"dead on arrival.\"",
		quote:   "dead on arrival.",
		speaker: "Leaders of the union",
	},
	{
		name:    "a document noun opening the sentence before a preposition is no verb",
		text:    "Mayor Ada Voss spoke on Monday. Notes on the meeting describe talk of a \"side deal\" between the two boards.",
		quote:   "side deal",
		speaker: "Notes on the meeting",
	},
	{
		name:    "a plural head before a phrase with a possessive in -s'",
		text:    "Mayor Ada Voss spoke on Monday. Leaders of the dockworkers' union say the plan is \"dead on arrival.\"",
		quote:   "dead on arrival.",
		speaker: "Leaders of the dockworkers' union",
	},
	{
		name:    "a subject keeps the place its preposition ties to the noun",
		text:    "A resort plan in Oregon advertises a link to \"the finest builder in the West\" and an easy loan.",
		quote:   "the finest builder in the West",
		speaker: "A resort plan in Oregon",
	},
	{
		name: "words that run on from a quote hold no subject, but a clause opened in them does",
		text: "Tom Lund ran the port for years, and his sister Ada Lund now wants the job.\n\n" +
			"While Tom Lund could count on the \"old guard\" voters in 2004, when he built his run around the " +
			"\"forgotten ferry towns,\" Ada Lund has struggled to find a theme.",
		quote:   "forgotten ferry towns,",
		speaker: "Tom Lund",
	},
	{
		name: "a describing participle after a comma is a passive that names no one",
		text: "Ada Voss spoke on Monday. A newly released memo obtained by Harbor Watch, the local watchdog group, through " +
			"records requests shows the name of Mr. Lund, described as one of the port's \"most generous donors,\" among the guests at a dinner.",
		quote:   "most generous donors,",
		speaker: "",
	},
	{
		name: "a speech noun's owner past a phrase with capitals before its that-clause",
		text: "Ada Voss has led the port board since 2012. A new citizens group called Port 30 ran its first radio spots " +
			"in Salem and Bend using her remarks before a special Senate budget panel that \"I was in charge of most of it\" in the port's budget.",
		quote:   "I was in charge of most of it",
		speaker: "Ada Voss",
	},
	{
		name: "a describing verb's complement does not borrow the next sentence's speaker",
		text: "Lena Ortiz, the ship's cook, had sailed for years. A neighbor referred to her as \"the kindest person on " +
			"the whole island\" in an online tribute. She had \"loved the sea since she was 6,\" her old teacher told the Courier.",
		quote:   "the kindest person on the whole island",
		speaker: "A neighbor",
	},
}

// nicknameText has a speaker with a nickname in quotation marks and a
// party label in parentheses.
const nicknameText = "Sen. Ada Voss opened the county fair on Sunday.\n\n" +
	"\"What a fine night for our next governor, Ada Voss!\" Voss's cousin, state Rep. Lorna \"Lulu\" Diaz (R-Fall River), " +
	"yelled to the crowd. \"The whole region is watching us. We must stand with her.\""

func TestPhraseCuts(t *testing.T) { runOneQuoteCases(t, phraseCutTests) }

// TestRunOnWordsNoSubject checks that the words that run on from a quote
// in its sentence, the rest of its clause, give the next quote no
// speaker: a quote listed there has none of their nouns as its speaker
// (invented sentences).
func TestRunOnWordsNoSubject(t *testing.T) {
	for _, tc := range []struct{ text, quote, notSpeaker string }{
		{"A weekend angler rarely gets to \"keep\" a catch by counting small and large fish together (though the fishing " +
			"board once permitted a looser \"bag swap,\" as it does today for licensed guides).", "bag swap,", "a catch"},
	} {
		for _, q := range extract.Analyze(tc.text, lexicon(t)).Quotes {
			if q.Text == tc.quote && q.Speaker == tc.notSpeaker {
				t.Errorf("%q given to %q", tc.quote, q.Speaker)
			}
		}
	}
}
