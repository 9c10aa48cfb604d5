package extract

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestResolvePauses checks that resolving the people of a long text
// calls the analysis' checkpoint (peopleScan.pace) between chunks of
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
	s.pace.pause = func() { pauses++ }
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
	d.pace.pause = func() { pauses++ }
	d.initEntities(got, nil)
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

// TestPausesFollowTheWork checks that the passes pause by the work they
// do, not by the people they take: one person named thousands of times
// (a long book, a feed of one campaign's news) makes as long a pass as
// thousands of people named once. So does the quotations' document
// (buildDoc) by its paragraphs.
func TestPausesFollowTheWork(t *testing.T) {
	const paragraphs = 3000
	var b strings.Builder
	for i := range paragraphs {
		fmt.Fprintf(&b, "Mara Quillon said the bridge on Route %d would open in spring. "+
			"\"It is finished,\" Quillon told the council.\n\n", i)
	}
	text, lx := b.String(), testLexicon(t)
	pauses := 0
	d := buildDoc(text, lx, func() { pauses++ })
	if min := paragraphs / 32; pauses < min {
		t.Errorf("building the document of %d paragraphs paused %d times, want at least %d", paragraphs, pauses, min)
	}
	s, err := scanCandidates(context.Background(), text, lx, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	people := s.resolve()
	if len(people) != 1 {
		t.Fatalf("found %d people, want 1", len(people))
	}
	mentions := len(people[0].Mentions)
	pauses = 0
	d.pace.pause = func() { pauses++ }
	d.initEntities(people, nil)
	if min := mentions / pace; pauses < min {
		t.Errorf("taking in one person of %d mentions paused %d times, want at least %d", mentions, pauses, min)
	}
}
