package article

import (
	"regexp"
	"sync"
)

// pattern is a regular expression compiled when first used, or by
// Prepare. Compiled as package variables, the patterns of this package
// (several with Unicode classes) took a few milliseconds of every start of
// the program, before main; the reader instead compiles them in the
// background while it sets up the terminal.
type pattern struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

// patterns is every pattern of the package, for Prepare.
var patterns []*pattern

// newPattern returns the pattern of the regular expression src, which
// must compile.
func newPattern(src string) *pattern {
	p := &pattern{src: src}
	patterns = append(patterns, p)
	return p
}

func (p *pattern) get() *regexp.Regexp {
	p.once.Do(func() { p.re = regexp.MustCompile(p.src) })
	return p.re
}

// Prepare compiles the patterns Parse uses, so that a first Parse does not
// wait for them. It is safe to call at any time, from any goroutine, and
// more than once.
func Prepare() {
	for _, p := range patterns {
		p.get()
	}
}

func (p *pattern) MatchString(s string) bool            { return p.get().MatchString(s) }
func (p *pattern) FindStringIndex(s string) []int       { return p.get().FindStringIndex(s) }
func (p *pattern) FindStringSubmatch(s string) []string { return p.get().FindStringSubmatch(s) }
func (p *pattern) FindStringSubmatchIndex(s string) []int {
	return p.get().FindStringSubmatchIndex(s)
}
func (p *pattern) ReplaceAllString(s, repl string) string { return p.get().ReplaceAllString(s, repl) }
func (p *pattern) ReplaceAllStringFunc(s string, f func(string) string) string {
	return p.get().ReplaceAllStringFunc(s, f)
}
