package cli

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/byline-reader/byline/article/export"
)

// outputMode is what byline prints.
type outputMode int

const (
	modeAuto   outputMode = iota // the reader on a terminal, else plain text
	modeTUI                      // the interactive reader
	modePlain                    // the cleaned article as text
	modeJSON                     // the analysis as JSON
	modeExport                   // the quotes and people in an export format (--export)
)

// options are the parsed command line.
type options struct {
	mode    outputMode
	version bool
	paths   []string // files, or "-" for standard input
	// export is the --export format, set when exporting is true.
	export    export.Format
	exporting bool
	noHistory bool // --no-history: do not remember reading positions
}

var errHelp = errors.New("help requested")

const usage = `byline - read news articles in the terminal, with who said what beside them

Usage:
  byline [flags] [FILE|DIR|URL|- ...]

With no FILE, byline reads standard input when it is a pipe or a file, and
otherwise opens an embedded sample article. "-" reads standard input.
A URL (http or https) is fetched: a web page shows its article, a feed
(RSS, Atom, JSON) lists its items. A directory opens its .txt, .md and
.html files. The reader remembers where you left each article, in
$XDG_STATE_HOME/byline (else ~/.local/state/byline).
When standard output is not a terminal, byline prints the cleaned article.

Flags:
  --plain      print the cleaned article as plain text
  --json       print the people and quotes found, as JSON (one object per article)
  --export FMT print the quotes and people as md, json, jsonl or csv
  --no-history do not remember or restore reading positions
  --version    print the version
  -h, --help   show this help

Keys in the reader: press ? for the full list.
`

// parseArgs reads flags and paths; flags may stand anywhere, and "--"
// ends them.
func parseArgs(args []string) (options, error) {
	var o options
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch a {
		case "--":
			o.paths = append(o.paths, args[i+1:]...)
			return o, o.checkExport()
		case "-h", "--help", "-help":
			return o, errHelp
		case "--json", "-json":
			if o.mode == modePlain {
				return o, errors.New("--json and --plain cannot be combined")
			}
			o.mode = modeJSON
		case "--plain", "-plain":
			if o.mode == modeJSON {
				return o, errors.New("--json and --plain cannot be combined")
			}
			o.mode = modePlain
		case "--version", "-version":
			o.version = true
		case "--no-history", "-no-history":
			o.noHistory = true
		default:
			if next, ok, err := o.exportFlag(args, i); ok {
				if err != nil {
					return o, err
				}
				i = next
				continue
			}
			if len(a) > 1 && a[0] == '-' {
				return o, fmt.Errorf("unknown flag %s", a)
			}
			o.paths = append(o.paths, a)
		}
	}
	return o, o.checkExport()
}

// version is the module version when built with go install, else "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
