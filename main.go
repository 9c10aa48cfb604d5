// Command byline is a terminal reader for news articles that shows who is in
// the story and who said what.
//
//	byline [flags] [FILE|- ...]
//
// With no input it opens an embedded sample article. When stdout is not a
// terminal, or with --plain, it prints the cleaned article; with --json it
// prints the analysis of people and quotes. The command line lives in
// package cli.
package main

import (
	"os"

	"github.com/byline-reader/byline/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
