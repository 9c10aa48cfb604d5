package extract

import "testing"

// TestSourceLength checks which part of a source phrase names the
// source: the phrase is cut before its verb and trailing function words,
// and refused when it is no noun phrase (invented phrases).
func TestSourceLength(t *testing.T) {
	lx := testLexicon(t)
	for _, tt := range []struct{ phrase, want string }{
		{"The column goes on to", "The column"},
		{"The pamphlet was handed out at", "The pamphlet"},
		{"The film shows the mayor", "The film"},
		{"His office also mailed two flyers", "His office"},
		{"the clubs' letter to", "the clubs' letter"},
		{"the harbour board of using", "the harbour board"},
		{"a longtime adviser to Ruiz", "a longtime adviser to Ruiz"},
		{"a spokeswoman for the port", "a spokeswoman for the port"},
		{"the exit polls in Ohio", "the exit polls in Ohio"},
		{"a voice over", "a voice over"},
		{"One group campaigning for a ban", "One group campaigning for a ban"},
		{"Given how the draw fell", ""},
		{"Each spring", ""},
		{"There is talk of a strike", ""},
		{"FERRY FARES SOAR", ""},
		{"Syria", ""},
	} {
		got := keptSource(lx, tt.phrase, tt.phrase)
		if got != tt.want {
			t.Errorf("sourceLength(%q) keeps %q, want %q", tt.phrase, got, tt.want)
		}
	}
}

// keptSource returns the part of phrase, at the start of text, that
// sourceLength keeps as the name of a source ("" when none).
func keptSource(lx *Lexicon, text, phrase string) string {
	d := newDoc(text, lx)
	var words []token
	for _, tk := range d.tokenize(Span{0, len(phrase)}) {
		if tk.isWord() {
			words = append(words, tk)
		}
	}
	if n := d.sourceLength(words); n > 0 {
		return text[:words[n-1].End]
	}
	return ""
}

// TestSourceLengthVerbAfter checks that a source phrase cut before a
// preposition still loses the verb in -s that the preposition follows:
// "The quarrel centers" ends before "on", yet "centers" is its verb
// (invented phrases inside longer sentences).
func TestSourceLengthVerbAfter(t *testing.T) {
	lx := testLexicon(t)
	for _, tt := range []struct{ text, phrase, want string }{
		{"The quarrel centers on the fee.", "The quarrel centers", "The quarrel"},
		{"The review targets the two clinics.", "The review targets", "The review"},
		{"The exit polls in Ohio were late.", "The exit polls", "The exit polls"},
		{"The bias begins to show in May.", "The bias begins", "The bias"},
		{"The former mayor spoke after him.", "The former mayor spoke", "The former mayor"},
	} {
		got := keptSource(lx, tt.text, tt.phrase)
		if got != tt.want {
			t.Errorf("sourceLength(%q in %q) keeps %q, want %q", tt.phrase, tt.text, got, tt.want)
		}
	}
}
