package extract

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/byline-reader/byline/assets"
)

func TestIsNameSuffix(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"Jr.", true}, {"jr", true}, {"SR.", true}, {"III", true}, {"iv", true},
		{"Jr.,", false}, {"J", false}, {"Junior", false}, {"", false}, {"Ⅲ", false}, {"vi", false},
		{"III.", false}, {"ii.", false}, {"Jr..", false}, {".", false},
	}
	for _, tt := range tests {
		if got := isNameSuffix(tt.w); got != tt.want {
			t.Errorf("isNameSuffix(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestIsInitialWord checks that an initial is letters each with its
// period: "Jr." is a name suffix and "Rep." an abbreviation, no initial.
func TestIsInitialWord(t *testing.T) {
	for w, want := range map[string]bool{
		"J.": true, "T.R.": true, "é.": false, "Jr.": false, "Rep.": false, "J": false, "": false,
	} {
		if got := isInitialWord(w); got != want {
			t.Errorf("isInitialWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNameLen(t *testing.T) {
	tests := []struct {
		words []string
		want  int
	}{
		{[]string{"Martin", "Luther", "King", "Jr."}, 3},
		{[]string{"Emanuel", "Cleaver", "II"}, 2},
		{[]string{"Jr."}, 1}, // a suffix alone stays a word
		{[]string{"Bernie", "Sanders"}, 2},
		{nil, 0},
	}
	for _, tt := range tests {
		if got := nameLen(tt.words); got != tt.want {
			t.Errorf("nameLen(%q) = %d, want %d", tt.words, got, tt.want)
		}
	}
}

// TestHyphenatedCompany checks that the company list knows names of
// people joined by hyphens ("hewlett-packard"), which confirmation asks.
func TestHyphenatedCompany(t *testing.T) {
	lx, err := LoadLexicon(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		words []string
		want  bool
	}{
		{[]string{"Hewlett", "Packard"}, true},
		{[]string{"COCA", "cola"}, true},
		{[]string{"Archer", "Daniels", "Midland"}, true},
		{[]string{"Packard", "Hewlett"}, false},
		{[]string{"Bartholomew", "Fitzgerald", "Wolfeschlegelstein"}, false},
		{[]string{"Rex", "Tillerson"}, false},
	}
	for _, tt := range tests {
		if got := lx.info(strings.Join(tt.words, "-")).has(factCompany); got != tt.want {
			t.Errorf("company fact of %q joined by hyphens = %v, want %v", tt.words, got, tt.want)
		}
	}
}

func TestIsShouted(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"NPR", true}, {"AFP", true}, {"UC-AFT", true}, {"ÉTÉ", true}, {"3MB", true},
		{"A", false}, {"Npr", false}, {"nPR", false}, {"3M", false}, {"Été", false}, {"42", false},
	}
	for _, tt := range tests {
		if got := isShouted(tt.w); got != tt.want {
			t.Errorf("isShouted(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestAnalysesInTurnAgree analyses texts in turn: the answers must be
// those of the texts analysed in another order.
func TestAnalysesInTurnAgree(t *testing.T) {
	lx := testLexicon(t)
	texts := []string{
		"Sen. Bernie Sanders spoke on Monday. “We will win,” Sanders said.\n\nHillary Clinton left.",
		"“It is over,” said Gov. John Kasich of Ohio. Kasich’s aides agreed.\n\nMr. Kasich smiled.",
		"The ministry said nothing. A spokeswoman, Anna Lee, said: “No comment.”",
	}
	first := make([]Analysis, len(texts))
	for i, text := range texts {
		first[i] = Analyze(text, lx)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if again := Analyze(texts[i], lx); !reflect.DeepEqual(again, first[i]) {
			t.Errorf("text %d analysed again after the others:\n got %+v\nwant %+v", i, again, first[i])
		}
	}
}

// TestPeopleSlicesApart checks that the people's mentions and aliases,
// cut from shared slices, do not overlap: appending to one person's
// leaves the next one's as it was.
func TestPeopleSlicesApart(t *testing.T) {
	text := "Sen. Bernie Sanders spoke. Mr. Sanders left. Hillary Clinton stayed, and Mrs. Clinton said so."
	people := peopleIn(text, testLexicon(t))
	if len(people) < 2 {
		t.Fatalf("found %+v, want two people", people)
	}
	next := people[1]
	aliases, mentions := slices.Clone(next.Aliases), slices.Clone(next.Mentions)
	people[0].Aliases = append(people[0].Aliases, "X", "Y", "Z")
	people[0].Mentions = append(people[0].Mentions, Span{1, 2}, Span{3, 4})
	if !slices.Equal(next.Aliases, aliases) || !slices.Equal(next.Mentions, mentions) {
		t.Errorf("appending to the first person changed the second: aliases %q, mentions %v; were %q, %v",
			next.Aliases, next.Mentions, aliases, mentions)
	}
	if people[1].Aliases == nil {
		t.Error("a person's Aliases is nil, want empty")
	}
}

// TestAddEnt checks that the entities made before keep their values as
// more are added.
func TestAddEnt(t *testing.T) {
	s := &peopleScan{lx: &Lexicon{}}
	for i := range 100 {
		if e := s.addEnt(personEnt{surname: strconv.Itoa(i), firstAt: i}); e != i {
			t.Fatalf("entity %d has index %d", i, e)
		}
		s.ents[i].lastAt = i // set through the pointer, as resolve does
	}
	for i, e := range s.ents {
		if e.surname != strconv.Itoa(i) || e.firstAt != i || e.lastAt != i {
			t.Errorf("entity %d is %+v", i, *e)
		}
	}
}

// TestNameIndex checks that a word's entities come back oldest first,
// the last maxNamesakes of them, by surname and by first name apart.
func TestNameIndex(t *testing.T) {
	s := &peopleScan{lx: &Lexicon{}}
	names := nameIndex{}
	var smiths []int
	for i := range maxNamesakes + 5 {
		e := s.addEnt(personEnt{first: "john", surname: "smith"})
		names.add("smith", asSurname, e)
		smiths = append(smiths, e)
		if i%2 == 0 {
			o := s.addEnt(personEnt{first: "smith", surname: "jones"})
			names.add("jones", asSurname, o)
			names.add("smith", asFirst, o)
		}
	}
	if got, want := s.namesakes(names["smith"], asSurname), smiths[5:]; !slices.Equal(got, want) {
		t.Errorf("smith as surname: %v, want %v", got, want)
	}
	if got := s.namesakes(names["smith"], asFirst); len(got) != (maxNamesakes+6)/2 || !slices.IsSorted(got) {
		t.Errorf("smith as first name: %v, want %d entities, oldest first", got, (maxNamesakes+6)/2)
	}
	if got := s.namesakes(names["brown"], asSurname); len(got) != 0 {
		t.Errorf("brown: %v, want none", got)
	}
}

// TestTokenHelpers checks that the helpers that ask about a token answer
// as those that ask about its word do.
func TestTokenHelpers(t *testing.T) {
	lx, err := LoadLexicon(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	text := "Secretary-General Justices Sen. Indiana-born Kwok-hung Pro-Beijing Rex Tillerson Governor"
	s := &peopleScan{text: text, lx: lx}
	toks := lex(text, 0, len(text), lexNames, nil)
	tests := []struct {
		word     string
		kind     titleKind
		compound bool
	}{
		{"Secretary-General", titleHead, false},
		{"Justices", titleHead, false},
		{"Sen.", s.titleKindOf("Sen."), false},
		{"Indiana-born", notTitle, true},
		{"Kwok-hung", notTitle, false},
		{"Pro-Beijing", notTitle, true},
		{"Rex", notTitle, false},
		{"Tillerson", notTitle, false},
		{"Governor", titleHead, false},
	}
	if len(toks) != len(tests) {
		t.Fatalf("%d tokens, want %d", len(toks), len(tests))
	}
	for i, tt := range tests {
		tok := &toks[i]
		if w := text[tok.Start:tok.End]; w != tt.word {
			t.Fatalf("token %d is %q, want %q", i, w, tt.word)
		}
		if got := s.titleKindAt(tok); got != tt.kind || got != s.titleKindOf(tt.word) {
			t.Errorf("titleKindAt(%q) = %v, want %v (titleKindOf %v)", tt.word, got, tt.kind, s.titleKindOf(tt.word))
		}
		if got := s.isModifierCompound(tt.word); got != tt.compound {
			t.Errorf("isModifierCompound(%q) = %v, want %v", tt.word, got, tt.compound)
		}
		inf := s.lx.info(tt.word)
		if got, want := s.isTitleTok(tok), inf.title().kind != notTitle || inf.has(factDemonym); got != want {
			t.Errorf("isTitleTok(%q) = %v, want %v", tt.word, got, want)
		}
		if got := s.tokInfo(tok); got != inf {
			t.Errorf("tokInfo(%q) = %v, want %v", tt.word, got, inf)
		}
	}
}

// TestNameLike checks what nameLike makes of a word with the lists'
// record of it.
func TestNameLike(t *testing.T) {
	full, err := LoadLexicon(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	lx := full
	tests := []struct {
		w    string
		want bool
	}{
		{"Bernie", true}, {"de", true}, {"Jr.", true}, {"J.", true}, {"Hochsprung", true},
		{"Party", false}, {"January", false}, {"Table", false},
	}
	for _, tt := range tests {
		if got := nameLike(tt.w, lx.info(tt.w)); got != tt.want {
			t.Errorf("nameLike(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestIsAcronym checks which words in capitals isAcronym takes for
// acronyms.
func TestIsAcronym(t *testing.T) {
	text := "NPR AFP J. III A Npr npr UC-AFT"
	s := &peopleScan{text: text, lx: &Lexicon{}}
	want := map[string]bool{"NPR": true, "AFP": true, "UC-AFT": true}
	for _, tok := range lex(text, 0, len(text), lexNames, nil) {
		w := text[tok.Start:tok.End]
		if got := s.isAcronym(&tok); got != want[w] {
			t.Errorf("isAcronym(%q) = %v, want %v", w, got, want[w])
		}
	}
}

// TestIsModifierCompound checks which hyphenated words read as
// adjectives or compound nouns rather than double names.
func TestIsModifierCompound(t *testing.T) {
	full, err := LoadLexicon(assets.FS)
	if err != nil {
		t.Fatal(err)
	}
	s := &peopleScan{lx: full}
	tests := []struct {
		w    string
		want bool
	}{
		{"Indiana-born", true}, {"Saudi-led", true}, {"Pro-Beijing", true}, {"T-shirts", true},
		{"Anti-war", true}, {"Indiana‐born", true}, // a Unicode hyphen
		{"Kwok-hung", false}, {"Lung-bin", false}, {"Jean--Paul", false}, {"-born", false},
		{"Smith", false}, {"Lloyd-Webber", false},
	}
	for _, tt := range tests {
		if got := s.isModifierCompound(tt.w); got != tt.want {
			t.Errorf("isModifierCompound(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// titleKindOf returns the title kind of w, or of the first part of a
// hyphenated title ("Secretary-General", "Attorney-General").
func (s *peopleScan) titleKindOf(w string) titleKind {
	return s.titleKindWith(w, s.lx.info(w), false)
}
