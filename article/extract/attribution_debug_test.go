package extract

import (
	"os"
	"testing"
)

func TestDebugAttribution(t *testing.T) {
	text := os.Getenv("DBG_TEXT")
	if text == "" {
		t.Skip()
	}
	a := Analyze(text, nil)
	for _, q := range a.Quotes {
		t.Logf("%q -> %q (%d)", q.Text, q.Speaker, q.How)
	}
}
