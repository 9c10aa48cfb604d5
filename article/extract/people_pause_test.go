package extract

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestResolvePauses checks that resolving the people of a long text
// calls the analysis' checkpoint (peopleScan.pause) between chunks of
// its passes over the candidates and the people, and so does the
// attribution as it takes them in; pausing changes nothing in the people
// found. Without the pauses, the some 130 ms that these two steps and
// the quotations' document take on 10 MB of news ran in one stretch.
func TestResolvePauses(t *testing.T) {
	text := manyPeopleText(1500)
	lx := testLexicon(t)
	scan := func() *peopleScan {
		s, err := scanCandidates(context.Background(), text, lx, 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	want := scan().resolve()
	s := scan()
	pauses := 0
	s.pause = func() { pauses++ }
	got := s.resolve()
	// three passes over all the candidates, one over the people
	if min := 3*(len(s.cands)/1024) + len(got)/64; pauses < min || min < 10 {
		t.Errorf("resolving %d candidates of %d people paused %d times, want at least %d (and 10)", len(s.cands), len(got), pauses, min)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("pausing changed the people found")
	}

	// and the attribution, as it takes the people in (initEntities)
	pauses = 0
	d := newDoc(text, lx)
	d.initEntities(got, func() { pauses++ })
	if min := len(got) / 64; pauses < min {
		t.Errorf("taking in %d people paused %d times, want at least %d", len(got), pauses, min)
	}
}

// manyPeopleText is n paragraphs of invented news, each naming a person
// of its own and then that person again by surname.
func manyPeopleText(n int) string {
	first := []string{"Mara", "Tobias", "Ines", "Calder", "Wren", "Odile"}
	syllables := []string{"brann", "quill", "dun", "mor", "vell", "as", "ick", "ton"}
	var b strings.Builder
	for i := range n {
		surname := strings.ToUpper(syllables[i%8][:1]) + syllables[i%8][1:] + syllables[i/8%8] + syllables[i/64%8]
		fmt.Fprintf(&b, "%s %s, a county engineer, said the bridge on Route %d would open in spring. "+
			"%s told the council the deck was finished.\n\n", first[i%6], surname, i, surname)
	}
	return b.String()
}
