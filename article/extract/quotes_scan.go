package extract

import "strings"

// markLeads are the bytes that can start a quotation mark, and '<', which
// can start a tag.
const markLeads = "\"'`\xE2\xC2<"

// isMarkLead marks the bytes of markLeads.
var isMarkLead = func() (t [256]bool) {
	for i := range len(markLeads) {
		t[markLeads[i]] = true
	}
	return t
}()

// nextMarkLead returns the first offset at or after i in text[:end] of a
// byte of markLeads, or end when there is none.
func nextMarkLead(text string, i, end int) int {
	for i < end && !isMarkLead[text[i]] {
		i++
	}
	return i
}

// tagEnd returns the end of the HTML or XML tag that opens at text[i], a
// '<', or i+1 when none does. A tag is a '<' followed by a letter or '/'
// and closed by a '>' at or before gt, the last '>' of the paragraph; its
// quotation marks enclose attribute values (`<tweet author="@ana">`).
func tagEnd(text string, i, gt int) int {
	if i < gt && (isASCIILetter(text[i+1]) || text[i+1] == '/') {
		return i + strings.IndexByte(text[i:], '>') + 1
	}
	return i + 1
}
