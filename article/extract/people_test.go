package extract

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// personWant is what a test expects of one person: "Name" or
// "Name [role] {aliases,...} #mentions".
type peopleCase struct {
	name string
	text string
	want []string // "Name|role|mentions"; role may be empty
}

var peopleCases = []peopleCase{
	{"empty", "", nil},
	{"no capitals", "the meeting went on for hours.", nil},
	{"title and surname merge into the full name",
		"Secretary of State Rex Tillerson arrived. Tillerson said little. Mr. Tillerson left.",
		[]string{"Rex Tillerson|Secretary of State|3"}},
	{"demonym and title before the name",
		"Russian Foreign Minister Sergey Lavrov spoke. Lavrov said no.",
		[]string{"Sergey Lavrov|Russian Foreign Minister|2"}},
	{"organisations, agencies and places are no people",
		"The Kremlin said the Interfax news agency quoted officials in Moscow. Russia warns.",
		nil},
	{"a possessive outlet before a name",
		"NPR's Ada Pruitt has reported it.",
		[]string{"Ada Pruitt||1"}},
	{"photo credit line",
		"The minister arrives in Moscow.\nAlexander Nemenov AFP/Getty Images",
		[]string{"Alexander Nemenov||1"}},
	{"sentence-initial common words are dropped",
		"Earlier Wednesday, Things changed. Again the talks stalled.",
		nil},
	{"shared surname goes to the most recent",
		"Bill Clinton spoke first. Hillary Clinton spoke next. Clinton said she would win.",
		[]string{"Bill Clinton||1", "Hillary Clinton||2"}},
	{"initials and middle names merge",
		"Donald J. Trump spoke. Later Donald Trump left, and Trump said so.",
		[]string{"Donald J. Trump||3"}},
	{"a son is not his father",
		"Donald Trump Jr. spoke for Donald Trump.",
		[]string{"Donald Trump Jr.||1", "Donald Trump||1"}},
	{"hyphenated and accented names",
		"Douglas Kerr-Lindell disagreed. Kerr-Lindell said Lily Ortega García was wrong, Ortega García said.",
		[]string{"Douglas Kerr-Lindell||2", "Lily Ortega García||2"}},
	{"curly possessive",
		"Bernie Sanders’ vote mattered; Sanders’ aides knew it.",
		[]string{"Bernie Sanders||2"}},
	{"apposition confirms an unknown name",
		"Tamsin Oduya, the national security adviser, said the talks failed.",
		[]string{"Tamsin Oduya|national security adviser|1"}},
	{"age apposition confirms an unknown name",
		"Treloar Ventrell, 19, disagrees.",
		[]string{"Treloar Ventrell||1"}},
	{"a single surname with a title",
		"“Dakota’s going to back us all the way,” Gov. Brandvold replied.",
		[]string{"Brandvold|Governor|1"}},
	{"a single unknown name with a speech verb",
		"Later, Lavrov said the strike was illegal.",
		[]string{"Lavrov||1"}},
	{"headline words join no name",
		"Putin Receives Tillerson Again\n\nThe talks went on.",
		nil},
	{"name used as a modifier of an administration",
		"The deal was brokered with the Obama administration.",
		[]string{"Obama||1"}},
	{"place before a title",
		"Ohio Gov. John Kasich won 145 delegates.",
		[]string{"John Kasich|Ohio Governor|1"}},
	{"relation apposition",
		"Halvorsen's son, Nils, stood up for his father.",
		[]string{"Nils|son|1"}},
	{"first name joined to a full name",
		"On Friday night, Sarah and Douglas Whitfield flew home.",
		[]string{"Sarah||1", "Douglas Whitfield||1"}},
	{"company with a person's first name",
		"He met a former Exxon Mobil executive.",
		nil},
	{"editor's brackets inside a name",
		"Because [Chilean President Rafael] Ibarra believes it, Ibarra said.",
		[]string{"Rafael Ibarra|Chilean President|2"}},
	{"an honorific's gender picks among a shared surname",
		"Bill Clinton and Hillary Clinton came. Mrs. Clinton spoke, then Mr. Clinton.",
		[]string{"Bill Clinton||2", "Hillary Clinton||2"}},
	{"Jr. joins the son",
		"Donald Trump spoke. Donald Trump Jr. spoke too, and Trump Jr. said more.",
		[]string{"Donald Trump||1", "Donald Trump Jr.||2"}},
	{"a city is no mention of a namesake",
		"Lloyd Austin flew in Austin. Austin said so.",
		[]string{"Lloyd Austin||2"}},
	{"affiliation before a title",
		"Tesla Chief Executive Elon Musk said the cuts would come.",
		[]string{"Elon Musk|Tesla Chief Executive|1"}},
	{"a plural title before coordinated names",
		"The dissent was joined by Justices Elena Kagan and Ketanji Brown Jackson.",
		[]string{"Elena Kagan|Justices|1", "Ketanji Brown Jackson||1"}},
	{"a team is no person",
		"The Arizona Diamondbacks won again.",
		nil},
	{"particles and Arabic articles inside names",
		"New York Mayor Bill de Blasio met Abu Bakr al-Baghdadi, the leader, once. De Blasio said so.",
		[]string{"Bill de Blasio|New York Mayor|2", "Abu Bakr al-Baghdadi|leader|1"}},
	{"contractions and lone letters are not names",
		"“I’m sure,” I said. “I've got it.”",
		nil},
	{"a town the speakers are in is no person",
		"Critics in Tarnby said the plan was a waste. Farmers from Dunmore said so too. Ada Voss said nothing.",
		[]string{"Ada Voss||1"}},
	{"a lower-case modifier before a title is part of the role, a conjunction is not",
		"President Tom Reyes met former President Ada Voss and Mayor Nina Ode.",
		[]string{"Tom Reyes|President|1", "Ada Voss|former President|1", "Nina Ode|Mayor|1"}},
}

