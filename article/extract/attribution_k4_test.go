package extract_test

import (
	"testing"
)

// k4Tests are quotes whose speaker stands past other words or sentences:
// continuations of an attributed quote, crowds, transcripts. Each text is
// invented, one shape of news writing each; want maps a quote's text to
// its speaker ("" for none).
var k4Tests = []speakerCase{
	{"a quote after an attributed one continues it past the next sentence's speaker",
		`"We are tenants," Ada Ode told the board. "We are not squatters." Piet Lind said he had heard enough.`,
		map[string]string{"We are not squatters.": "Ada Ode"}},
	{"a continuation keeps its speaker when the next sentence introduces another quote",
		`"The pier is safe," Ada Ode said. "It was checked in May." Piet Lind said: "Nobody has seen the report."`,
		map[string]string{"It was checked in May.": "Ada Ode", "Nobody has seen the report.": "Piet Lind"}},
	{"a question before NAME asked is the asker's",
		`"The pier is safe," Ada Ode said. "Who checked it?" Piet Lind asked.`,
		map[string]string{"Who checked it?": "Piet Lind"}},
	{"a single mark left after the closing mark",
		"Marta Quell spoke first.\n\n\"Every year there are stories - 'Oh, the farmers will never vote for him,\"' Piet Lind, a former director of the co-op, wrote in an email.",
		map[string]string{"Every year there are stories - 'Oh, the farmers will never vote for him,": "Piet Lind"}},
	{"a single mark after the closing mark, the subject before the quote another",
		"Marta Quell wrote a memo.\n\nThe harbour chief, Ivo Dahl, \"had me at 'free parking,\"' Ms. Quell wrote in her memo.",
		map[string]string{"had me at 'free parking,": "Marta Quell"}},
	{"the name after a role with a time phrase",
		`Cables from the period survive. Backed by Mr. Vance, the dockers' union was "trying hard to clean up its name," wrote the British ambassador at the time, Ann J. Pollard.`,
		map[string]string{"trying hard to clean up its name,": "Ann J. Pollard"}},
	{"the name after a role, with an affiliation after the name",
		`The court is short of judges. "The court will sit short-handed all year," said another well-known trial lawyer, Ann J. Pollard of the firm Mayer Holt.`,
		map[string]string{"The court will sit short-handed all year,": "Ann J. Pollard"}},
	{"two titles joined by and before the name",
		`Party officials expect a close race. "He pulled the same trick in 2010," said former Maine Gov. and Harbour Party Chairman Carl Moberg.`,
		map[string]string{"He pulled the same trick in 2010,": "Carl Moberg"}},
	{"a capitalized verb in a title-case digest line",
		"Mayor Marta Quell spoke to harbour investors for years.\n\nMarta Quell Hailed \u201cBold Steps For Small Ports\u201d And \u201cA Dock Where Every Boat Pays Its Share.\u201d \u201cThe fees are fair. As Hugo told me, a full dock is a happy dock,\u201d she said.\n\nQuell Said Of The Quay, \u201cThe Money Must Stay With Us.\u201d",
		map[string]string{"A Dock Where Every Boat Pays Its Share.": "Marta Quell", "The Money Must Stay With Us.": "Marta Quell"}},
	{"a sentence-final said NAME past a short quote covers the quote before it",
		`Inspectors looked at both ferries last spring and saw "no link worth a mention," apart from the crews meeting "now and then" in a canteen by the quay, said the port's chief inspector, Ann B. Pollard, on Monday.`,
		map[string]string{"no link worth a mention,": "Ann B. Pollard", "now and then": "Ann B. Pollard"}},
	{"cries from a crowd after the quote",
		"The chairman called for a show of hands. \u201cCount the votes,\u201d came shouts from the gallery, as the hall booed. (\u201cI will not have a brawl,\u201d said one delegate.)",
		map[string]string{"Count the votes,": "the gallery", "I will not have a brawl,": "one delegate"}},
}

func TestAttributionK4(t *testing.T) { runExactSpeakerCases(t, k4Tests) }
