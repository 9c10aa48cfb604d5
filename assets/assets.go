// Package assets embeds the data byline ships with: the sample article shown
// when no input is given and the word lists used by extraction.
package assets

import "embed"

// FS holds sample.txt and the wordlists folder. It is read-only.
//
//go:embed sample.txt wordlists
var FS embed.FS

// SampleName is the path of the sample article inside FS.
const SampleName = "sample.txt"
