package extract

import "io/fs"

// Lexicon holds the word lists extraction relies on. Load it once with
// LoadLexicon and share it; it is read-only after loading.
type Lexicon struct {
}

// LoadLexicon reads the word lists from fsys (the assets' wordlists folder).
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	return &Lexicon{}, nil
}
