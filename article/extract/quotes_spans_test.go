package extract

import "testing"

// TestTitleCaseSpeechOpeningSentence checks that a quote in title case
// that opens its sentence and ends in the punctuation of speech, with a
// speaker the sentence names, is speech; a title inside a sentence, or
// one that no speech pattern attributes, stays a title.
func TestTitleCaseSpeechOpeningSentence(t *testing.T) {
	people := []string{"Ines Cole|Cole/f", "Lee Falk|Falk/m"}
	for _, tt := range []struct {
		text, quote string
		kept        bool
		speaker     string
	}{
		{`"Back To Work," Ines Cole declared at the depot.`, "Back To Work,", true, "Ines Cole"},
		{`The hall went quiet. "Which Bridge?" Lee Falk asked.`, "Which Bridge?", true, "Lee Falk"},
		{`Falk answered in two words: "Not Today."`, "Not Today.", true, "Lee Falk"},
		{`Ines Cole told the hosts of "Morning Hour," on Sunday that the vote was close.`, "Morning Hour,", false, ""},
		{`"Harbor Lights," which airs on Fridays, drew few viewers last spring.`, "Harbor Lights,", false, ""},
	} {
		t.Run(tt.quote, func(t *testing.T) {
			checkKept(t, tt.text, people, tt.quote, tt.kept, tt.speaker)
		})
	}
}
