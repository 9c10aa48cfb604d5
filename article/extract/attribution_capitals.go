package extract

import (
	"unicode"
	"unicode/utf8"
)

// capitalRuns calls fn with every run of capitalized words in the
// narrative (outside top-level quotations) of every paragraph. A run is
// broken by a lower-case word or by punctuation other than the period of
// an abbreviation; a possessive ends a run and stays in it. It skips
// lower-case text a byte at a time without building tokens, so it costs
// little on long texts. run is reused between calls.
func (d *quoteDoc) capitalRuns(fn func(run []token)) {
	var run []token
	flush := func() {
		if len(run) > 0 {
			fn(run)
			run = run[:0]
		}
	}
	qi := 0 // next top-level quote that may lie ahead
	for _, p := range d.paras {
		i := p.Start
		for i < p.End {
			for qi < len(d.quotes) && (d.quotes[qi].parent >= 0 || max(d.quotes[qi].End, d.quotes[qi].close.End) <= i) {
				qi++
			}
			if qi < len(d.quotes) && d.quotes[qi].open.Start <= i {
				flush()
				i = max(d.quotes[qi].End, d.quotes[qi].close.End)
				continue
			}
			c := d.text[i]
			if c == ' ' {
				i++
				continue
			}
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(d.text[i:p.End])
			}
			if !isWordChar(r) {
				if c != '-' {
					flush()
				}
				i += n
				continue
			}
			// a word: find its end as lexFrames does
			j := i + n
			for j < p.End {
				c2 := d.text[j]
				if c2 < utf8.RuneSelf {
					if 'a' <= c2 && c2 <= 'z' || 'A' <= c2 && c2 <= 'Z' || '0' <= c2 && c2 <= '9' {
						j++
						continue
					}
					if (c2 == '\'' || c2 == '-' || c2 == '.') && j+1 < p.End && isASCIIWordByte(d.text[j+1]) {
						j++
						continue
					}
					break
				}
				r2, n2 := utf8.DecodeRuneInString(d.text[j:p.End])
				if isWordChar(r2) {
					j += n2
					continue
				}
				if r2 == '’' && j+n2 < p.End && isASCIIWordByte(d.text[j+n2]) {
					j += n2
					continue
				}
				break
			}
			if j < p.End && d.text[j] == '.' && endsAbbreviation(d.text, i, j) {
				j++
			}
			if unicode.IsUpper(r) {
				run = append(run, token{Span: Span{i, j}, kind: tokWord})
				if isPossessive(d.text[i:j]) {
					flush()
				}
			} else if len(run) == 0 || !nameConnectors.has(d.text[i:j]) {
				flush()
			} else {
				run = append(run, token{Span: Span{i, j}, kind: tokWord})
			}
			i = j
		}
		flush()
	}
}

func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
