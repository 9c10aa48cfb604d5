package extract

import (
	"os"
	"testing"

	"github.com/byline-reader/byline/assets"
)

func TestDebugAttribution(t *testing.T) {
	text := os.Getenv("DBG_TEXT")
	if text == "" {
		t.Skip()
	}
	lx, _ := LoadLexicon(assets.FS)
	people := findPeople(text, lx)
	for _, p := range people {
		t.Logf("person %q g=%d aliases=%q mentions=%d", p.Name, p.Gender, p.Aliases, len(p.Mentions))
		for _, m := range p.Mentions {
			t.Logf("   %q", text[m.Start:m.End])
		}
	}
	d := newDoc(text, lx)
	spk := d.attribute(people)
	for _, ev := range d.events {
		t.Logf("event %d %q ent=%d rank=%d", ev.pos, text[ev.pos:min(len(text), ev.pos+12)], ev.ent, ev.rank)
	}
	for _, q := range d.judge(spk) {
		t.Logf("%q -> %q (%d)", q.Text, q.Speaker, q.How)
	}
}
