package main

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestREADMEExamples checks that the README shows what the program does:
// the Go version it asks for is go.mod's, and its --json example is the
// real output of the command it names, shortened as it says.
func TestREADMEExamples(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	text := string(readme)

	goLine := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(gomod)
	need := regexp.MustCompile(`You need Go (\S+) or later`).FindStringSubmatch(text)
	if goLine == nil || need == nil || need[1] != string(goLine[1]) {
		t.Errorf("README asks for Go %q, go.mod for %q", need, goLine)
	}

	t.Run("json", func(t *testing.T) {
		_, after, ok := strings.Cut(text, "## JSON output")
		m := regexp.MustCompile("(?s)`byline (--json [^`|]+?) \\|[^`]*`.*?```json\n(.*?)```.*?the sample has (\\d+) people and (\\d+)\\s+quotes").FindStringSubmatch(after)
		if !ok || m == nil {
			t.Fatal("README has no JSON example with its command and counts")
		}
		var shown map[string]any
		if err := json.Unmarshal([]byte(m[2]), &shown); err != nil {
			t.Fatalf("the README's JSON example is not JSON: %v", err)
		}
		r := runByline(t, nil, strings.Fields(m[1])...)
		if r.code != 0 {
			t.Fatalf("byline %s: exit %d: %s", m[1], r.code, r.stderr)
		}
		var real map[string]any
		if err := json.Unmarshal([]byte(r.stdout), &real); err != nil {
			t.Fatal(err)
		}
		people, quotes := real["people"].([]any), real["quotes"].([]any)
		if n := len(people); m[3] != strconv.Itoa(n) {
			t.Errorf("README says %s people, the program finds %d", m[3], n)
		}
		if n := len(quotes); m[4] != strconv.Itoa(n) {
			t.Errorf("README says %s quotes, the program finds %d", m[4], n)
		}
		real["people"], real["quotes"] = people[:min(1, len(people))], quotes[:min(1, len(quotes))]
		if !reflect.DeepEqual(shown, real) {
			got, _ := json.MarshalIndent(real, "", "  ")
			t.Errorf("the README's JSON example is not the program's output; that is:\n%s", got)
		}
	})
}
