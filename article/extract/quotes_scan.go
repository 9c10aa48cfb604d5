package extract

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
