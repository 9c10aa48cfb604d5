package source

import "github.com/byline-reader/byline/assets"

// Sample returns the embedded sample article, which byline opens when it
// is given no input on a terminal.
func Sample() (Source, error) {
	data, err := assets.FS.ReadFile(assets.SampleName)
	if err != nil {
		return Source{}, err
	}
	return Source{Name: "sample", Data: data}, nil
}
