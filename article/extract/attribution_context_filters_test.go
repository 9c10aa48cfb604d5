package extract_test

import "testing"

// contextFilterCases are shapes whose filters an earlier clean-up removed and
// an audit brought back: each text and its wanted speakers.
var contextFilterCases = []speakerCase{
	{"a quoted noun before a pronoun and a speech verb",
		"Tom Reyes has led the port board since 2019.\n\n" +
			"But the \"golden age\" he said would follow the merger never came.",
		map[string]string{"golden age": "Tom Reyes"}},
	{"a document noun before a preposition",
		"Ferry crossings fell again in May.\n\n" +
			"The audit of the port authority found \"no oversight\" at the pier.",
		map[string]string{"no oversight": "The audit of the port authority"}},
	{"a referring it before a speech verb and that",
		"Tom Reyes sent a letter to the ferry board last week.\n\n" +
			"It warned the board that the levy carries \"a real cost\" for families.",
		map[string]string{"a real cost": "Tom Reyes"}},
	{"a pronoun before a participle of saying",
		"Ada Voss and Tom Reyes argued over the fares for an hour, she insisting \"the crews come first\" " +
			"and he saying \"the budget comes first.\"",
		map[string]string{"the crews come first": "Ada Voss", "the budget comes first.": "Tom Reyes"}},
}

func TestContextFilters(t *testing.T) { runExactSpeakerCases(t, contextFilterCases) }
