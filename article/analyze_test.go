package article

import (
	"os"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/byline-reader/byline/article/extract"
	"github.com/byline-reader/byline/assets"
)

// TestCreditedName checks which names photo credits yield.
func TestCreditedName(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Alexander Nemenov AFP/Getty Images", "Alexander Nemenov"},
		{"AP Photo/Evan Vucci", "Evan Vucci"},
		{"(AP Photo/Evan Vucci)", "Evan Vucci"},
		{"Photo: Jane Doe for NPR", "Jane Doe"},
		{"Photo by Ann Lee/Reuters", "Ann Lee"},
		{"Saul Loeb/AFP via Getty Images", "Saul Loeb"},
		{"Jane Doe/The New York Times", "Jane Doe"},
		{"Courtesy of María José García", "María José García"},
		{"Getty Images", ""},
		{"AFP", ""},
		{"Copyright 2017 NPR. To see more, visit", ""},
		{"Reporting by Jane Doe; Editing by John Roe", ""},
		{"Photo: courtesy of the family", ""},
		{"Image: NASA", ""},
	}
	for _, tc := range tests {
		if got := creditedName(tc.line); got != tc.want {
			t.Errorf("creditedName(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestAddCredited checks how a person named in a photo credit joins the
// people of the body.
func TestAddCredited(t *testing.T) {
	body := func() extract.Analysis {
		return extract.Analysis{
			People: []extract.Person{
				{Name: "Ada Voss", Aliases: []string{"Voss"}},
				{Name: "Roe", Aliases: []string{}},
			},
			Quotes: []extract.Quote{{Text: "q", Speaker: "Roe", Person: 1}, {Text: "r", Speaker: "Ada Voss", Person: 0}},
		}
	}
	tests := []struct {
		name, credit string
		want         func() extract.Analysis
	}{
		{"named in the body", "Ada Voss", body},
		{"an alias of the body", "Voss", body},
		{"the body's surname", "Jane Roe", func() extract.Analysis {
			an := body()
			an.People[1] = extract.Person{Name: "Jane Roe", Aliases: []string{"Roe"}}
			an.Quotes[0].Speaker = "Jane Roe"
			return an
		}},
		{"only in the credit", "Tom Akers", func() extract.Analysis {
			an := body()
			an.People = append(an.People, extract.Person{Name: "Tom Akers", Aliases: []string{}, Role: creditRole})
			return an
		}},
	}
	for _, tc := range tests {
		if got, want := addCredited(body(), tc.credit), tc.want(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: addCredited(%q) = %+v\nwant %+v", tc.name, tc.credit, got, want)
		}
	}
}

// TestAnalyzeSample analyses the sample: every offset must index Body,
// and once the extractor finds people at all, the photographer credited
// under the picture must be one of them.
func TestAnalyzeSample(t *testing.T) {
	data, err := os.ReadFile("../assets/sample.txt")
	if err != nil {
		t.Skip(err)
	}
	a, err := Parse("sample.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := extract.LoadLexicon(assets.FS)
	if err != nil {
		t.Skip("lexicon:", err)
	}
	an := Analyze(a, lx)
	inBody := func(s extract.Span) bool {
		return 0 <= s.Start && s.Start <= s.End && s.End <= len(a.Body) &&
			(s.Start == len(a.Body) || utf8.RuneStart(a.Body[s.Start])) &&
			(s.End == len(a.Body) || utf8.RuneStart(a.Body[s.End]))
	}
	credited := false
	for _, p := range an.People {
		for _, m := range p.Mentions {
			if !inBody(m) {
				t.Errorf("%s: mention %v outside body", p.Name, m)
			}
		}
		if p.Name == "Alexander Nemenov" {
			credited = true
			if len(p.Mentions) == 0 && p.Role != creditRole {
				t.Errorf("credited photographer has role %q, want %q", p.Role, creditRole)
			}
		}
	}
	for _, q := range an.Quotes {
		if !inBody(q.Span) || a.Body[q.Span.Start:q.Span.End] != q.Text {
			t.Errorf("quote %q at %v does not match body", q.Text, q.Span)
		}
	}
	if len(an.People) > 0 && !credited {
		t.Errorf("the credited photographer is missing from %d people", len(an.People))
	}
}
