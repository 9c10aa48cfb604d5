package extract

import (
	"strings"
	"testing"
)

// TestWordShapes checks that wordShapes admits every word of its set, in
// any case, and refuses words of other shapes.
func TestWordShapes(t *testing.T) {
	shapes := newWordShapes([]string{"say", "", "said", "telling", "acknowledged"})
	for _, w := range []string{"say", "Say", "SAID", "telling", "Acknowledged", "extraordinarily-long-words"} {
		if !shapes.admits(w) {
			t.Errorf("admits(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "s", "sad", "the", "and", "says", "telling.", "Trump", "sayé", "2ay"} {
		if shapes.admits(w) {
			t.Errorf("admits(%q) = true, want false", w)
		}
	}
	for _, w := range attrSpeechVerbs.slots {
		if w != "" && (!attrSpeechVerbs.shapes.admits(w) || !attrSpeechVerbs.shapes.admits(strings.ToUpper(w))) {
			t.Errorf("attrSpeechVerbs.shapes refuses %q, a speech verb", w)
		}
	}
	for _, set := range []*wordSet{&attrDeterminers, &attrIntroWords, &attrClauseStops, &attrNonNameStarts, &attrTimeWords} {
		for _, w := range set.slots {
			if w != "" && (!isSentenceWord(w) || !isSentenceWord(strings.ToUpper(w)) || !isSentenceWord(strings.ToUpper(w[:1])+w[1:])) {
				t.Errorf("isSentenceWord(%q) = false, in any case", w)
			}
		}
	}
	for _, w := range []string{"Trump", "Clinton", "SANDERS", "Jr.", "\u212A"} {
		if isSentenceWord(w) {
			t.Errorf("isSentenceWord(%q) = true", w)
		}
	}
	if !isSentenceWord("İN") { // lowers to "in", though of another shape
		t.Errorf("isSentenceWord(%q) = false", "İN")
	}
}
