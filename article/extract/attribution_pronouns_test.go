package extract_test

import (
	"strings"
	"testing"

	"github.com/byline-reader/byline/article/extract"
)

// speakerCase is an invented text and the speaker wanted for each listed
// quote (by its text; "" wants no speaker).
type speakerCase struct {
	name string
	text string
	want map[string]string
}

// pronounCases are pronouns whose antecedent is a sentence or two back:
// the subject of the main clause outranks names in objects, opening
// clauses and prepositional phrases, and a sentence whose subject is the
// same pronoun passes the search on to the sentence before.
var pronounCases = []speakerCase{
	// a guard: right before and after the sentence ranking
	{"subject beats object",
		"Ada Voss backed Nina Ode early, she told a radio host.\n\n\"We needed a win,\" she said.",
		map[string]string{"We needed a win,": "Ada Voss"}},
	{"opening clause is weak",
		"When Mara Holt asked about the budget, Lisa Crane changed the subject.\n\n\"We will talk later,\" she said.",
		map[string]string{"We will talk later,": "Lisa Crane"}},
	{"pronoun subject passes on",
		"Kurt Lang softened his tone on Monday. Asked who leads the party, he named Hugo Marsh.\n\n\"I would say Hugo for now,\" he said.",
		map[string]string{"I would say Hugo for now,": "Kurt Lang"}},
	{"relative in the object",
		"Omar Pike runs the depot. \"We are ready,\" Mr. Pike said.\n\nHe said his nephew Tarik, a driver at the depot, had been warning him for months.\n\n\"The owners must act,\" he said.",
		map[string]string{"The owners must act,": "Omar Pike"}},
	{"absolute with",
		"\"The bridge is failing,\" said Omar Pike, an engineer.\n\nThe bridge is now an election issue, with Carl Dunn — a longtime critic of the council — leading the charge.\n\n\"This is neglect,\" he said.",
		map[string]string{"This is neglect,": "Carl Dunn"}},
	{"title after a preposition",
		"Like his remarks about Mr. Tobin, Mr. Garza said, the ad went too far.\n\n\"That is not how this town works,\" he said.",
		map[string]string{"That is not how this town works,": "Mr. Garza"}},
	{"parenthetical speaker beats the subject",
		"Tom Ferris, the mayor, praised Dan Nolan for the deal. Ferris, Ruiz said, has outfoxed everyone.\n\n\"He is a pro,\" he said.",
		map[string]string{"He is a pro,": "Ruiz"}},
	{"name in the object after an appositive",
		"Tom Lee, 49, a nurse at the county hospital, said Dan Voss should resign. He attended the rally anyway, though he is still unsure whether he will vote for Voss.\n\n\"I ask my wife every day,\" he said.",
		map[string]string{"I ask my wife every day,": "Tom Lee"}},
	{"trailing speaker beats a pronoun subject",
		"Dan Voss won by nine points. His manager, Tom Lee, thinks the ads paid off.\n\nHe should also get a lift from the win on Tuesday, Voss said.\n\n\"We proved it could be done,\" he said.",
		map[string]string{"We proved it could be done,": "Dan Voss"}},
}

func TestPronounAntecedents(t *testing.T) { runSpeakerCases(t, pronounCases) }

func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	lx := lexicon(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := extract.Analyze(tc.text, lx)
			got := map[string]extract.Quote{}
			for _, q := range a.Quotes {
				got[q.Text] = q
			}
			for text, want := range tc.want {
				q, ok := got[text]
				if !ok {
					t.Errorf("quote %q not found among %v", text, a.Quotes)
					continue
				}
				if !sameSpeaker(q.Speaker, want) {
					t.Errorf("quote %q: speaker %q, want %q", text, q.Speaker, want)
				}
			}
		})
	}
}

// runExactSpeakerCases is runSpeakerCases with no leeway: each quote's
// speaker must be the one wanted, word for word.
func runExactSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	lx := lexicon(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, q := range extract.Analyze(tc.text, lx).Quotes {
				got[q.Text] = q.Speaker
			}
			for text, want := range tc.want {
				s, ok := got[text]
				if !ok {
					t.Errorf("quote %q not found among %q", text, got)
				} else if s != want {
					t.Errorf("quote %q: speaker %q, want %q", text, s, want)
				}
			}
		})
	}
}

// sameSpeaker accepts a speaker named with or without its honorific
// ("Mr. Garza" for "Garza").
func sameSpeaker(got, want string) bool {
	if got == want {
		return true
	}
	if want == "" || got == "" {
		return false
	}
	_, wantLast, _ := strings.Cut(want, " ")
	return strings.HasPrefix(want, "Mr. ") && got == wantLast
}
