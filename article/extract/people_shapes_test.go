package extract

import (
	"sync"
	"testing"

	"github.com/byline-reader/byline/assets"
)

// assetLexicon loads the embedded word lists once: the shapes below
// depend on what the real lists say of common words ("Staff", "Stones").
var assetLexicon = sync.OnceValues(func() (*Lexicon, error) { return LoadLexicon(assets.FS) })

// peopleShapeCases are shapes of names and roles in news writing; each
// sentence is invented. want is "Name|role|mentions", as in peopleCases.
var peopleShapeCases = []peopleCase{
	{"a title governing a role word through of",
		"Reporters asked Chief of Staff Odile Brenner about the leak.",
		[]string{"Odile Brenner|Chief of Staff|1"}},
	{"a title governing a place through of",
		"Governor of Oregon Petra Lindqvist signed the bill.",
		[]string{"Petra Lindqvist|Governor of Oregon|1"}},
	{"a title governing a common word through of",
		"Commissioner of Baseball Corwin Hale testified.",
		[]string{"Corwin Hale|Commissioner of Baseball|1"}},
	{"a full name of three words after a title with of",
		"Secretary of State Mary Ellen Voss flew home.",
		[]string{"Mary Ellen Voss|Secretary of State|1"}},
	{"a daughter whose given name extends her father's",
		"Leon Whitcombe retired in 2009. His daughter Leona Whitcombe runs the farm now.",
		[]string{"Leon Whitcombe||1", "Leona Whitcombe|daughter|1"}},
	{"a short form of the same given name still joins",
		"Rob Ferrante spoke first. Robert Ferrante later denied it.",
		[]string{"Rob Ferrante||2"}},
	{"a bare surname names a Jr. whose father is not named",
		"Judge Milton R. Ashby Jr. ruled on Friday. Mr. Ashby said little. Later, Ashby left.",
		[]string{"Milton R. Ashby Jr.|Judge|3"}},
	{"a bare surname does not name the Jr. when the father is named",
		"Milton Ashby Jr. sued Milton Ashby. Ashby said nothing.",
		[]string{"Milton Ashby Jr.||1", "Milton Ashby||2"}},
	{"a surname that is a plural noun after a given name",
		"The mourners were Ines Walder, Tobias Bells and Greta Sandoval.",
		[]string{"Ines Walder||1", "Tobias Bells||1", "Greta Sandoval||1"}},
	{"a team named for a city keeps out",
		"The Denver Hawks beat the Orlando Pines on Sunday.",
		nil},
	{"two particles inside a name",
		"\u201cThe locks will hold,\u201d said Pieter van der Maas, an engineer.",
		[]string{"Pieter van der Maas|engineer|1"}},
	{"three particles inside a name",
		"Later Rosa de la Fuente arrived.",
		[]string{"Rosa de la Fuente||1"}},
	{"an apposition runs past a preposition into the body it names",
		"Nadia Osei, head of cardiology at Grace Memorial Hospital, said the ward was full.",
		[]string{"Nadia Osei|head of cardiology at Grace Memorial Hospital|1"}},
	{"an apposition runs on through a name after a preposition",
		"Omar Quist, a spokesman for Rachel Dunmore, declined to comment.",
		[]string{"Omar Quist|spokesman for Rachel Dunmore|1", "Rachel Dunmore||1"}},
	{"an apposition cut at its limit ends on a content word",
		"Lena Brisk, the director of the museum of maps and charts at the harbour, said no.",
		[]string{"Lena Brisk|director of the museum of maps and charts|1"}},
	{"a name right after a role head still starts a new name",
		"Their coach, the school's principal Ruth Akers, agreed.",
		[]string{"Ruth Akers|school's principal|1"}},
	{"an abbreviated title is shown in full",
		"Idaho Gov. Wren Castell signed it, and Lt. Gov. Dario Pell objected.",
		[]string{"Wren Castell|Idaho Governor|1", "Dario Pell|Lieutenant Governor|1"}},
	{"a description ending in a noun of occupation is the role",
		"Marit Solberg, a retired welder, said the union had changed.",
		[]string{"Marit Solberg|retired welder|1"}},
	{"a possessive description of occupation",
		"Jonas Ekberg, the museum's only curator, said no.",
		[]string{"Jonas Ekberg|museum's only curator|1"}},
}

func TestExpandTitleAbbrevs(t *testing.T) {
	tests := []struct{ role, want string }{
		{"Gov.", "Governor"},
		{"former Sen.", "former Senator"},
		{"Lt. Gov.", "Lieutenant Governor"},
		{"Secretary of State", "Secretary of State"},
		{"Acme Corp. chief", "Acme Corp. chief"}, // no title: left as written
	}
	for _, tt := range tests {
		if got := embeddedLexicon(t).expandTitleAbbrevs(tt.role); got != tt.want {
			t.Errorf("expandTitleAbbrevs(%q) = %q, want %q", tt.role, got, tt.want)
		}
	}
}

func TestPeopleShapes(t *testing.T) {
	lx, err := assetLexicon()
	if err != nil {
		t.Fatal(err)
	}
	runPeopleCases(t, lx, peopleShapeCases)
}
