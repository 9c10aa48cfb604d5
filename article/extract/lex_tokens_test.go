package extract

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // word tokens joined by |; a trailing ' marks a possessive, ^ a sentence start
	}{
		{"abbreviations keep their dot", "Mr. Smith met U.S. officials in Jan. and left.",
			"^Mr.|Smith|met|U.S.|officials|in|Jan.|and|left"},
		{"a plural title keeps its dot", "Ohio Sens. Ruiz and Vey", "^Ohio|Sens.|Ruiz|and|Vey"},
		{"initials", "Carla M. Voss and J.D. Harlan", "^Carla|M.|Voss|and|J.D.|Harlan"},
		{"hyphen and accent", "Douglas Kerr-Lindell and Lily Ortega García", "^Douglas|Kerr-Lindell|and|Lily|Ortega|García"},
		{"possessive", "Putin's aide", "^Putin'|aide"},
		{"curly possessive", "Kasich’s 145", "^Kasich'|145"},
		{"plural possessive", "Sanders’ vote", "^Sanders'|vote"},
		{"inner apostrophe", "Norah O'Donnell didn't", "^Norah|O'Donnell|didn't"},
		{"contraction is one word", "I’ve seen it", "^I’ve|seen|it"},
		{"sentence starts", "He left. She came! Why? Yes", "^He|left|^She|came|^Why|^Yes"},
		{"line starts a sentence", "one\nTwo", "^one|^Two"},
		{"mojibake stays in the word", "PeÃ±a Nieto", "^PeÃ±a|Nieto"},
		{"quote and dash", "“Go,” he said — twice", "^Go|he|said|twice"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, tk := range lex(tt.in, 0, len(tt.in), lexNames, nil) {
				if tk.kind != tokWord {
					continue
				}
				w := tt.in[tk.Start:tk.End]
				if tk.flags&flagSentStart != 0 {
					w = "^" + w
				}
				if tk.flags&flagPossessive != 0 {
					w += "'"
				}
				got = append(got, w)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tt.in, g, tt.want)
			}
		})
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "xx Ann Lee’s cat. Bo"
	toks := lex(text, 3, len(text), lexNames, nil)
	if len(toks) == 0 || text[toks[0].Start:toks[0].End] != "Ann" {
		t.Fatalf("tokens %+v do not start at Ann", toks)
	}
	for _, tk := range toks {
		if tk.Start < 3 || tk.End > len(text) || tk.Start >= tk.End {
			t.Errorf("token %+v out of range", tk)
		}
	}
}
