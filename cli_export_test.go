package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportJSONIsJSON checks that --export json prints the very object
// --json prints, indented: one schema, one attribution naming, one order.
func TestExportJSONIsJSON(t *testing.T) {
	path := writeFile(t, "story.txt", sample(t))
	decode := func(args ...string) any {
		r := runByline(t, nil, args...)
		if r.code != 0 {
			t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
		}
		var v any
		if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
			t.Fatalf("%q: %v\n%s", args, err, r.stdout)
		}
		return v
	}
	line, pretty := decode("--json", path), decode("--export", "json", path)
	if a, b := fmt.Sprint(line), fmt.Sprint(pretty); a != b {
		t.Errorf("--json and --export json differ:\n%s\n%s", a, b)
	}
}

// TestExportSeveral checks that the export of several articles is one
// valid document: a JSON array, JSON Lines, one CSV table whose source
// column names each article.
func TestExportSeveral(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	for _, p := range []string{a, b} {
		if err := os.WriteFile(p, sample(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(format string) string {
		r := runByline(t, nil, "--export", format, a, b)
		if r.code != 0 {
			t.Fatalf("--export %s: exit %d: %s", format, r.code, r.stderr)
		}
		return r.stdout
	}
	var docs []struct {
		Source string `json:"source"`
	}
	if out := run("json"); json.Unmarshal([]byte(out), &docs) != nil || len(docs) != 2 || docs[0].Source != a || docs[1].Source != b {
		t.Errorf("--export json a b is not an array of a and b:\n%.300s", out)
	}
	lines := strings.Split(strings.TrimSuffix(run("jsonl"), "\n"), "\n")
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("--export jsonl: invalid line %.100q", l)
		}
	}
	if len(lines) != 2 {
		t.Errorf("--export jsonl a b gives %d lines", len(lines))
	}
	out := run("csv")
	if !strings.HasPrefix(out, "source,type,") || strings.Count(out, "source,type,") != 1 ||
		!strings.Contains(out, "\n"+a+",person,") || !strings.Contains(out, "\n"+b+",quote,") {
		t.Errorf("--export csv a b has no source column naming each article:\n%.300s", out)
	}
}

// TestExportReadBack opens a Markdown export as an article: its title
// shows once, as the title, not again as a heading of the body (the
// export's first line, a comment, hid the heading).
func TestExportReadBack(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "story.txt")
	text := "Harbor Bridge Reopens\n\nBy Jo Writer\n\n\"We waited long enough,\" said Mayor Ana Ruiz.\n"
	if err := os.WriteFile(story, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runByline(t, nil, "--export", "md", story)
	if r.code != 0 {
		t.Fatalf("--export md: exit %d: %s", r.code, r.stderr)
	}
	export := filepath.Join(dir, "export.md")
	if err := os.WriteFile(export, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := runByline(t, nil, "--plain", export)
	if n := strings.Count(plain.stdout, "Harbor Bridge Reopens"); plain.code != 0 || n != 1 {
		t.Errorf("--plain of an export shows its title %d times (exit %d):\n%s", n, plain.code, plain.stdout)
	}
	js := runByline(t, nil, "--json", export)
	if !strings.Contains(js.stdout, `"title":"Harbor Bridge Reopens"`) || !strings.Contains(js.stdout, `"byline":"By Jo Writer"`) {
		t.Errorf("--json of an export:\n%s", js.stdout)
	}
}
