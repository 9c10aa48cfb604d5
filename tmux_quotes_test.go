package main

import (
	"regexp"
	"strings"
	"testing"
)

// sideColumn is the sidebar's part of a screen: right of the rule.
func sideColumn(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(body(s), "\n") {
		_, r, _ := strings.Cut(line, "│")
		b.WriteString(strings.TrimSpace(r) + "\n")
	}
	return b.String()
}

// TestWholeQuoteInTmux: at 80x24 a quote's line in the sidebar is cut
// short; selected, the quote shows whole, wrapped.
func TestWholeQuoteInTmux(t *testing.T) {
	tt := startTmux(t, 80, 24, shq(binary))
	s := tt.waitText("Putin Receives", "Quotes 12")
	if strings.Contains(sideColumn(s), "our two countries") {
		t.Fatalf("the quote is whole before it is selected:\n%s", s)
	}
	tt.keys("Tab", "j")
	s = tt.waitText("Quotes 2/12")
	side := sideColumn(s)
	for _, words := range []string{"low", "level of trust", "countries”"} {
		if !strings.Contains(side, words) {
			t.Errorf("the selected quote lacks %q:\n%s", words, s)
		}
	}
	tt.keys("q")
	tt.waitExit()
}

// TestPersonQuotesInTmux: enter on a person lists only their quotes; esc
// lists them all again. At 80x24 the pane's title is cut to keep its
// count.
func TestPersonQuotesInTmux(t *testing.T) {
	tt := startTmux(t, 80, 24, shq(binary))
	tt.waitText("Putin Receives", "Quotes 12", "People 10")
	tt.keys("Tab", "Tab", "j") // Sergey Lavrov, the second most mentioned
	tt.waitText("People 2/10")
	tt.keys("Enter")
	s := tt.waitText("Quotes · Serge")
	side := sideColumn(s)
	quotesPane, _, _ := strings.Cut(side, "People")
	if strings.Contains(quotesPane, "Tillerson") || !strings.Contains(quotesPane, "Sergey Lavrov") {
		t.Errorf("the quotes pane lists others' quotes:\n%s", s)
	}
	if title, _, _ := strings.Cut(quotesPane, "\n"); !regexp.MustCompile(`^Quotes · .* \d+$`).MatchString(title) {
		t.Errorf("the title %q has no count", title)
	}
	tt.keys("Escape")
	tt.waitFor("every quote again", func(s string) bool {
		return strings.Contains(s, "Quotes 12") && !strings.Contains(s, "Quotes · ")
	})
	tt.keys("q")
	tt.waitExit()
}

// TestSidebarScrollBarInTmux: at 80x24 the sample's twelve quotes do not
// all show, and a scroll bar says so: its thumb at the top of the track
// at first, at the bottom once the last quote is selected.
func TestSidebarScrollBarInTmux(t *testing.T) {
	tt := startTmux(t, 80, 24, shq(binary))
	s := tt.waitText("Putin Receives", "Quotes 12", "People 10")
	quotes := func(s string) []string { // the quotes pane's item lines
		pane, _, _ := strings.Cut(sideColumn(s), "\n\n")
		lines := strings.Split(pane, "\n")
		return lines[1:]
	}
	q := quotes(s)
	if len(q) < 4 || !strings.HasSuffix(q[0], "┃") || !strings.HasSuffix(q[len(q)-1], "│") {
		t.Fatalf("no scroll bar with its thumb at the top:\n%s", s)
	}
	tt.keys("Tab", "G")
	s = tt.waitText("Quotes 12/12")
	q = quotes(s)
	if !strings.HasSuffix(q[0], "│") || !strings.HasSuffix(q[len(q)-1], "┃") {
		t.Errorf("the thumb is not at the bottom:\n%s", s)
	}
	tt.keys("q")
	tt.waitExit()
}
