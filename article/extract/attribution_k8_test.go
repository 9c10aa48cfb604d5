package extract_test

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// k8Tests are invented sentences whose source is no named person: a
// share of those polled, or a document named with the words that tell
// which one it is.
var k8Tests = []struct{ name, text, quote, speaker string }{
	{
		name:    "each percent share speaks its own words",
		text:    "The survey asked riders about the new timetable, to which 21 percent said \"it is far too slow\" and 14 percent said \"it is fine as it stands.\"",
		quote:   "it is far too slow",
		speaker: "21 percent",
	},
	{
		name:    "second percent share",
		text:    "The survey asked riders about the new timetable, to which 21 percent said \"it is far too slow\" and 14 percent said \"it is fine as it stands.\"",
		quote:   "it is fine as it stands.",
		speaker: "14 percent",
	},
	{
		name:    "percent sign share before a while clause",
		text:    "Among commuters, 40% said the boats were \"always late on Mondays,\" while a third said \"the crews are doing their best.\"",
		quote:   "always late on Mondays,",
		speaker: "40%",
	},
	{
		name:    "most as a share",
		text:    "Nine in ten riders in the poll were worried about fares; most said they were \"very worried indeed.\"",
		quote:   "very worried indeed.",
		speaker: "most",
	},
}

func TestK8Sources(t *testing.T) {
	lx := lexicon(t)
	for _, tc := range k8Tests {
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

// k7Tests are invented sentences whose speaker a pronoun or the sentence
// before names.
var k7Tests = []struct{ name, text, quote, speaker string }{
	{
		name:    "object of a participle after the quote is no speaker",
		text:    "Captain Lena Brandt ran the ferry for a decade. A new book accuses Brandt of treating the crews like \"hired hands.\" She said that is a \"distortion,\" describing the harbor team as highly skilled.",
		quote:   "distortion,",
		speaker: "Lena Brandt",
	},
	{
		name:    "a name in the words a pronoun reports is not the pronoun",
		text:    "Joseph Hunter, a retired pilot in Tacoma, said he will not vote for Tom Reyes because of his plan for the docks. Also, Reyes isn't a sailor, he said. \"He's a landlubber!\"",
		quote:   "He's a landlubber!",
		speaker: "Joseph Hunter",
	},
	{
		name:    "an opening clause's subject may be the pronoun's",
		text:    "Mara Lind spoke first. Tom Reyes waited. After Reyes left the stage, he said the fee \"was never fair to families.\"",
		quote:   "was never fair to families.",
		speaker: "Tom Reyes",
	},
	{
		name:    "a pronoun inside a speaker's own sentence repeats that speaker",
		text:    "Mayor Lena Brandt raised fares twice last year. In a memo sent Tuesday, port director Ada Voss conceded the board had lost two votes, which is a result, she said, \"we saw coming for months.\"",
		quote:   "we saw coming for months.",
		speaker: "Ada Voss",
	},
	{
		name:    "the speaker of an opening when-clause is not the topic",
		text:    "Ana Ruiz spoke on Monday. When Mara Lind pointed out that Ruiz calls it \"a fair fee,\" Ruiz seized upon the point, repeating her line that fees would drive families away. \"Nobody can afford that ferry now,\" she said.",
		quote:   "Nobody can afford that ferry now,",
		speaker: "Ana Ruiz",
	},
	{
		name:    "a speaker quoted in an opening when-clause is not the topic",
		text:    "Ana Ruiz spoke on Monday. When Mara Lind pointed out that Tom Reyes refers to it as \"a fair fee,\" Ruiz seized upon the point, repeating her line that fees would drive families away. \"Nobody can afford that ferry now,\" she said.",
		quote:   "Nobody can afford that ferry now,",
		speaker: "Ana Ruiz",
	},
}

func TestK7Speakers(t *testing.T) {
	lx := lexicon(t)
	for _, tc := range k7Tests {
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
