// Package assets embeds the data byline ships with: the sample article shown
// when no input is given and the word lists used by extraction.
package assets

import "embed"

// FS holds sample.txt and the word lists under wordlists/, read-only:
// fs.ReadFile(FS, "wordlists/words.txt") reads a list, as any fs.FS
// does. ReadFileString, which extract.LoadLexicon uses, hands out the
// generated lists (1.8 MB) without a copy.
var FS = Files{files}

// SampleName is the path of the sample article inside FS.
const SampleName = "sample.txt"

// Files is the embedded file tree: an fs.FS whose files can also be read
// as strings that share the binary's copy of them.
type Files struct{ embed.FS }

// files is everything.
//
//go:embed sample.txt wordlists
var files embed.FS

// The generated word lists are embedded a second time as strings, which
// can be read without a copy (embed.FS's ReadFile copies). The compiler
// stores a file's bytes once, under a name made from their hash, so the
// binary holds each list once all the same.
var (
	//go:embed wordlists/first_names.tsv
	firstNames string
	//go:embed wordlists/surnames.txt
	surnames string
	//go:embed wordlists/name_parts.txt
	nameParts string
	//go:embed wordlists/words.txt
	words string
	//go:embed wordlists/proper_nouns.txt
	properNouns string
	//go:embed wordlists/places.txt
	places string
	//go:embed wordlists/cities.txt
	cities string
	//go:embed wordlists/demonyms.txt
	demonyms string
	//go:embed wordlists/companies.txt
	companies string
)

// bigLists are the generated word lists by their path in FS.
var bigLists = map[string]*string{
	"wordlists/first_names.tsv":  &firstNames,
	"wordlists/surnames.txt":     &surnames,
	"wordlists/name_parts.txt":   &nameParts,
	"wordlists/words.txt":        &words,
	"wordlists/proper_nouns.txt": &properNouns,
	"wordlists/places.txt":       &places,
	"wordlists/cities.txt":       &cities,
	"wordlists/demonyms.txt":     &demonyms,
	"wordlists/companies.txt":    &companies,
}

// ReadFileString returns the contents of the named file. For the generated
// word lists it is the binary's own copy.
func (f Files) ReadFileString(name string) (string, error) {
	if s, ok := bigLists[name]; ok {
		return *s, nil
	}
	b, err := f.ReadFile(name)
	return string(b), err
}
