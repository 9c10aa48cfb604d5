package extract_test

import "testing"

// k8Tests are invented sentences whose source is no named person: a
// share of those polled, or a document named with the words that tell
// which one it is.
var k8Tests = []oneQuoteCase{
	{
		name:    "each percent share speaks its own words",
		text:    "The council asked tenants about the rent freeze, to which 37 percent said \"it came far too late\" and 12 percent said \"it saved our home.\"",
		quote:   "it came far too late",
		speaker: "37 percent",
	},
	{
		name:    "second percent share",
		text:    "The council asked tenants about the rent freeze, to which 37 percent said \"it came far too late\" and 12 percent said \"it saved our home.\"",
		quote:   "it saved our home.",
		speaker: "12 percent",
	},
	{
		name:    "percent sign share before a while clause",
		text:    "Among commuters, 40% said the boats were \"always late on Mondays,\" while a third said \"the crews are doing their best.\"",
		quote:   "always late on Mondays,",
		speaker: "40%",
	},
	{
		name:    "most as a share",
		text:    "Eight of the twelve bakers polled expect dearer flour; most said they were \"already cutting shifts.\"",
		quote:   "already cutting shifts.",
		speaker: "most",
	},
	{
		name:    "a document keeps the participle that tells which one",
		text:    "Mayor Ada Voss met the union on Friday. The port's claim \"has no basis in the record,\" the ruling released Friday said.",
		quote:   "has no basis in the record,",
		speaker: "the ruling released Friday",
	},
	{
		name:    "a speech verb's form before a participle is a document noun",
		text:    "The board met on Tuesday. Harbor notes released Monday revealed talk of \"a quiet side deal\" between the two boards.",
		quote:   "a quiet side deal",
		speaker: "Harbor notes released Monday",
	},
	{
		name:    "a document's verb past its participle phrase",
		text:    "Ferry Chief Tom Reyes spoke on Monday. A campaign flyer mailed Thursday accuses Reyes of \"gutting the ferry service for a decade.\"",
		quote:   "gutting the ferry service for a decade.",
		speaker: "A campaign flyer mailed Thursday",
	},
	{
		name:    "a document's participle phrase with a preposition",
		text:    "Tom Reyes answered questions. A school textbook just published for fifth graders explains \"the history of the harbor and its people.\"",
		quote:   "the history of the harbor and its people.",
		speaker: "A school textbook just published for fifth graders",
	},
	{
		name:    "a document that releases something is the subject of its verb",
		text:    "The port board met on Monday. The memo released a list of \"twelve names we cannot ignore.\"",
		quote:   "twelve names we cannot ignore.",
		speaker: "The memo",
	},
	{
		name:    "a description keeps its relative clause",
		text:    "Ships queued for a week. The agency that runs the port said \"no deal was ever offered to anyone.\"",
		quote:   "no deal was ever offered to anyone.",
		speaker: "The agency that runs the port",
	},
	{
		name:    "a plural description keeps its relative clause before a bare verb",
		text:    "The harbor plan passed in May. The clubs who wrote to the mayor on Friday say they are \"deeply worried about the harbor plan.\"",
		quote:   "deeply worried about the harbor plan.",
		speaker: "The clubs who wrote to the mayor on Friday",
	},
	{
		name:    "an object relative's own subject speaks",
		text:    "The court heard hours of tapes. And, in a clip that Judge Ada Voss called \"deeply distasteful,\" Reyes expressed a wish to \"sink the ferry.\"",
		quote:   "deeply distasteful,",
		speaker: "Ada Voss",
	},
	{
		name:    "that as a determiner opens no relative clause",
		text:    "Wind farms keep growing. Scientists say they aim to use that energy for what is often called \"storing the passing wind.\"",
		quote:   "storing the passing wind.",
		speaker: "Scientists",
	},
}

func TestK8Sources(t *testing.T) { runOneQuoteCases(t, k8Tests) }

// k7Tests are invented sentences whose speaker a pronoun or the sentence
// before names.
var k7Tests = []oneQuoteCase{
	{
		name:    "object of a participle after the quote is no speaker",
		text:    "Chef Oskar Lunde ran the hotel kitchen for years. A recent memoir blames Lunde for running the cooks like \"an army camp.\" He said it was an \"invention,\" praising the night crew as loyal and calm.",
		quote:   "invention,",
		speaker: "Oskar Lunde",
	},
	{
		name:    "a name in the words a pronoun reports is not the pronoun",
		text:    "Pavel Kowal, a florist in Dayton, said he would not back Paul Meyer because of his stance on the market hall. Besides, Meyer isn't a gardener, he said. \"He can't tell a rose from a weed!\"",
		quote:   "He can't tell a rose from a weed!",
		speaker: "Pavel Kowal",
	},
	{
		name:    "an opening clause's subject may be the pronoun's",
		text:    "Mara Lind spoke first. Tom Reyes waited. After Reyes left the stage, he said the fee \"was never fair to families.\"",
		quote:   "was never fair to families.",
		speaker: "Tom Reyes",
	},
	{
		name:    "a pronoun inside a speaker's own sentence repeats that speaker",
		text:    "Coach Ida Marek lost three games in a row. In a letter published Friday, club chairwoman Rita Holm admitted the team had slipped to fourth place, which is a slide, she said, \"nobody here expected.\"",
		quote:   "nobody here expected.",
		speaker: "Rita Holm",
	},
	{
		name:    "the speaker of an opening when-clause is not the topic",
		text:    "Olga Berg spoke at noon. When Nina Falk pointed out that Berg calls the plan \"a modest start,\" Berg took up the remark, restating her view that the plan would cost jobs. \"This plan will empty our shops,\" she said.",
		quote:   "This plan will empty our shops,",
		speaker: "Olga Berg",
	},
	{
		name:    "a speaker quoted in an opening when-clause is not the topic",
		text:    "Olga Berg spoke at noon. When Nina Falk pointed out that Paul Meyer describes the plan as \"a modest start,\" Berg took up the remark, restating her view that the plan would cost jobs. \"This plan will empty our shops,\" she said.",
		quote:   "This plan will empty our shops,",
		speaker: "Olga Berg",
	},
}

func TestK7Speakers(t *testing.T) { runOneQuoteCases(t, k7Tests) }