func TestFindPeople(t *testing.T) { runPeopleCases(t, testLexicon(t), peopleCases) }

// runPeopleCases checks the people that the people stage finds in each
// case's text with the word lists lx: "Name|role|mentions", in order.
func runPeopleCases(t *testing.T, lx *Lexicon, cases []peopleCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range peopleIn(tt.text, lx) {
				got = append(got, fmt.Sprintf("%s|%s|%d", p.Name, p.Role, len(p.Mentions)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findPeople(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestPeopleAliasesAndGender(t *testing.T) {
	lx := testLexicon(t)
	text := "Secretary of State Rex Tillerson met Jane Doe. Mr. Tillerson said she was right. " +
		"Doe said her view was clear. Pat Miller, the spokeswoman, agreed. Kim Maynes said he would go."
	people := peopleIn(text, lx)
	byName := map[string]Person{}
	for _, p := range people {
		byName[p.Name] = p
	}
	tests := []struct {
		name    string
		aliases []string
		gender  Gender
	}{
		{"Rex Tillerson", []string{"Tillerson", "Mr. Tillerson"}, GenderMale},
		{"Jane Doe", []string{"Doe"}, GenderFemale},
		{"Pat Miller", []string{}, GenderFemale},
		{"Kim Maynes", []string{}, GenderMale},
	}
	for _, tt := range tests {
		p, ok := byName[tt.name]
		if !ok {
			t.Errorf("%s not found in %+v", tt.name, people)
			continue
		}
		if !slices.Equal(p.Aliases, tt.aliases) {
			t.Errorf("%s: aliases %q, want %q", tt.name, p.Aliases, tt.aliases)
		}
		if p.Gender != tt.gender {
			t.Errorf("%s: gender %v, want %v", tt.name, p.Gender, tt.gender)
		}
	}
}

// checkPeopleSpans verifies the invariants of findPeople's output.
func checkPeopleSpans(t *testing.T, text string, people []Person) {
	t.Helper()
	// Rune boundaries as range sees them: an invalid byte is a rune of its own.
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	for _, p := range people {
		if p.Name == "" {
			t.Errorf("person without a name: %+v", p)
		}
		if p.Aliases == nil {
			t.Errorf("%s: nil aliases (JSON would print null)", p.Name)
		}
		prev := -1
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("%s: mention %+v outside text of %d bytes", p.Name, m, len(text))
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Errorf("%s: mention %+v not on rune boundaries", p.Name, m)
			}
			if m.Start <= prev {
				t.Errorf("%s: mentions out of order at %+v", p.Name, m)
			}
			prev = m.Start
		}
	}
}

func TestPeopleSpans(t *testing.T) {
	lx := testLexicon(t)
	for _, tt := range peopleCases {
		people := peopleIn(tt.text, lx)
		checkPeopleSpans(t, tt.text, people)
		for _, p := range people {
			for _, m := range p.Mentions {
				mention := tt.text[m.Start:m.End]
				last := p.Name[strings.LastIndexByte(p.Name, ' ')+1:]
				first, _, _ := strings.Cut(p.Name, " ")
				if !strings.Contains(mention, last) && !strings.Contains(mention, first) {
					t.Errorf("%s: mention %q names neither %q nor %q", tt.name, mention, first, last)
				}
			}
		}
	}
}

func FuzzFindPeople(f *testing.F) {
	for _, tt := range peopleCases {
		f.Add(tt.text)
	}
	f.Add("Mr.\n\nSen. [ ] O'’s Ü-Ö. J. T.R.")
	f.Add("A-B-C D'E ’s Mr Mrs. \xff\xfe Ann\u00a0Lee")
	f.Add("Rex Tillerson met him.\n\nTillerson said so.\n\n\nMr. Lavrov, the minister, agreed.\n\nLavrov")
	// a paragraph that never ends a sentence, and quotes nested deep
	f.Add(strings.Repeat("and Ann Lee said Bob Day added Mr. Cole ", 60))
	f.Add(strings.Repeat("Ann Lee said “Bob Day said ‘", 60) + "hi" + strings.Repeat("’”", 60))
	lx := testLexicon(f)
	// Let texts of a few bytes be split among workers, which must not
	// change the result.
	defer func(n int) { minRun = n }(minRun)
	minRun = 8
	f.Fuzz(func(t *testing.T, text string) {
		one := peopleIn(text, lx)
		checkPeopleSpans(t, text, one)
		many, _, err := findPeople(context.Background(), text, lx, 3, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(one, many) {
			t.Errorf("three workers found %+v\none worker %+v", many, one)
		}
	})
}

// peopleIn runs findPeople with one worker.
func peopleIn(text string, lx *Lexicon) []Person {
	people, _, err := findPeople(context.Background(), text, lx, 1, nil)
	if err != nil {
		panic(err)
	}
	return people
}

// TestSplitRuns checks that the runs of paragraphs cover the text and
// start where a scan from the start of the text starts a paragraph.
func TestSplitRuns(t *testing.T) {
	para := strings.Repeat("word ", 400) // 2 KB
	tests := []struct {
		name string
		text string
		n    int
	}{
		{"short text, one run", "a\n\nb", 4},
		{"no paragraph break", strings.Repeat("x", 20<<10), 2},
		{"two breaks", para + "\n\n" + para + "\n\n" + para + "\n\n" + para, 2},
		{"runs of newlines", para + "\n\n\n\n\n" + para + "\n\n\n" + para + "\n\n\n\n" + para + "\n\n" + para, 3},
		{"more workers than paragraphs", para + "\n\n" + para + "\n\n" + para + "\n\n" + para + para, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The paragraph starts of a scan from the start.
			starts := map[int]bool{0: true}
			for start := 0; start < len(tt.text); {
				end := strings.Index(tt.text[start:], "\n\n")
				if end < 0 {
					break
				}
				start += end + 2
				starts[start] = true
			}
			runs := splitRuns(tt.text, tt.n)
			if len(runs) > tt.n || len(runs) == 0 {
				t.Fatalf("%d runs for %d workers", len(runs), tt.n)
			}
			if runs[0].Start != 0 || runs[len(runs)-1].End != len(tt.text) {
				t.Errorf("runs %v do not cover 0..%d", runs, len(tt.text))
			}
			for i, r := range runs {
				if !starts[r.Start] {
					t.Errorf("run %d starts at %d, inside a paragraph", i, r.Start)
				}
				if i > 0 && r.Start != runs[i-1].End+2 {
					t.Errorf("run %d starts at %d, run %d ends at %d", i, r.Start, i-1, runs[i-1].End)
				}
			}
		})
	}
}
