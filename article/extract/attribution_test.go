package extract

import (
	"context"
	"strings"
	"testing"
)

// testPeople makes people for text from "Full Name|Alias|Alias" entries,
// with a mention at every whole-word occurrence of the name or an alias
// (and the gender a trailing "/m" or "/f" gives).
func testPeople(text string, specs ...string) []Person {
	var people []Person
	for _, spec := range specs {
		var p Person
		spec, g, _ := strings.Cut(spec, "/")
		switch g {
		case "m":
			p.Gender = GenderMale
		case "f":
			p.Gender = GenderFemale
		}
		forms := strings.Split(spec, "|")
		p.Name, p.Aliases = forms[0], forms[1:]
		taken := make([]bool, len(text))
		for _, f := range forms {
			for i := 0; ; {
				k := strings.Index(text[i:], f)
				if k < 0 {
					break
				}
				s, e := i+k, i+k+len(f)
				i = e
				if s > 0 && isASCIIWordByte(text[s-1]) || e < len(text) && isASCIIWordByte(text[e]) || taken[s] {
					continue
				}
				for j := s; j < e; j++ {
					taken[j] = true
				}
				p.Mentions = append(p.Mentions, Span{s, e})
			}
		}
		sortSpans(p.Mentions)
		people = append(people, p)
	}
	return people
}

