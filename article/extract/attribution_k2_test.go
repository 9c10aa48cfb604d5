package extract_test

import "testing"

// asReportedBlockCases are block quotes set up by a paragraph that opens
// with an "As X reported," clause and ends in a colon: X is the source of
// the quoted passage, not the subject of that paragraph's sentence.
var asReportedBlockCases = []speakerCase{
	{"as a paper reported, before a block quote",
		"The council voted on the budget late on Tuesday.\n\n" +
			"As the Valley Courier reported, as late as Wednesday the finance committee would not describe the lost ledgers as a theft:\n\n" +
			"\"The committee has declined all requests for the minutes, pointing to a review that may take several weeks to finish.\n\n" +
			"\"Members who were asked about the delay at the town hall would not say when the review began.\"",
		map[string]string{
			"The committee has declined all requests for the minutes, pointing to a review that may take several weeks to finish.": "the Valley Courier",
			"Members who were asked about the delay at the town hall would not say when the review began.":                         "the Valley Courier",
		}},
}

func TestAsReportedBlock(t *testing.T) { runSpeakerCases(t, asReportedBlockCases) }

// accordingToBothCases are sources named by "according to X and Y,":
// the comma closes the phrase, so both conjuncts are the source.
var accordingToBothCases = []speakerCase{
	{"according to two nouns joined by and",
		"The vote is on Friday.\n\nAccording to her aides and donors, Senator Ines Varga has fretted for weeks that her \"steady hand\" pitch sounds stale to angry voters.",
		map[string]string{"steady hand": "her aides and donors"}},
}

func TestAccordingToBoth(t *testing.T) { runSpeakerCases(t, accordingToBothCases) }

// accordingToAuthorCases are sources named by "according to" and a
// document someone wrote, whose speech verb must not make the whole
// phrase the speaker.
var accordingToAuthorCases = []speakerCase{
	{"according to a memo a person wrote",
		"Ada Voss, the harbour master, has warned for years about the pier.\n\n" +
			"According to a memo Ada Voss wrote last week, the port is \"close to collapse.\"",
		map[string]string{"close to collapse.": "Ada Voss"}},
}

func TestAccordingToAuthor(t *testing.T) { runSpeakerCases(t, accordingToAuthorCases) }

// capitalsRunInCases are newsletter items whose headline in capitals
// runs into the first sentence: the subject comes after the headline.
var capitalsRunInCases = []speakerCase{
	{"headline in capitals before the subject",
		"FERRY FARES RISE AGAIN Transport minister Ada Kell defended the rise on Monday.\n\n" +
			"HARBOUR CREWS WALK OFF THE JOB The crews cited \"unpaid overtime, broken winches and weeks without a day of rest.\" [Courier]",
		map[string]string{"unpaid overtime, broken winches and weeks without a day of rest.": "The crews"}},
}

func TestCapitalsRunIn(t *testing.T) { runSpeakerCases(t, capitalsRunInCases) }

// ownerlessSayingCases are quotes right after a noun for a saying that
// belongs to no one: no person of the text speaks them.
var ownerlessSayingCases = []speakerCase{
	{"an old adage before the quote",
		"Mayor Ada Kell missed the last ferry on Monday and blamed the harbour board.\n\n" +
			"The old adage, \"the tide waits for no one\" seemed to fit the mood at the pier as the board met.",
		map[string]string{"the tide waits for no one": ""}},
}

func TestOwnerlessSaying(t *testing.T) { runSpeakerCases(t, ownerlessSayingCases) }

// authorOfNounCases are "according to" phrases naming a speech or a
// paper by its maker in a relative clause: the maker is the source.
var authorOfNounCases = []speakerCase{
	{"according to a speech a named person gave",
		"The levy plan is back.\n\nIt is meant to curb \"speculative\" buyers and steady rents over the long run, according to a speech Mayor Ada Voss gave at the Galt fair in May.",
		map[string]string{"speculative": "Ada Voss"}},
}

func TestAuthorOfNoun(t *testing.T) { runSpeakerCases(t, authorOfNounCases) }
