package extract_test

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// phraseFilterCases are filters of speaker phrases that the corpus never
// needed, each with an invented paragraph where the filter decides the
// speaker.
var phraseFilterCases = []speakerCase{
	{"a post that opens with a handle or a hashtag is speech",
		"\"@TomReyes you are wrong about the ferry,\" Ada Voss wrote on Monday. " +
			"\"#Tarnby deserves a night boat,\" she added.",
		map[string]string{"@TomReyes you are wrong about the ferry,": "Ada Voss",
			"#Tarnby deserves a night boat,": "Ada Voss"}},
	{"a capitalized word in -ed is a name's, not a verb",
		"\"We will appeal the ruling,\" an official with Tarnby United Football Club said on Monday.",
		map[string]string{"We will appeal the ruling,": "an official with Tarnby United Football Club"}},
	{"an apostrophe before a decade opens no single quote",
		"Ada Voss grew up in Tarnby in the '90s, when the mill still ran. " +
			"'It was a good town then,' she said.\n\n" +
			"Tom Reyes, who coached the '08 team, said the club was 'in real trouble.'",
		map[string]string{"It was a good town then,": "Ada Voss", "in real trouble.": "Tom Reyes"}},
	{"a passive naming verb after an adverb names no one",
		"Ada Voss drew up the levy last year. The levy was widely dubbed \"the Voss tax.\"\n\n" +
			"Tom Reyes wrote the bill. His bill is jokingly called \"the Reyes rule.\"",
		map[string]string{"the Voss tax.": "", "the Reyes rule.": ""}},
	{"a capitalized word of a signature's affiliation is no verb",
		"Readers wrote in about the ferry.\n\n" +
			"\"Bring back the night boat. We are cut off after six.\" ― Tom Reyes, Will Harbor, Tarnby\n\n" +
			"\"The fares are too high for families like mine.\" " +
			"― Ada Voss, editor, Who Rides Tarnby blog",
		map[string]string{"Bring back the night boat. We are cut off after six.": "Tom Reyes",
			"The fares are too high for families like mine.": "Ada Voss"}},
	{"a subject with an acronym in brackets is no dateline",
		"The union of pilots (TUP) — Ada Voss leads it — said, \"We will strike in May.\"",
		map[string]string{"We will strike in May.": "The union of pilots"}},
	{"a naming verb in the present tense is active",
		"Tom Reyes leads the union. The union brands the deal \"theft\" in its flyers.\n\n" +
			"Ada Voss drew up the levy. The farmers term it \"robbery\" at every meeting.",
		map[string]string{"theft": "The union", "robbery": "The farmers"}},
	{"a name with no role after a relative clause is the last noun's",
		"A neighbor of the man who runs the ferry, Tom Reyes, still rides it daily and told the council " +
			"that the timetable was \"a joke.\"",
		map[string]string{"a joke.": "A neighbor of the man"}},
}

func TestPhraseFilters(t *testing.T) { runExactSpeakerCases(t, phraseFilterCases) }

// phraseFilterUnlisted are invented texts and quotes in them that are no
// one's speech, so no quote of that text may be listed.
var phraseFilterUnlisted = []struct {
	name, text string
	not        []string
}{
	{"a handle and a score are no speech",
		"The council's account, \"@TarnbyCouncil,\" said the meeting was delayed.\n\n" +
			"Tom Reyes said the final tally was \"4-3, 2-1, 12.\" He said the result was \"a fluke.\"",
		[]string{"@TarnbyCouncil,", "4-3, 2-1, 12."}},
	{"a title with a dash or an ampersand is no speech",
		"Ada Voss, who hosts \"Tarnby & Beyond\" on Harbor Radio, said the show would end in May.\n\n" +
			"Tom Reyes wrote \"Tarnby – Then and Now,\" a history of the mill town, in 2019.",
		[]string{"Tarnby & Beyond", "Tarnby – Then and Now,"}},
	{"dashes count for no words of a long title",
		"Tom Reyes wrote \"Tarnby – Then and Now – The Mill Years,\" a history of the town, in 2019.",
		[]string{"Tarnby – Then and Now – The Mill Years,"}},
	{"a long title after a verb of naming is no one's words",
		"Ada Voss called her memoir \"A Life On The Tarnby Docks\" at the launch on Friday.\n\n" +
			"Tom Reyes dubbed his new boat \"The Pride Of Tarnby Harbor\" last spring.",
		[]string{"A Life On The Tarnby Docks", "The Pride Of Tarnby Harbor"}},
	{"a noun in -ly before a naming participle is no adverb",
		"In Tarnby, a family dubbed \"the Harbour Five\" spoke to reporters on Monday.\n\n" +
			"Ada Voss runs the bakery. A rally dubbed \"Bread Not Bombs\" drew crowds.",
		[]string{"the Harbour Five", "Bread Not Bombs"}},
}

func TestPhraseFiltersUnlisted(t *testing.T) {
	lx := lexicon(t)
	for _, tc := range phraseFilterUnlisted {
		t.Run(tc.name, func(t *testing.T) {
			a := extract.Analyze(tc.text, lx)
			for _, q := range a.Quotes {
				for _, not := range tc.not {
					if q.Text == not {
						t.Errorf("quote %q listed, speaker %q", q.Text, q.Speaker)
					}
				}
			}
		})
	}
}