func sortSpans(s []Span) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Start < s[j-1].Start; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// attributionTests are the speech patterns attribution must read: each
// text, the people findPeople would report, and the speaker wanted for
// every listed quote (by its text).
var attributionTests = []struct {
	name   string
	text   string
	people []string
	want   map[string]string
	how    Attribution // how the first listed quote is attributed, when set
}{
	{"quote then name said", `"We will win," Tillerson said.`, []string{"Rex Tillerson|Tillerson"},
		map[string]string{"We will win,": "Rex Tillerson"}, Explicit},
	{"quote then said name", `"We will win," said Rex Tillerson, the secretary of state.`, []string{"Rex Tillerson|Tillerson"},
		map[string]string{"We will win,": "Rex Tillerson"}, Explicit},
	{"name said colon", `Lavrov said: "We disagree."`, []string{"Sergey Lavrov|Lavrov"},
		map[string]string{"We disagree.": "Sergey Lavrov"}, Explicit},
	{"name told someone", `Lavrov told reporters in Moscow, "It was slanderous."`, []string{"Sergey Lavrov|Lavrov"},
		map[string]string{"It was slanderous.": "Sergey Lavrov"}, Explicit},
	{"said inside the sentence", `Tillerson said the meeting had been "productive."`, []string{"Rex Tillerson|Tillerson"},
		map[string]string{"productive.": "Rex Tillerson"}, Explicit},
	{"reports", `"The talks failed," Harbor Radio's Mina Okafor reports.`, []string{"Mina Okafor"},
		map[string]string{"The talks failed,": "Mina Okafor"}, Explicit},
	{"reports that", `Harbor Radio's Mina Okafor reports that Dorn went into talks "warning the council not to strike."`,
		[]string{"Mina Okafor", "Ivo Dorn|Dorn"},
		map[string]string{"warning the council not to strike.": "Mina Okafor"}, Explicit},
	{"wrote in a statement", `"We are done," Jane Doe wrote in a statement.`, []string{"Jane Doe|Doe"},
		map[string]string{"We are done,": "Jane Doe"}, Explicit},
	{"according to", `The deal is off, "for now at least," according to Jane Doe.`, []string{"Jane Doe|Doe"},
		map[string]string{"for now at least,": "Jane Doe"}, Explicit},
	{"quoted as saying", `Interfax quoted Putin as saying "relations have only worsened."`, []string{"Vladimir Putin|Putin"},
		map[string]string{"relations have only worsened.": "Vladimir Putin"}, Explicit},
	{"title before name", `"Ten years ago, this was unthinkable," said Ambassador Kemble.`,
		[]string{"Carl Kemble|Kemble"}, map[string]string{"Ten years ago, this was unthinkable,": "Carl Kemble"}, Explicit},
	{"appositive", `"Some may call it rash," Tellpress, the main Karvian state agency, wrote.`, nil,
		map[string]string{"Some may call it rash,": "Tellpress, the main Karvian state agency"}, Explicit},
	{"appositive after name", `Priya Nair, of the University of Bergen, said "the numbers will hold up."`, []string{"Priya Nair"},
		map[string]string{"the numbers will hold up.": "Priya Nair"}, Explicit},
	{"relative clause", `Voss, who once described Ashdown as "a reckless gambler," spoke.`,
		[]string{"Anton Voss|Voss", "Ellen Ashdown|Ashdown"}, map[string]string{"a reckless gambler,": "Anton Voss"}, Explicit},
	{"participle", `Signe stood up for her mother on Instagram, saying: "She did nothing wrong."`, []string{"Signe"},
		map[string]string{"She did nothing wrong.": "Signe"}, Explicit},
	{"with name stating", `It quoted Tom Akers and Nadia Reyes, with Reyes stating: "Families need clear answers."`,
		[]string{"Tom Akers", "Nadia Reyes|Reyes"}, map[string]string{"Families need clear answers.": "Nadia Reyes"}, Explicit},
	{"non-person source", `"We are confident," the ministry said on Friday.`, nil,
		map[string]string{"We are confident,": "the ministry"}, Explicit},
	{"spokeswoman", `"No comment at this time," a spokeswoman for the campaign said.`, []string{"Hillary Clinton|Clinton"},
		map[string]string{"No comment at this time,": "a spokeswoman for the campaign"}, Explicit},
	{"pronoun after a name", `Sergey Lavrov met the press on Monday. "We disagree with all of it," he said.`,
		[]string{"Sergey Lavrov|Lavrov"}, map[string]string{"We disagree with all of it,": "Sergey Lavrov"}, Inferred},
	{"pronoun by gender", `Ruth Okafor spoke after Tomas Pruitt. "It is a strange thing to ask," she said.`,
		[]string{"Ruth Okafor|Okafor/f", "Tomas Pruitt|Pruitt/m"},
		map[string]string{"It is a strange thing to ask,": "Ruth Okafor"}, Inferred},
	{"pronoun prefers the speaker", `"We will fight," Ashdown said at a rally for Tomas Pruitt.` + "\n\n" + `"And we will win," he added.`,
		[]string{"Victor Ashdown|Ashdown", "Tomas Pruitt|Pruitt"}, map[string]string{"And we will win,": "Victor Ashdown"}, Inferred},
	{"role noun", `Secretary of State Rex Tillerson arrived late.` + "\n\n" + `"We will talk," the secretary said.`,
		[]string{"Rex Tillerson|Tillerson"}, map[string]string{"We will talk,": "Rex Tillerson"}, Explicit},
	{"second quote of the sentence", `"There is a low level of trust," Tillerson said, sitting down. "It cannot go on."`,
		[]string{"Rex Tillerson|Tillerson"}, map[string]string{"It cannot go on.": "Rex Tillerson"}, Inferred},
	{"run over paragraphs", `"First of all," Tillerson said.` + "\n\n" + `"Second, we will talk again soon."`,
		[]string{"Rex Tillerson|Tillerson"}, map[string]string{"Second, we will talk again soon.": "Rex Tillerson"}, Inferred},
	{"quote continued over paragraphs", `Tillerson said: "It was a long meeting.` + "\n\n" + `"And it went on and on."`,
		[]string{"Rex Tillerson|Tillerson"}, map[string]string{"And it went on and on.": "Rex Tillerson"}, Inferred},
	{"speaker in the sentence before", `Or maybe Ada Pruitt, consultant Tom Akers says. "A fresh look is under way."`,
		[]string{"Tom Akers|Akers", "Ada Pruitt|Pruitt"}, map[string]string{"A fresh look is under way.": "Tom Akers"}, Inferred},
	{"interrupted quote", `Dunmore did not give in. "If you feel hurt," he wrote, "that's on you, not on me."`,
		[]string{"Owen Dunmore|Dunmore"},
		map[string]string{"If you feel hurt,": "Owen Dunmore", "that's on you, not on me.": "Owen Dunmore"}, 0},
	{"no antecedent", `"If you feel hurt by this," he wrote.`, nil, map[string]string{"If you feel hurt by this,": ""}, Unattributed},
	{"name without people", `"We are so proud," team member Laila Haidari told the press.`, nil,
		map[string]string{"We are so proud,": "Laila Haidari"}, Explicit},
	{"surname joins full name without people", `Jared Sexton teaches writing.` + "\n\n" + `"It was ugly," Sexton said.`, nil,
		map[string]string{"It was ugly,": "Jared Sexton"}, Explicit},
	{"colon after the subject's verb", `Rubio attacked him. Cruz shot back: "Marco is desperate."`,
		[]string{"Ted Cruz|Cruz", "Marco Rubio|Rubio|Marco"}, map[string]string{"Marco is desperate.": "Ted Cruz"}, Explicit},
	{"speech noun is no verb", `The union said in its statement that the mayor's plan was "beneath contempt."`, nil,
		map[string]string{"beneath contempt.": "The union"}, Explicit},
	{"one word continues a quote", `"I disagree," said Cruz. "Strongly."`, []string{"Ted Cruz|Cruz"},
		map[string]string{"Strongly.": "Ted Cruz"}, Inferred},
	{"organisation points out", `But as the Harbor Gazette pointed out, "Nothing has changed since spring."`, nil,
		map[string]string{"Nothing has changed since spring.": "the Harbor Gazette"}, Explicit},
	{"dateline is no speaker", "LISBON — Senator Ruth Okafor compared him to \"an open door.\"",
		[]string{"Ruth Okafor|Okafor"}, map[string]string{"an open door.": "Ruth Okafor"}, 0},
}

