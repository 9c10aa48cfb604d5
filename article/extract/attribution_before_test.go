package extract

import "testing"

// beforeTests are quotes whose speaker is the subject of the reporting
// verb before them, with other names, phrases or quoted words in the way:
// each text, the people findPeople would report, and the speaker wanted
// for every listed quote (by its text).
// frameCase is an invented article, the people the people stage would
// find in it ("Full Name|Surname" forms), and the speaker wanted for each
// quote by its text.
type frameCase struct {
	name   string
	text   string
	people []string
	want   map[string]string
}

var beforeTests = []frameCase{
	{"words from the quote before the verb",
		`"He's a fraud. He's a fraud," Mayor Piet Olsen told a lunch crowd, adding that he thought the treasurer was "in over her head."`,
		[]string{"Piet Olsen|Olsen"}, map[string]string{"in over her head.": "Piet Olsen"}},
	{"intro phrase with a relative clause",
		`For parents who have not yet picked a school, Brandt told Keller that the choice "could not be plainer."`,
		[]string{"Lena Brandt|Brandt", "Tom Keller|Keller"}, map[string]string{"could not be plainer.": "Lena Brandt"}},
	{"intro clause before an inverted verb",
		`Given how the schedule was set, argued Halvorsen, "the small towns lose every time."`,
		[]string{"Erik Halvorsen|Halvorsen"}, map[string]string{"the small towns lose every time.": "Erik Halvorsen"}},
	{"dateline with an agency",
		`Lisbon (AFP) – Minister Ana Duarte has criticized the budget plan, saying that "reckless promises" will cost jobs.`,
		[]string{"Ana Duarte|Duarte"}, map[string]string{"reckless promises": "Ana Duarte"}},
	{"addressee after telling",
		`But a week later, Rook reversed himself again, telling Channel Nine that the rules "must stay as they are."`,
		[]string{"Simon Rook|Rook"}, map[string]string{"must stay as they are.": "Simon Rook"}},
	{"possessor of a speech noun",
		`The remark echoed Vance's claim of a "rigged count" two years earlier.`,
		[]string{"Lydia Vance|Vance"}, map[string]string{"rigged count": "Lydia Vance"}},
	{"possessor of a speech noun with a that-clause",
		`Voters recall Mayor Carla Ruiz's repeated warning that the pier would be "a ruin by spring."`,
		[]string{"Carla Ruiz|Ruiz"}, map[string]string{"a ruin by spring.": "Carla Ruiz"}},
	{"name inside the complement",
		`Ada Voss said Mayor Ruiz had called the deal "a trap."`,
		[]string{"Ada Voss|Voss", "Carla Ruiz|Ruiz"}, map[string]string{"a trap.": "Ada Voss"}},
	{"name inside the complement of told",
		`Ada Voss told reporters that Mayor Ruiz had called the deal "a trap."`,
		[]string{"Ada Voss|Voss", "Carla Ruiz|Ruiz"}, map[string]string{"a trap.": "Ada Voss"}},
	{"subordinate clause before the main one",
		`After Mayor Jon Pike criticized the council at a hearing, Vera Lund shot back, "Nobody elected you to stall."`,
		[]string{"Jon Pike|Pike", "Vera Lund|Lund"}, map[string]string{"Nobody elected you to stall.": "Vera Lund"}},
	{"participle sharing an inverted subject",
		"Tomas Grell filed the appeal in June. \"We were misled,\" Grell said.\n\nThe appeal has no merit, said the port's counsel, Ines Adler, adding that the authority would \"see them in court.\"",
		[]string{"Tomas Grell|Grell", "Ines Adler|Adler"}, map[string]string{"see them in court.": "Ines Adler"}},
}

func TestAttributionBefore(t *testing.T) { runFrameCases(t, beforeTests) }

// runFrameCases attributes the quotes of each case and checks the speaker
// of every quote it names.
func runFrameCases(t *testing.T, cases []frameCase) {
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			people := testPeople(tt.text, tt.people...)
			d := newDoc(tt.text, embeddedLexicon(t))
			got := map[string]Quote{}
			for _, q := range d.judge(attributeAll(t, d, people)) {
				got[q.Text] = q
			}
			for text, want := range tt.want {
				q, ok := got[text]
				if !ok {
					t.Errorf("quote %q not found among %v", text, got)
					continue
				}
				if q.Speaker != want {
					t.Errorf("quote %q: speaker %q, want %q", text, q.Speaker, want)
				}
			}
		})
	}
}
