package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
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

// TestBadInput checks that every kind of bad input gets one clear line on
// stderr and the right exit status, never a stack trace.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	unreadable := writeFile(t, "secret.txt", []byte("Some text here."))
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	binaryFile := writeFile(t, "image.png", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 3, 0xff, 0xfe}, 500)...))
	cases := []struct {
		name  string
		args  []string
		stdin []byte
		code  int
		want  string // a piece of the stderr line
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, nil, 1, "nope.txt"},
		{"directory", []string{dir}, nil, 1, filepath.Base(dir)},
		{"empty file", []string{writeFile(t, "empty.txt", nil)}, nil, 1, "empty.txt"},
		{"blank file", []string{writeFile(t, "blank.txt", []byte(" \n\n\t\n"))}, nil, 1, "blank.txt"},
		{"binary file", []string{binaryFile}, nil, 1, "image.png"},
		{"empty stdin", []string{"-"}, []byte{}, 1, "input"},
		{"unknown flag", []string{"--frobnicate"}, nil, 2, "--frobnicate"},
		{"json and plain", []string{"--json", "--plain"}, nil, 2, "--json"},
	}
	if os.Geteuid() != 0 { // root reads anything
		cases = append(cases, struct {
			name  string
			args  []string
			stdin []byte
			code  int
			want  string
		}{"unreadable file", []string{unreadable}, nil, 1, "secret.txt"})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := runByline(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Fatalf("exit status %d, want %d; stderr: %q", r.code, tc.code, r.stderr)
			}
			first, _, _ := strings.Cut(r.stderr, "\n")
			if !strings.HasPrefix(first, "byline: ") || !strings.Contains(first, tc.want) {
				t.Errorf("stderr %q: want one line starting 'byline: ' naming %q", r.stderr, tc.want)
			}
			if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
				t.Errorf("stderr has a stack trace: %q", r.stderr)
			}
			if tc.code == 1 && strings.Count(r.stderr, "\n") != 1 {
				t.Errorf("stderr has %d lines, want 1: %q", strings.Count(r.stderr, "\n"), r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout not empty on error: %q", r.stdout)
			}
		})
	}
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

// TestNoInputOpensSample checks that with no arguments and no piped input
// (stdin is /dev/null, as under cron) byline uses the embedded sample.
func TestNoInputOpensSample(t *testing.T) {
	r := runByline(t, nil, "--plain")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Putin Receives Tillerson") {
		t.Fatalf("exit %d, stdout %.80q, stderr %q", r.code, r.stdout, r.stderr)
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
}

// Names for generated articles: 50 × 40 distinct people.
var (
	testFirstNames = strings.Fields(`James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth
		William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy
		Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle
		Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca`)
	testSurnames = strings.Fields(`Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez
		Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White
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
		{"one-word", []byte("Hello\n"), []string{"Hello", "1/1"}},
		{"single-line-1MB", bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. "), 1<<20/45), []string{"quick brown fox", "1/1"}},
		{"text-10MB", bytes.Repeat(para, 10<<20/len(para)), []string{"Putin Receives Tillerson", "Lavrov"}},
		{"quotes-1000", []byte(quotes.String()), []string{"A Thousand Quotes", "Quotes 1000", "Ana Torres"}},
		{"people-2000", []byte(people.String()), []string{"Two Thousand People", "People 2000"}},
	}
}