func TestAttribution(t *testing.T) {
	for _, tt := range attributionTests {
		t.Run(tt.name, func(t *testing.T) {
			people := testPeople(tt.text, tt.people...)
			d := newDoc(tt.text, embeddedLexicon(t))
			quotes := d.judge(attributeAll(t, d, people))
			got := map[string]Quote{}
			for _, q := range quotes {
				got[q.Text] = q
			}
			first := true
			for text, want := range tt.want {
				q, ok := got[text]
				if !ok {
					t.Errorf("quote %q not found among %v", text, quotes)
					continue
				}
				if q.Speaker != want {
					t.Errorf("quote %q: speaker %q, want %q", text, q.Speaker, want)
				}
				if q.Person >= 0 && people[q.Person].Name != q.Speaker {
					t.Errorf("quote %q: person %d is %q, speaker %q", text, q.Person, people[q.Person].Name, q.Speaker)
				}
				if first && (tt.how != 0 || want == "") && len(tt.want) == 1 && q.How != tt.how {
					t.Errorf("quote %q: how %d, want %d", text, q.How, tt.how)
				}
				first = false
			}
		})
	}
}

// judgeTests list quoted passages that are no speech and must be left out,
// beside the speech that must stay.
var judgeTests = []struct {
	name string
	text string
	keep []string
	drop []string
}{
	{"show title", `He appeared on "Face the Nation," and later on "Meet the Press."`, nil,
		[]string{"Face the Nation,", "Meet the Press."}},
	{"book title with author", `One of her reads, "The Long Winter Road," by J.D. Harlan, drove it home.`, nil,
		[]string{"The Long Winter Road,"}},
	{"name of a thing", `They named their robot "Tinbot."`, nil, []string{"Tinbot."}},
	{"scare quote as modifier", `The workers were granted "refugee" status on those grounds.`, nil, []string{"refugee"}},
	{"handle and number", `Posted by "@kokopatti" as "771316789665992704".`, nil, []string{"@kokopatti", "771316789665992704"}},
	{"quote as modifier", `The "open door" phrase Okafor cited has appeared in speeches.`, nil, []string{"open door"}},
	{"lone term", `Dozens of the union's "stewards" have backed her.`, nil, []string{"stewards"}},
	{"html residue", `[<a href="https://example.org/x" target="_blank">A vigil "Grief in here is heavy" (with photos)</a>.]`, nil,
		[]string{"https://example.org/x", "_blank", "Grief in here is heavy"}},
	{"one attributed word stays", `Okafor said the board had found no trace of the "phantom" payments.`,
		[]string{"phantom"}, nil},
	{"nested dialogue dropped", `"She said, 'Well, you missed another deadline today,' and smiled," Voss said.`,
		[]string{"She said, 'Well, you missed another deadline today,' and smiled,"}, []string{"Well, you missed another deadline today,"}},
	{"nested third-party word kept", `"Okafor has accused the council of 'negligence' in Harwick," Carver reports.`,
		[]string{"Okafor has accused the council of 'negligence' in Harwick,", "negligence"}, nil},
}

