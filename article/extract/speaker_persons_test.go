package extract_test

import (
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// titleWordNameCases are title words that are also given names
// ("Marine", "General") before a full name: the word is the person's
// role, not a first name that would give the person its gender.
var titleWordNameCases = []speakerCase{
	{"a title word that is a woman's name before a man's full name",
		"Former Marine Dennis Harrow runs the shelter on Fifth Street.\n\n" +
			"Harrow was also angry at the vote to close the annex, which Mayor Tom Reyes defended.\n\n" +
			"\"Nobody asked the veterans,\" he said.",
		map[string]string{"Nobody asked the veterans,": "Dennis Harrow"}},
}

func TestTitleWordName(t *testing.T) { runExactSpeakerCases(t, titleWordNameCases) }

// TestTitleWordPlaceName keeps a place named for someone out of the
// people when a title word that is also a name stands after "the".
func TestTitleWordPlaceName(t *testing.T) {
	a := extract.Analyze("Fans packed the Court Ivo Brandt for the final on Sunday.", lexicon(t))
	for _, p := range a.People {
		if p.Name == "Ivo Brandt" {
			t.Errorf("found a person %q in a place's name", p.Name)
		}
	}
}

// colonIntroCases are quotes followed, in their paragraph, by a clause of
// its own that introduces the next quote with a colon: that clause's
// speaker is the next quote's, not theirs.
var colonIntroCases = []speakerCase{
	{"a second tweet before another person's colon introduction",
		"Vera Lund shared a picture of her flower beds on Sunday. \"Spring is here!\" she wrote. " +
			"\"The tulips beat the frost this year!\" Local florist Omar Petit set the record straight in a letter to the county weekly: " +
			"\"Those are not tulips. They are crocuses, and anyone can see it.\"",
		map[string]string{"The tulips beat the frost this year!": "Vera Lund"}},
}

func TestColonIntro(t *testing.T) { runExactSpeakerCases(t, colonIntroCases) }

// thatClauseCases are long quotes that a verb of their own sentence
// governs through "that" ("the survey found that"): a speaker the next
// sentence names does not reach back to them.
var thatClauseCases = []speakerCase{
	{"a finding in a that-clause before another sentence's speaker",
		"Turnout fell sharply among young voters in the county.\n\n" +
			"In 2019, Harlow Research found that \"fewer than half of the registered voters under 30 cast a ballot in the spring.\" " +
			"Since then, the share of voters saying \"it is a waste of time\" has doubled, Mayor Ada Quist said.",
		map[string]string{"fewer than half of the registered voters under 30 cast a ballot in the spring.": "Harlow Research"}},
}

func TestThatClause(t *testing.T) { runExactSpeakerCases(t, thatClauseCases) }

// copulaThatCases are nouns of speech whose content follows "was that":
// the noun's owner speaks, not the subject of the clause after "that".
var copulaThatCases = []speakerCase{
	{"a refrain whose content follows was that",
		"In 2018 the union backed Lee Falk against Ada Murray. Murray's refrain in that race against Falk was that Falk \"never met a developer he did not like.\"",
		map[string]string{"never met a developer he did not like.": "Ada Murray"}},
	{"a mantra whose content follows is that",
		"Tomas Grell ran against Ines Adler twice. Grell's mantra in both races is that Adler \"would sell the harbor for a headline.\"",
		map[string]string{"would sell the harbor for a headline.": "Tomas Grell"}},
}

func TestCopulaThat(t *testing.T) { runExactSpeakerCases(t, copulaThatCases) }

// groupNameCases are names of groups made of dictionary words whose
// first word is also a surname ("Green", "Black"): the whole name speaks,
// not its last two words read as a given name and a surname.
var groupNameCases = []speakerCase{
	{"a group whose name starts with a surname",
		"The hearing ran late.\n\nBrown Votes Count issued a statement saying it would \"fight the permit in every court in the state.\"",
		map[string]string{"fight the permit in every court in the state.": "Brown Votes Count"}},
}

func TestGroupName(t *testing.T) { runExactSpeakerCases(t, groupNameCases) }

// knownAsRoleCases are people the text brings in by a role and then
// "known as" and a name: the role is theirs, so a later description by
// that role ("the chief") is that person, not another holder of the title.
var knownAsRoleCases = []speakerCase{
	{"a role before known as and a one-word name",
		"\"Nobody ever told us to wait,\" said the night-shift chief known as Nils at the depot gate on Friday.\n\n" +
			"Tomas Brill, a former fire chief who wrote a report on the blaze, said he stood by his findings.\n\n" +
			"The guards who had mocked Nils went home in March, but the chief stayed on in the capital.\n\n" +
			"\"We had work to finish,\" he said.",
		map[string]string{"We had work to finish,": "Nils"}},
}

func TestKnownAsRole(t *testing.T) { runExactSpeakerCases(t, knownAsRoleCases) }

// thankingCases are quotes after a sentence whose verb is "thanked": the
// one who thanks says the words, also in a summary line set in title case.
var thankingCases = []speakerCase{
	{"a title-case summary line with thanked before the quote",
		"\"The heaters failed twice,\" said Omar Petit, a night manager.\n\n" +
			"Ines Cole Thanked Volunteers For Keeping The Shelter Open All Winter. \"You kept this city warm, and none of us will forget it.\"",
		map[string]string{"You kept this city warm, and none of us will forget it.": "Ines Cole"}},
}

func TestThanking(t *testing.T) { runExactSpeakerCases(t, thankingCases) }

// epithetCases are descriptions by a title ("the senator") in a paragraph
// about a person the text never gave a title, while the last holder of
// that title was named paragraphs before: the description is an epithet
// of the paragraph's person.
var epithetCases = []speakerCase{
	{"the senator in a paragraph about an untitled person",
		"Sen. Tomas Grell spoke in Albany on Sunday.\n\n\"We will not back down,\" Grell said.\n\n" +
			"Lena Okafor lost ground after the debate. The senator from Maine has trailed in the polls for weeks.\n\n" +
			"Okafor went on to rally the welders at the shipyard. Greeted by cheers, the senator said her bill was \"gaining every day.\"",
		map[string]string{"gaining every day.": "Lena Okafor"}},
}

func TestEpithet(t *testing.T) { runExactSpeakerCases(t, epithetCases) }

// demonymGivenNameCases are given names that are also demonyms
// ("Dutch", "German") before a surname alone: a nationality before a
// person comes with a full name or a title, so the pair is a full name.
var demonymGivenNameCases = []speakerCase{
	{"a demonym that is a given name before a lone surname",
		"\"We start on Monday,\" said Dutch Castillo, one of the two brothers who run the bakery.\n\n" +
			"\"Flour went up again,\" said Kurt Castillo, Dutch's brother.\n\n" +
			"Dutch Castillo says the town still buys bread.\n\n\"People come back,\" he said.",
		map[string]string{"We start on Monday,": "Dutch Castillo", "People come back,": "Dutch Castillo"}},
}

func TestDemonymGivenName(t *testing.T) { runExactSpeakerCases(t, demonymGivenNameCases) }

// honorificFormCases are relatives sharing a surname where the text has
// called one of them by an honorific and the surname ("Mrs. Voss")
// before the other, of the same gender, is named: the form stays hers.
var honorificFormCases = []speakerCase{
	{"Mrs. and a surname after a daughter is named in full",
		"Senator Ada Voss toured the mill on Friday. Mrs. Voss has backed the workers for years.\n\n" +
			"Her daughter, Ida Voss, runs a charity in Leeds. Mrs. Voss spoke at its gala in 2019. Mrs. Voss later gave a speech to its donors. " +
			"Mrs. Voss also wrote to the charity's board.\n\n" +
			"In May, a union leader wrote to Mrs. Voss about a visit to the mill by Ida Voss and her husband, Piet Laar. Mrs. Voss answered, \"Hearing good news of your family is the best part of my week.\"",
		map[string]string{"Hearing good news of your family is the best part of my week.": "Ada Voss"}},
}

func TestHonorificForm(t *testing.T) { runExactSpeakerCases(t, honorificFormCases) }

// describedNewcomerCases are descriptions the writer goes on to describe
// with an indefinite appositive: that is someone new, not an epithet of
// the person named before, so the description is the speaker.
var describedNewcomerCases = []speakerCase{
	{"a role noun with an indefinite appositive after a named owner",
		"The clinic on Dock Street will close in May.\n\n" +
			"\"The numbers stopped adding up,\" the owner, Hedda Strand, said.\n\n" +
			"\"We heard about it on the radio,\" said the nurse, a father of three.",
		map[string]string{"We heard about it on the radio,": "the nurse"}},
}

func TestDescribedNewcomer(t *testing.T) { runExactSpeakerCases(t, describedNewcomerCases) }

// percentSayCases are shares given in percent before a bare verb of
// saying: "percent" takes a plural verb ("12 percent say"), so the
// share is the subject of a verb of saying, not a word before a noun.
var percentSayCases = []speakerCase{
	{"a second share with a bare verb of saying",
		"About 45 percent of the nurses describe the rota as \"exhausting,\" and 12 percent say the shifts are \"perfectly fine.\"",
		map[string]string{"perfectly fine.": "12 percent"}},
}

func TestPercentSay(t *testing.T) { runExactSpeakerCases(t, percentSayCases) }

// TestAsPutItDescribedName checks that an "as X put it" clause whose X is
// a description with its name in apposition ("As the harbor master, Pia
// Lund, put it") names the speaker in its own sentence: explicit.
func TestAsPutItDescribedName(t *testing.T) {
	text := "As the harbor master, Pia Lund, put it, \"the tide waits for no one.\""
	quotes := extract.Analyze(text, lexicon(t)).Quotes
	if len(quotes) != 1 {
		t.Fatalf("got %d quotes, want 1", len(quotes))
	}
	for _, q := range quotes {
		if q.Speaker != "Pia Lund" || q.How != extract.Explicit {
			t.Errorf("quote %q: speaker %q (%v), want Pia Lund, explicit", q.Text, q.Speaker, q.How)
		}
	}
}

// tradeRoleCases are nouns of a trade in -ist or -ician before a full
// name, in lower case or opening the sentence: they are the person's
// role, as a title is.
var tradeRoleCases = []struct{ text, name, role string }{
	{"The river will crest on Friday, said geologist Lena Ostrova.", "Lena Ostrova", "geologist"},
	{"Geologist Lena Ostrova said the river would crest on Friday.", "Lena Ostrova", "Geologist"},
	{"Statistician Omar Fadel checked the count twice.", "Omar Fadel", "Statistician"},
}

func TestTradeRole(t *testing.T) {
	for _, tc := range tradeRoleCases {
		found := false
		for _, p := range extract.Analyze(tc.text, lexicon(t)).People {
			if p.Name == tc.name {
				found = true
				if p.Role != tc.role {
					t.Errorf("%q: role %q, want %q", tc.text, p.Role, tc.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: no person %q", tc.text, tc.name)
		}
	}
}
