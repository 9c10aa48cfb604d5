package extract_test

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// sourceTests are invented sentences of the shapes a speaker phrase must
// resolve: a description stands for a named person only when the text
// gave that person the role; a thing, a group or an unnamed person is its
// own source.
var sourceTests = []struct {
	name, text, quote, speaker string
	how                        extract.Attribution
}{
	{
		name:    "crowd is no person",
		text:    "Governor Lena Marsh spoke at the county fairground on Friday.\n\n\"Four more years!\" the crowd shouted.",
		quote:   "Four more years!",
		speaker: "the crowd",
	},
	{
		name:    "photo is no person",
		text:    "Pastor Dale Imhoff posted a picture of his church on Sunday. The photo carried a caption that read, \"Faith moves mountains, and so do volunteers.\"",
		quote:   "Faith moves mountains, and so do volunteers.",
		speaker: "The photo",
	},
	{
		name:    "deputy mayor is not the mayor",
		text:    "Deputy Mayor Ola Brandt toured the bus depot with Mayor Sam Hollis.\n\nThe buses ran late all winter, the deputy mayor said, and \"nobody warned the drivers.\"",
		quote:   "nobody warned the drivers.",
		speaker: "Ola Brandt",
	},
	{
		name: "deputy mayor is not the acting mayor",
		text: "Deputy Mayor Tomas Grell opened the meeting on the pier. " +
			"Acting Mayor Ada Voss closed it.\n\n" +
			"\"We cannot wait another year,\" the deputy mayor said.",
		quote:   "We cannot wait another year,",
		speaker: "Tomas Grell",
	},
	{
		name:    "unnamed teacher stays the teacher",
		text:    "Lene Sato runs the library. \"Our visits are up,\" Sato said.\n\nA teacher who helps at the desk on Saturdays said the heating fails.\n\n\"Nobody reads our memos,\" said the teacher, a parent herself.",
		quote:   "Nobody reads our memos,",
		speaker: "the teacher",
	},
	{
		name:    "epithet of the person the text is about",
		text:    "Tom Akers spent thirty years in operating rooms before he ran for the council.\n\nThe retired neurosurgeon said the plan \"would close two clinics.\"",
		quote:   "would close two clinics.",
		speaker: "Tom Akers",
		how:     extract.Inferred, // a description taken for a person is a guess
	},
	{
		name: "a role noun is the named person given it, not the last one named",
		text: "The pianist Ada Voss played at the harbour festival on Friday. " +
			"Tomas Grell, who organised it, thanked the crowd.\n\n" +
			"\"The hall was too cold for the strings,\" said the pianist.",
		quote:   "The hall was too cold for the strings,",
		speaker: "Ada Voss",
		how:     extract.Inferred,
	},
	{
		name:    "phrase subject of saying is inferred",
		text:    "The harbour board met for an hour on Tuesday, saying later that the new fares were \"out of reach for most families.\"",
		quote:   "out of reach for most families.",
		speaker: "The harbour board",
		how:     extract.Inferred,
	},
	{
		name:    "person subject of saying stays explicit",
		text:    "Mayor Ana Ruiz met the harbour board on Tuesday, saying later that the new fares were \"out of reach for most families.\"",
		quote:   "out of reach for most families.",
		speaker: "Ana Ruiz",
		how:     extract.Explicit,
	},
	{
		name:    "long phrase with no source head is inferred",
		text:    "\"Growth will slow for two more years,\" the region's biggest export market said on Friday.",
		quote:   "Growth will slow for two more years,",
		speaker: "the region's biggest export market",
		how:     extract.Inferred,
	},
	{
		name:    "source phrase stays explicit",
		text:    "\"Growth will slow for two more years,\" a senior trade official said on Friday.",
		quote:   "Growth will slow for two more years,",
		speaker: "a senior trade official",
		how:     extract.Explicit,
	},
	{
		name: "the former mayor is not the mayor",
		text: "Former mayor Ada Voss and Mayor Tom Reyes cut the ribbon.\n\n" +
			"\"I fought for this pier for ten years,\" the former mayor said.",
		quote:   "I fought for this pier for ten years,",
		speaker: "Ada Voss",
	},
	{
		name: "the former senator named in an apposition",
		text: "Ada Voss, a former senator, joined Sen. Tom Reyes at the rally.\n\n" +
			"\"This state deserves better,\" the former senator said.",
		quote:   "This state deserves better,",
		speaker: "Ada Voss",
	},
	{
		name: "the president is not the former president",
		text: "President Tom Reyes met former President Ada Voss at the summit on Monday.\n\n" +
			"\"We spoke about the harbour treaty,\" the former president told reporters.\n\n" +
			"\"It was a useful talk,\" the president said.",
		quote:   "It was a useful talk,",
		speaker: "Tom Reyes",
	},
}

func TestSourcePhrases(t *testing.T) {
	lx := lexicon(t)
	for _, tc := range sourceTests {
		t.Run(tc.name, func(t *testing.T) {
			a := extract.Analyze(tc.text, lx)
			for _, q := range a.Quotes {
				if q.Text != tc.quote {
					continue
				}
				if q.Speaker != tc.speaker {
					t.Errorf("speaker %q, want %q", q.Speaker, tc.speaker)
				}
				if tc.how != extract.Unattributed && q.How != tc.how {
					t.Errorf("attribution %v, want %v", q.How, tc.how)
				}
				return
			}
			t.Fatalf("quote %q not found in %+v", tc.quote, a.Quotes)
		})
	}
}

// garbageTests are invented sentences whose speaker phrase runs into its
// verb: the source is the noun phrase before it.
var garbageTests = []oneQuoteCase{
	{
		name:    "phrase cut before goes on to",
		text:    "The weekly column took aim at the council. The column goes on to call the budget \"a fantasy built on hope.\"",
		quote:   "a fantasy built on hope.",
		speaker: "The column",
	},
	{
		name:    "phrase cut before took",
		text:    "The newspaper took a harder line, saying the mayor had \"lost the city.\"",
		quote:   "lost the city.",
		speaker: "The newspaper",
	},
	{
		name:    "adviser to keeps its object",
		text:    "The ferry will stop in June. \"We were never asked,\" said a longtime adviser to the port.",
		quote:   "We were never asked,",
		speaker: "a longtime adviser to the port",
	},
}

func TestGarbageSources(t *testing.T) { runOneQuoteCases(t, garbageTests) }

// oneQuoteCase is a text and one quote of it with the exact speaker it
// must get.
type oneQuoteCase struct{ name, text, quote, speaker string }

// runOneQuoteCases analyses each case's text and checks its quote's
// speaker, word for word.
func runOneQuoteCases(t *testing.T, cases []oneQuoteCase) {
	t.Helper()
	lx := lexicon(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, q := range extract.Analyze(tc.text, lx).Quotes {
				if q.Text == tc.quote {
					if q.Speaker != tc.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker, tc.speaker)
					}
					return
				}
			}
			t.Fatalf("quote %q not found", tc.quote)
		})
	}
}