func TestJudge(t *testing.T) {
	for _, tt := range judgeTests {
		t.Run(tt.name, func(t *testing.T) {
			people := testPeople(tt.text, "Ruth Okafor|Okafor", "Anton Voss|Voss", "Ines Carver|Carver")
			d := newDoc(tt.text, embeddedLexicon(t))
			got := map[string]bool{}
			for _, q := range d.judge(attributeAll(t, d, people)) {
				got[q.Text] = true
			}
			for _, k := range tt.keep {
				if !got[k] {
					t.Errorf("quote %q left out", k)
				}
			}
			for _, k := range tt.drop {
				if got[k] {
					t.Errorf("quote %q kept", k)
				}
			}
		})
	}
}

// attributeAll runs d.attribute without a deadline. Without people it
// hands over the people stage's candidates, as Analyze does when that
// stage confirms nobody.
func attributeAll(t *testing.T, d *quoteDoc, people []Person) []speakerGuess {
	t.Helper()
	var unconfirmed []Span
	if len(people) == 0 {
		s, err := scanCandidates(context.Background(), d.text, d.lx, 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		unconfirmed = s.candidateNames()
	}
	spk, err := d.attribute(context.Background(), people, unconfirmed, nil)
	if err != nil {
		t.Fatal(err)
	}
	return spk
}

// TestAttrWordSet checks the three questions a word set answers, in the
// letter cases the attribution asks them.
func TestAttrWordSet(t *testing.T) {
	s := newWordSet("said told according so-called has' u.s. a")
	tests := []struct {
		w                       string
		contains, has, hasLower bool
	}{
		{"said", true, true, true},
		{"Said", false, true, true},
		{"SAID", false, false, true},
		{"sAid", false, false, true},
		{"says", false, false, false},
		{"so-called", true, true, true},
		{"So-Called", false, false, true},
		{"has'", true, true, true},
		{"U.S.", false, false, true},
		{"A", false, true, true},
		{"", false, false, false},
		{"\u212Aold", false, false, false}, // Kelvin sign: lowers to "kold"
		{"s\u00e4id", false, false, false},
		{"accordingly", false, false, false},
	}
	for _, tt := range tests {
		if got := s.contains(tt.w); got != tt.contains {
			t.Errorf("contains(%q) = %v, want %v", tt.w, got, tt.contains)
		}
		if got := s.has(tt.w); got != tt.has {
			t.Errorf("has(%q) = %v, want %v", tt.w, got, tt.has)
		}
		if got := s.hasLower(tt.w); got != tt.hasLower {
			t.Errorf("hasLower(%q) = %v, want %v", tt.w, got, tt.hasLower)
		}
	}
	k := newWordSet("kold")
	if !k.hasLower("\u212Aold") {
		t.Errorf("hasLower does not lower the Kelvin sign as strings.ToLower does")
	}
}

// TestFieldHelpers checks firstField, lastField and hasField against
// strings.Fields, and the name helpers built on them.
func TestFieldHelpers(t *testing.T) {
	for _, s := range []string{"", " ", "Trump", "Donald Trump", "  Carl B. Kemble Jr.  ",
		"a\tb\nc", "Jean\u00a0Dupont", "Lech\u2003Wałęsa", "\u3000x\u3000", "x\xffy z",
		"a\x7fb c", "\x01", " \x00 ", "\u00a0", "\u00a0é\u00a0", "~!", "é", "Ñ Ñ\u2028Ñ\v"} {
		want := strings.Fields(s)
		var got []string
		for f, rest := firstField(s); f != ""; f, rest = firstField(rest) {
			got = append(got, f)
		}
		var back []string
		for before, f := lastField(s); f != ""; before, f = lastField(before) {
			back = append([]string{f}, back...)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || strings.Join(back, "|") != strings.Join(want, "|") {
			t.Errorf("%q: firstField gives %q, lastField %q, want %q", s, got, back, want)
		}
		if hasField(s) != (len(want) > 0) {
			t.Errorf("hasField(%q) = %v", s, hasField(s))
		}
		if fieldCount(s) != len(want) {
			t.Errorf("fieldCount(%q) = %d, want %d", s, fieldCount(s), len(want))
		}
		if len(want) > 0 && firstFieldOf(s) != want[0] || len(want) == 0 && firstFieldOf(s) != "" {
			t.Errorf("firstFieldOf(%q) = %q", s, firstFieldOf(s))
		}
	}
	for _, tt := range []struct {
		a, b  string
		agree bool
	}{
		{"Donald", "Donald", true}, {"D.", "Donald", true}, {"don", "DONALD", true}, {"Donald", "Ronald", false},
		{"", "Donald", true}, {"Ève", "ève", true}, {"É.", "Émile", true}, {"Émile", "Emile", false},
	} {
		if got := firstNamesAgree(tt.a, tt.b); got != tt.agree {
			t.Errorf("firstNamesAgree(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.agree)
		}
	}
	for _, tt := range []struct {
		name string
		n    int
	}{{"Donald Trump", 2}, {"Donald Trump Jr.", 2}, {"Trump Jr.", 1}, {"Jr.", 1}, {"Harry B. Harris III", 3}, {"", 0}} {
		if got := nameWordCount(tt.name); got != tt.n {
			t.Errorf("nameWordCount(%q) = %d, want %d", tt.name, got, tt.n)
		}
	}
	names := []struct{ name, last, key string }{
		{"Donald Trump", "Trump", "trump"},
		{"Donald Trump Jr.", "Trump", "trump jr"},
		{"Carl B. Kemble Jr.", "Kemble", "kemble jr"},
		{"John Smith III", "Smith", "smith iii"},
		{"Jr.", "Jr", "jr"},
		{"Madonna", "Madonna", "madonna"},
		{"", "", ""},
	}
	for _, tt := range names {
		if got := lastName(tt.name); got != tt.last {
			t.Errorf("lastName(%q) = %q, want %q", tt.name, got, tt.last)
		}
		if got := surnameKeyOf(tt.name); got != tt.key {
			t.Errorf("surnameKeyOf(%q) = %q, want %q", tt.name, got, tt.key)
		}
	}
}

// TestLowerIs checks lowerIs against strings.ToLower, with the two
// non-ASCII letters whose lower case is ASCII.
func TestLowerIs(t *testing.T) {
	for _, tt := range []struct{ w, lower string }{
		{"of", "of"}, {"Of", "of"}, {"OF", "of"}, {"off", "of"}, {"", "of"},
		{"\u0130T", "it"}, {"\u212Aing", "king"}, {"\u00d6f", "of"}, {"Trump’s", "trump’s"},
	} {
		if got, want := lowerIs(tt.w, tt.lower), strings.ToLower(tt.w) == tt.lower; got != want {
			t.Errorf("lowerIs(%q, %q) = %v, want %v", tt.w, tt.lower, got, want)
		}
	}
}

// TestIsSpeechVerb checks the inflections the Lexicon's isSpeechVerb
// accepts, in any case.
func TestIsSpeechVerb(t *testing.T) {
	lx := embeddedLexicon(t)
	for _, tt := range []struct {
		w    string
		verb bool
	}{
		{"said", true}, {"Said", true}, {"SAID", true},
		{"stating", true}, {"quipping", true}, {"admitting", true},
		{"Saying", true}, {"SayING", true}, {"sing", true},
		{"thing", false}, {"king", false}, {"ing", false}, {"", false},
		{"Ärger", false}, {"pointed", true}, {"slammed", true},
	} {
		if got := lx.isSpeechVerb(tt.w); got != tt.verb {
			t.Errorf("isSpeechVerb(%q) = %v, want %v", tt.w, got, tt.verb)
		}
	}
	// The people stage takes only the verbs marked P as a sign of a person.
	for w, person := range map[string]bool{"said": true, "warned": true, "slammed": false, "report": false} {
		if got := lx.info(w).has(factSpeechPerson); got != person {
			t.Errorf("%q marked P: %v, want %v", w, got, person)
		}
	}
}

// TestHasSuffixFold checks hasSuffixFold against strings.ToLower, with
// the letters that lower to ASCII from outside it.
func TestHasSuffixFold(t *testing.T) {
	for _, w := range []string{"", "s", "S", "says", "SAYS", "RUNNİNG", "running", "Trump’s", "café", "ĸing", "\xffing", "İ", "rulİNG"} {
		for _, suf := range []string{"s", "ed", "ing", "i"} {
			if got, want := hasSuffixFold(w, suf), strings.HasSuffix(strings.ToLower(w), suf); got != want {
				t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", w, suf, got, want)
			}
		}
	}
}

// TestNotNameWord checks which capitalized words notNameWord keeps out
// of names: titles, nationalities, sentence and calendar words, and
// dictionary words that are no known name.
func TestNotNameWord(t *testing.T) {
	d := newDoc("", testLexicon(t))
	for w, want := range map[string]bool{
		"President": true, "Mr.": true, "Russian": true, "The": true, "Monday": true, "However": true,
		"Clinton": false, "Sanders": false, "García": false, "Okonkwo": false,
	} {
		if got := d.notNameWord(w); got != want {
			t.Errorf("notNameWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestIsSentenceWord checks that isSentenceWord knows the words of its
// lists in any case, and no name.
func TestIsSentenceWord(t *testing.T) {
	d := newDoc("", embeddedLexicon(t))
	isSentenceWord := d.isSentenceWord
	for _, set := range []wordSet{determiners, introWords, clauseStops, nonNameStarts, timeWords} {
		for w := range set {
			if !isSentenceWord(w) || !isSentenceWord(strings.ToUpper(w)) || !isSentenceWord(strings.ToUpper(w[:1])+w[1:]) {
				t.Errorf("isSentenceWord(%q) = false, in any case", w)
			}
		}
	}
	for _, w := range []string{"Trump", "Clinton", "SANDERS", "Jr.", "\u212A"} {
		if isSentenceWord(w) {
			t.Errorf("isSentenceWord(%q) = true", w)
		}
	}
	if !isSentenceWord("İN") { // lowers to "in"
		t.Errorf("isSentenceWord(%q) = false", "İN")
	}
}

// TestTitleRole checks the role the Lexicon gives a title word: the long
// form of an abbreviation, the word itself for a role, "" for an
// honorific or a modifier, and no title for a function word that only
// joins the words of a role.
func TestTitleRole(t *testing.T) {
	lx := embeddedLexicon(t)
	for _, tt := range []struct {
		w, role string
		ok      bool
	}{
		{"Sen.", "senator", true}, {"sen", "senator", true}, {"Adm", "admiral", true},
		{"Dr.", "doctor", true}, {"Spokeswoman", "spokeswoman", true}, {"Mr.", "", true},
		{"former", "", true}, {"Homeland", "", true}, {"of", "", false}, {"and", "", false},
		{"Pruitt", "", false}, {"", "", false},
	} {
		role, ok := lx.titleRole(tt.w)
		if role != tt.role || ok != tt.ok {
			t.Errorf("titleRole(%q) = %q, %v, want %q, %v", tt.w, role, ok, tt.role, tt.ok)
		}
	}
}

// TestLooksDemonym checks the words that may stand before a title as a
// nationality, party or other modifier: the demonym list and the title
// list's modifiers, which the attribution stage once kept a copy of.
func TestLooksDemonym(t *testing.T) {
	lx := embeddedLexicon(t)
	for w, want := range map[string]bool{
		"Russian": true, "Kenyan": true, "Danish": true, "Jordanian": true, "Republican": true,
		"former": true, "of": false, "the": false, "Pruitt": false, "Said": false,
	} {
		if got := lx.looksDemonym(w); got != want {
			t.Errorf("looksDemonym(%q) = %v, want %v", w, got, want)
		}
	}
}
