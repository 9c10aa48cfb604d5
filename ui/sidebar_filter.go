package ui

// The quotes pane can list one person's quotes only: enter on a person
// filters it to theirs, esc shows every quote again.

// FilterQuotes lists only the quotes of person (an index into
// Analysis.People) named name; a negative person lists every quote. The
// selected quote stays selected when it is still listed.
func (s *sidebar) FilterQuotes(person int, name string) {
	if person == s.qperson && (person < 0 || name == s.qname) {
		return
	}
	keep := -1
	if s.qsel < len(s.quotes) {
		keep = s.quotes[s.qsel].quote
	}
	s.qperson, s.qname = person, name
	s.applyFilter()
	s.qsel, s.qtop = 0, 0
	for i, q := range s.quotes {
		if q.quote == keep {
			s.qsel = i
		}
	}
	s.render()
}

// Filtered reports whether the quotes pane lists one person's only.
func (s *sidebar) Filtered() bool { return s.qperson >= 0 }

// applyFilter makes s.quotes the quotes of s.qperson, or all of them.
func (s *sidebar) applyFilter() {
	if s.qperson < 0 {
		s.quotes = s.allQuotes
		return
	}
	s.quotes = nil
	for _, q := range s.allQuotes {
		if q.person == s.qperson {
			s.quotes = append(s.quotes, q)
		}
	}
}

// quotesTitle is the quotes pane's title: "Quotes", or whose they are
// while filtered ("Quotes · Jane Doe").
func (s *sidebar) quotesTitle() string {
	if s.qperson < 0 {
		return "Quotes"
	}
	return "Quotes · " + s.qname
}
