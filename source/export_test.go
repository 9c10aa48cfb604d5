package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/byline-reader/byline/article"
	"github.com/byline-reader/byline/article/export"
	"github.com/byline-reader/byline/article/extract"
)

// exportSample is a small analysed article, made up and built by hand,
// whose export names itself "harbour-lights-return.md".
func exportSample() *article.Article {
	body := `Ines Varga walks the harbour wall each night. "It feels like home again," Varga said.`
	at := func(s string) extract.Span {
		i := strings.Index(body, s)
		return extract.Span{Start: i, End: i + len(s)}
	}
	return &article.Article{
		Source: "story.txt", Title: "Harbour Lights Return", Byline: "By Jo Bell",
		Format: article.Text, Body: body,
		Analysis: extract.Analysis{
			People: []extract.Person{{Name: "Ines Varga", Aliases: []string{"Varga"},
				Mentions: []extract.Span{at("Ines Varga"), at("Varga said")}}},
			Quotes: []extract.Quote{{Text: "It feels like home again,", Span: at("It feels like home again,"),
				Speaker: "Ines Varga", Person: 0, How: extract.Explicit}},
		},
	}
}

func TestWriteExport(t *testing.T) {
	dir := t.TempDir()
	a := exportSample()
	path, existed, err := WriteExport(dir, a, "")
	if err != nil || existed || filepath.Base(path) != "harbour-lights-return.md" {
		t.Fatalf("WriteExport = %q, %v, %v", path, existed, err)
	}
	if got, _ := os.ReadFile(path); string(got) != export.Markdown(a, "") {
		t.Errorf("file holds %q", got)
	}
	again, existed, err := WriteExport(dir, a, "") // the same export: no second file
	if err != nil || again != path || !existed {
		t.Errorf("second WriteExport = %q, %v, %v; want %q, true", again, existed, err, path)
	}
	a.Analysis.Quotes = nil // another export of the same title
	other, existed, err := WriteExport(dir, a, "")
	if err != nil || existed || filepath.Base(other) != "harbour-lights-return-2.md" {
		t.Errorf("third WriteExport = %q, %v", other, err)
	}
	if got, _ := os.ReadFile(path); string(got) == export.Markdown(a, "") {
		t.Error("the first file was overwritten")
	}
	if _, _, err := WriteExport(filepath.Join(dir, "missing"), a, ""); err == nil {
		t.Error("WriteExport into a missing directory succeeded")
	}
}
