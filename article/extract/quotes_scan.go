package extract

import "strings"

// markLeads are the bytes that can start a quotation mark.
const markLeads = "\"'`\xE2\xC2"

// isMarkLead marks the bytes of markLeads.
var isMarkLead = func() (t [256]bool) {
	for i := 0; i < len(markLeads); i++ {
		t[markLeads[i]] = true
	}
	return t
}()

// nextMarkLead returns the first offset at or after i in text[:end] of a
// byte that can start a quotation mark, or end when there is none.
func nextMarkLead(text string, i, end int) int {
	for i < end && !isMarkLead[text[i]] {
		i++
	}
	return i
}

// tagSkip walks the HTML or XML tags of a paragraph (`<tweet
// author="@ana" date="May 2">`), whose quotation marks enclose attribute
// values, not anyone's words. A tag is a '<' followed by a letter or '/'
// and closed by a '>' in the same paragraph.
type tagSkip struct {
	text   string
	end    int // the end of the paragraph
	lt, gt int // the next tag: the offset of its '<' and the end of its '>'; end when none is left
}

// newTagSkip returns the tag walker of paragraph p of text.
func newTagSkip(text string, p Span) tagSkip {
	t := tagSkip{text: text, end: p.End}
	t.find(p.Start)
	return t
}

// find sets the next tag at or after offset from.
func (t *tagSkip) find(from int) {
	for from < t.end {
		k := strings.IndexByte(t.text[from:t.end], '<')
		if k < 0 {
			break
		}
		lt := from + k
		if lt+1 < t.end && (isASCIILetter(t.text[lt+1]) || t.text[lt+1] == '/') {
			g := strings.IndexByte(t.text[lt:t.end], '>')
			if g < 0 {
				break // no tag is closed after here
			}
			t.lt, t.gt = lt, lt+g+1
			return
		}
		from = lt + 1
	}
	t.lt, t.gt = t.end, t.end
}

// skip returns i, or the end of the tag that holds offset i. Offsets
// asked about must not decrease.
func (t *tagSkip) skip(i int) int {
	for t.gt <= i && t.lt < t.end {
		t.find(t.gt)
	}
	if t.lt < i && i < t.gt {
		return t.gt
	}
	return i
}
