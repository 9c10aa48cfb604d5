package extract_test

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// unsettledCases are quotes whose speaker the text does not settle: they
// are listed with no speaker rather than given the nearest subject.
var unsettledCases = []speakerCase{
	{"scare quote with no speech act",
		"Mara Voss runs the clinic on Elm Street.\n\nIn May it was shut for \"deep cleaning.\"",
		map[string]string{"deep cleaning.": ""}},
	{"words on a sign",
		"Ada Berg crossed the finish line first. She said her coach had \"pushed her through every winter.\"\n\nAlong the road, fans held up placards that read \"Berg for council!\"",
		map[string]string{"pushed her through every winter.": "Ada Berg", "Berg for council!": ""}},
	{"chants",
		"Oskar Brandt took the stage at noon.\n\nHe was met with chants of \"Four more years\" from the back rows.",
		map[string]string{"Four more years": ""}},
}

// carryCases are quotes that nothing attributes after a quote by a
// document or an organisation: the source goes on.
var carryCases = []speakerCase{
	{"document goes on",
		"Mayor Ada Voss signed the order on Monday.\n\n\"The order breaks the charter,\" the lawsuit says.\n\nIt goes further. \"The city ignored every warning from its residents.\"",
		map[string]string{"The city ignored every warning from its residents.": "the lawsuit"}},
	{"a person named between",
		"Mayor Ada Voss signed the order on Monday.\n\n\"The order breaks the charter,\" the lawsuit says.\n\nVoss is unmoved. \"The city heard every warning from its residents.\"",
		map[string]string{"The city heard every warning from its residents.": "Ada Voss"}},
}

func TestCarriedSource(t *testing.T) { runSpeakerCases(t, carryCases) }

func TestUnsettledSpeakers(t *testing.T) {
	runSpeakerCases(t, unsettledCases)
	// an unsettled quote is listed, as no one's
	a := extract.Analyze(unsettledCases[0].text, lexicon(t))
	if len(a.Quotes) != 1 || a.Quotes[0].How != extract.Unattributed {
		t.Errorf("quotes %+v, want one unattributed", a.Quotes)
	}
}
