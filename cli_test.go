package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// binary is the byline executable built once for the tests in this package.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "byline-test-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "byline")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building byline: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
}

// runByline runs the binary with args and stdin (nil: /dev/null) and no
// terminal, as from a script.
func runByline(t *testing.T, stdin []byte, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Env = append(os.Environ(), "NO_COLOR=")
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running byline: %v", err)
	}
	return result{out.String(), errb.String(), code}
}

func sample(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("assets", "sample.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// runStdin runs the binary with stdin as badCase.stdin says.
func runStdin(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	switch stdin {
	case "":
		return runByline(t, nil, args...)
	case "empty":
		return runByline(t, []byte{}, args...)
	case "closed", "zero":
		redirect := "<&-"
		if stdin == "zero" {
			redirect = "</dev/zero"
		}
		cmd := exec.Command("sh", append([]string{"-c", `"$0" "$@" ` + redirect, binary}, args...)...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("running byline: %v", err)
		}
		return result{out.String(), errb.String(), code}
	}
	return runByline(t, []byte(stdin), args...)
}

// unsafeRune returns the first rune of s that must not reach a terminal:
// a C0 control but newline and tab (and the form feed between plain
// articles), DEL, a C1 control or a bidi control; or -1.
func unsafeRune(s string) rune {
	for _, r := range s {
		switch {
		case r < 0x20 && r != '\n' && r != '\t' && r != '\f', r >= 0x7f && r <= 0x9f:
			return r
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return r
		}
	}
	return -1
}

// randomBytes returns n bytes of a fixed pseudo-random sequence.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// utf16le encodes s as UTF-16LE.
func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// TestJSON checks the --json schema on the sample, read from a file and
// from standard input.
func TestJSON(t *testing.T) {
	path := writeFile(t, "story.txt", sample(t))
	for _, args := range [][]string{{"--json", path}, {"--json", "-"}, {"-", "--json"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := runByline(t, sample(t), args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			var got struct {
				Title  string `json:"title"`
				People []struct {
					Name     string   `json:"name"`
					Aliases  []string `json:"aliases"`
					Role     string   `json:"role"`
					Mentions int      `json:"mentions"`
				} `json:"people"`
				Quotes []struct {
					Text    string  `json:"text"`
					Speaker *string `json:"speaker"`
					Offset  int     `json:"offset"`
				} `json:"quotes"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
				t.Fatalf("output is not one JSON object: %v\n%s", err, r.stdout)
			}
			if !strings.HasPrefix(got.Title, "Putin Receives Tillerson") {
				t.Errorf("title = %q", got.Title)
			}
			if len(got.People) == 0 || len(got.Quotes) == 0 {
				t.Fatalf("found %d people and %d quotes, want some of each", len(got.People), len(got.Quotes))
			}
			for _, p := range got.People {
				if p.Mentions < 1 && p.Role == "" {
					t.Errorf("%s has no mention in the body and no role saying why", p.Name)
				}
			}
		})
	}
}

// TestPlainWhenPiped checks that with stdout not a terminal byline prints
// the cleaned article, without navigation lines or escape sequences.
func TestPlainWhenPiped(t *testing.T) {
	path := writeFile(t, "story.txt", sample(t))
	for _, args := range [][]string{{path}, {"--plain", path}} {
		r := runByline(t, nil, args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
		if !strings.HasPrefix(r.stdout, "Putin Receives Tillerson") {
			t.Errorf("%v: output does not start with the headline: %.80q", args, r.stdout)
		}
		for _, nav := range []string{"Play Live Radio", "Watch Live", "\x1b"} {
			if strings.Contains(r.stdout, nav) {
				t.Errorf("%v: output contains %q", args, nav)
			}
		}
		if !strings.Contains(r.stdout, "There is a low level of trust") {
			t.Errorf("%v: body missing", args)
		}
	}
}

// TestSomeInputsFail runs the binary on good inputs mixed with bad ones
// (issue 14, bug 2): every good one is printed, each bad one gets its own
// line on stderr, and the exit status is 1.
func TestSomeInputsFail(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "a.txt")
	empty := filepath.Join(dir, "empty.txt")
	for p, text := range map[string]string{story: "A Fine Headline\n\nA fine paragraph.\n", empty: ""} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gone := filepath.Join(t.TempDir(), "gone.txt")
	mixed := t.TempDir() // two good files between two bad ones
	for name, text := range map[string]string{"a.txt": "", "b.txt": "First Headline\n\nA paragraph.\n",
		"c.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "d.md": "# Second Headline\n\nA paragraph.\n"} {
		if err := os.WriteFile(filepath.Join(mixed, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name string
		args []string
		want []string // pieces of stdout
		errs []string // a piece of each stderr line, in order
	}{
		{"json, a file then a missing one", []string{"--json", story, gone}, []string{`"title":"A Fine Headline"`}, []string{"gone.txt: no such file"}},
		{"json, a directory with an empty file", []string{"--json", dir}, []string{`"title":"A Fine Headline"`}, []string{"empty.txt: nothing to read"}},
		{"json, bad ones around a good one", []string{"--json", gone, story, empty}, []string{`"source":"` + story}, []string{"gone.txt: no such file", "empty.txt: nothing to read"}},
		{"plain, a missing one first", []string{"--plain", gone, story}, []string{"A Fine Headline", "A fine paragraph."}, []string{"gone.txt: no such file"}},
		{"export, a missing one", []string{"--export", "csv", story, gone}, []string{"type,name"}, []string{"gone.txt: no such file"}},
		{"json, a directory with two bad files", []string{"--json", mixed}, []string{`"title":"First Headline"`, `"title":"Second Headline"`},
			[]string{"a.txt: nothing to read", "c.txt: not a text file"}},
		{"a directory with no articles", []string{"--json", t.TempDir(), story}, []string{`"title":"A Fine Headline"`}, []string{"no .txt, .md or .html files"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runByline(t, nil, tc.args...)
			if r.code != 1 {
				t.Errorf("exit status %d, want 1", r.code)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%s", w, r.stdout)
				}
			}
			lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
			if len(lines) != len(tc.errs) {
				t.Fatalf("stderr has %d lines, want %d: %q", len(lines), len(tc.errs), r.stderr)
			}
			for i, e := range tc.errs {
				if !strings.HasPrefix(lines[i], "byline: ") || !strings.Contains(lines[i], e) {
					t.Errorf("stderr line %d is %q, want one with %q", i+1, lines[i], e)
				}
			}
			if slices.Contains(tc.args, "--json") {
				dec := json.NewDecoder(strings.NewReader(r.stdout))
				for dec.More() {
					var v any
					if err := dec.Decode(&v); err != nil {
						t.Fatalf("not JSON: %v\n%s", err, r.stdout)
					}
				}
			}
		})
	}
}

// TestPlainMarkdown checks that --plain prints Markdown as text a person
// reads (issue 14, bug 8): no emphasis, fences, table pipes, heading
// marks or backslash escapes; bullets kept and table cells aligned.
func TestPlainMarkdown(t *testing.T) {
	path := writeFile(t, "story.md", []byte("# Harbor City Takes The Six\\-Game Series\n\n"+
		"The **home side** won `4-2`.\n\n## The Numbers\n\n| Player | Goals |\n|---|--:|\n| Ana Ruiz | 12 |\n| Bo | 7 |\n\n"+
		"- first\n- second\n\n```\nscore = 4\n```\n"))
	r := runByline(t, nil, "--plain", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Six-Game Series", "The home side won 4-2.", "\nThe Numbers\n",
		"Player    Goals\n--------  -----\nAna Ruiz     12\nBo            7\n", "- first\n- second", "    score = 4"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, mark := range []string{"**", "`", "|", "## ", `\-`} {
		if strings.Contains(r.stdout, mark) {
			t.Errorf("stdout holds %q:\n%s", mark, r.stdout)
		}
	}
}

// TestMarkdownBylineIsMetadata checks that a Markdown byline and desk
// line under the headline are metadata, not body (issue 14, bug 9): the
// writer is no person of the story.
func TestMarkdownBylineIsMetadata(t *testing.T) {
	path := writeFile(t, "story.md", []byte("# Harbor City Takes The Series\n\n*By Nora Feld — Staff Writer*\n\n"+
		"Sports Desk | October 2, 2025\n\n\"We earned it,\" said coach Tom Reyes after the game.\n"))
	r := runByline(t, nil, "--json", path)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{`"byline":"By Nora Feld — Staff Writer"`, `"dateline":"Sports Desk | October 2, 2025"`, `"name":"Tom Reyes"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--json lacks %s:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, `"name":"Nora Feld"`) {
		t.Errorf("the writer is listed as a person:\n%s", r.stdout)
	}
	r = runByline(t, nil, "--plain", path)
	if want := "Harbor City Takes The Series\nBy Nora Feld — Staff Writer · Sports Desk | October 2, 2025\n\n\"We earned"; !strings.HasPrefix(r.stdout, want) {
		t.Errorf("--plain starts %.120q, want %q", r.stdout, want)
	}
}

// TestPipeClosedEarly checks that `byline story.txt | head -1` exits
// quietly.
func TestPipeClosedEarly(t *testing.T) {
	big := bytes.Repeat(append(sample(t), '\n', '\n'), 200)
	path := writeFile(t, "big.txt", big)
	cmd := exec.Command("sh", "-c", `"$0" "$1" | head -1`, binary, path)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	if strings.Count(string(out), "\n") != 1 || errb.Len() != 0 {
		t.Errorf("stdout %q, stderr %q", out, errb.String())
	}
}

// bigInput is a large or odd input, with text its first screen shows.
type bigInput struct {
	name string
	data []byte
	want []string // pieces of the reader's screen once the input is open
	// count, when set, matches the sidebar's count once the analysis is
	// in: near the number made, as extraction may merge or miss a few.
	count *regexp.Regexp
}

// Names for generated articles: 50 × 40 distinct people.
var (
	testFirstNames = strings.Fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth
		William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy
		Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle
		Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca`)
	testSurnames = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
		Hernandez Lopez Gonzalez Wilson Anderson Green Taylor Moore Jackson Martin Lee Perez Thompson White
		Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores`)
)

// bigInputs are the inputs of issue 5's size list: one word, a 1 MB single
// line, 10 MB of text, 1,000 quotes and 2,000 people.
func bigInputs(t *testing.T) []bigInput {
	t.Helper()
	var quotes, people strings.Builder
	quotes.WriteString("A Thousand Quotes From The Council Meeting\n\n")
	for i := range 1000 {
		fmt.Fprintf(&quotes, "\"Point number %d is one we must settle today,\" said Mayor Ana Torres.\n\n", i+1)
	}
	people.WriteString("Two Thousand People Sign The Open Letter\n\n")
	for _, f := range testFirstNames {
		for _, s := range testSurnames {
			fmt.Fprintf(&people, "The letter was also signed by %s %s, a teacher from the valley.\n\n", f, s)
		}
	}
	para := append(bytes.TrimSpace(sample(t)), '\n', '\n')
	return []bigInput{
		{"one-word", []byte("Hello\n"), []string{"Hello", "1/1"}, nil},
		{"single-line-1MB", bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. "), 1<<20/45), []string{"quick brown fox", "1/1"}, nil},
		{"text-10MB", bytes.Repeat(para, 10<<20/len(para)), []string{"Putin Receives Tillerson", "Lavrov"}, nil},
		{"quotes-1000", []byte(quotes.String()), []string{"A Thousand Quotes", "Ana Torres"}, regexp.MustCompile(`Quotes (9\d\d|1000)\b`)},
		{"people-2000", []byte(people.String()), []string{"Two Thousand People"}, regexp.MustCompile(`People (1[89]\d\d|2000)\b`)},
	}
}

// TestFeedPrinted checks a feed in the printing modes (issue 14, bugs 8
// and 11): --json lists its items (title, link, date) instead of
// analysing their titles, and --plain shows them without Markdown marks.
func TestFeedPrinted(t *testing.T) {
	srv := webServer(t)
	url := srv.URL + "/feed.xml"
	r := runByline(t, nil, "--json", url)
	if r.code != 0 {
		t.Fatalf("--json: exit %d: %s", r.code, r.stderr)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, r.stdout)
	}
	want := map[string]any{
		"source": url,
		"title":  "Valley Test Feed",
		"items": []any{
			map[string]any{"title": "Road Repairs Cost More", "link": srv.URL + "/story", "date": "2024-03-14T21:05:00Z"},
			map[string]any{"title": "Lake Orvel Runs Low", "link": srv.URL + "/figures"},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("--json:\n%v\nwant:\n%v", got, want)
	}

	r = runByline(t, nil, "--plain", url)
	if r.code != 0 {
		t.Fatalf("--plain: exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"Valley Test Feed\n", "\nRoad Repairs Cost More\n", "March 14, 2024 · " + srv.URL + "/story"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("--plain lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, mark := range []string{"## ", `\`, "<http"} {
		if strings.Contains(r.stdout, mark) {
			t.Errorf("--plain holds %q:\n%s", mark, r.stdout)
		}
	}
}
