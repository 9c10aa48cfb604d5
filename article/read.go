package article

import (
	"io"
	"os"
)

// ReadFile reads the article at path. (Stub: the loader owner replaces it.)
func ReadFile(path string) ([]byte, error) { return os.ReadFile(path) }

// ReadAll reads an article from r, such as standard input.
func ReadAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }
