package extract_test

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// speakerNameTests are invented articles in which the speaker's name is
// hard to read off the sentence: a role before the name, a long
// appositive, titles, odd name shapes, relatives sharing a surname. Each
// wants the speaker of one quote (by its first words).
var speakerNameTests = []struct {
	name  string
	text  string
	quote string // the start of the quote's text
	want  string // "!X": any speaker but X
}{
	{"said role, name", "Ferry strike\n\nDock worker Emil Sandoval blocked the gate. \"We are not moving,\" Sandoval said.\n\n" +
		"\"Talks resume Monday,\" said the port's chief negotiator, Greta Holm.",
		"Talks resume", "Greta Holm"},
	{"ampersand inside a company name", "Plant closes\n\nThe plant shut on Friday after forty years.\n\n" +
		"\"We had no warning at all,\" one B&K Tools employee said.",
		"We had no warning", "one B&K Tools employee"},
	{"said possessive role, name", "Ferry strike\n\nDock worker Emil Sandoval blocked the gate. \"We are not moving,\" Sandoval said.\n\n" +
		"\"Talks resume Monday,\" said Sandoval's union organizer, Greta Holm, adding that pay was the issue.",
		"Talks resume", "Greta Holm"},
	{"possessive role, name, said", "Ferry strike\n\nDock worker Emil Sandoval blocked the gate.\n\n" +
		"Harbor Line's chief executive, Greta Holm, said the strike was \"a needless loss.\"",
		"a needless loss", "Greta Holm"},
	{"said another user, name", "Forum\n\nMarta Quill posted first. \"Nobody listens,\" Quill wrote.\n\n" +
		"\"They never did,\" replied another reader, Tobias Renn.",
		"They never did", "Tobias Renn"},
	{"user calling himself", "Forum\n\nMarta Quill posted first. \"Nobody listens,\" Quill wrote.\n\n" +
		"\"Build the bridge,\" wrote a reader calling himself Gullwing.",
		"Build the bridge", "Gullwing"},
	{"user going by the handle", "Forum\n\nMarta Quill posted first. \"Nobody listens,\" Quill wrote.\n\n" +
		"\"Build the bridge,\" posted a commenter from Leeds going by the handle Tidewalker.",
		"Build the bridge", "Tidewalker"},
	{"role, name, said", "Club news\n\nRiver Town fired head coach Pavel Dorn on Friday. \"I did my best,\" Dorn said.\n\n" +
		"\"It was time for a new voice,\" the club's owner, Anselm Greer, said.",
		"It was time", "Anselm Greer"},
	{"list is no apposition", "Club news\n\nRiver Town fired head coach Pavel Dorn on Friday.\n\n" +
		"\"It was time,\" said the chairman, the captain and Anselm Greer.",
		"It was time", "!Anselm Greer"},
	{"name, age, hometown, said", "Refunds\n\nMany buyers waited weeks.\n\n" +
		"Petra Lund, 37, of Boise, Idaho, said the offer was \"an insult.\"",
		"an insult", "Petra Lund"},
	{"name, appositive with who, said", "Schools\n\nThe board met on Tuesday.\n\n" +
		"Ivo Marek, a parent organizer who ran the 2019 levy drive, said the plan showed \"no courage.\"",
		"no courage", "Ivo Marek"},
	{"appositive whose relative clause has a speech verb", "Schools\n\nThe board met on Tuesday.\n\n" +
		"Ivo Marek, a pediatrician who advised the board on the plan, said the rollout was a success \"by every measure we have.\"",
		"by every measure", "Ivo Marek"},
	{"appositive holding a parenthesis", "Schools\n\nThe board met on Tuesday.\n\n" +
		"Ivo Marek, a teacher who once worked for Sen. Rhea Tolland (D-Ore.), one of the plan's authors, called it \"a real step.\"",
		"a real step", "Ivo Marek"},
	{"quote, name, age, hometown, said", "Refunds\n\nMany buyers waited weeks.\n\n" +
		"\"It came far too late,\" Petra Lund, 37, of Boise, Idaho, said.",
		"It came far", "Petra Lund"},
	{"place before the name", "Refunds\n\nMany buyers waited weeks.\n\n" +
		"In Dunmore, Petra Lund, 37, a nurse, said the offer was \"an insult.\"",
		"an insult", "Petra Lund"},
	{"modifier, role, name as subject", "Fares\n\nThe fare plan came from Mayor Tomas Ruiz.\n\n" +
		"Ruiz transit adviser Mila Brun answered in a letter, calling the critics \"badly informed.\"",
		"badly", "Mila Brun"},
	{"namesake declined to comment", "Pool opens\n\nInes Varga, the mayor, opened the pool on Monday. " +
		"Her brother, the builder Karl Varga, declined to comment.\n\n\"It was worth the long wait,\" Varga said.",
		"It was worth", "Ines Varga"},
	{"namesake last spoke", "Farm\n\nPaul Dorsey and his son Marc Dorsey run the farm near the river.\n\n" +
		"\"The rain came far too late,\" Marc Dorsey said.\n\nThe harvest fell by half, a hard blow for Paul Dorsey.\n\n" +
		"\"We will plant barley again,\" Dorsey said.",
		"We will plant", "Marc Dorsey"},
	// a guard: the honorific's gender still picks the namesake
	{"namesake by honorific", "Bakery\n\nTomas Reyes and his wife, Carmen Reyes, ran the bakery for thirty years.\n\n" +
		"\"We never closed a single day,\" Mrs. Reyes said.",
		"We never closed", "Carmen Reyes"},
}

func TestSpeakerNames(t *testing.T) {
	lx := lexicon(t)
	for _, tt := range speakerNameTests {
		t.Run(tt.name, func(t *testing.T) {
			an := extract.Analyze(tt.text, lx)
			for _, q := range an.Quotes {
				if len(q.Text) >= len(tt.quote) && q.Text[:len(tt.quote)] == tt.quote {
					if not, ok := strings.CutPrefix(tt.want, "!"); ok && q.Speaker == not || !ok && q.Speaker != tt.want {
						t.Errorf("speaker %q, want %q", q.Speaker, tt.want)
					}
					return
				}
			}
			t.Errorf("no quote starts %q among %v", tt.quote, an.Quotes)
		})
	}
}
