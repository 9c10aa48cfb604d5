package extract

import (
	"slices"
	"strings"
)

// people turns the entities into the result, in order of first mention,
// with the forms of their names ("Ann Lee", "Lee", "Ms. Lee"), a role
// and a gender.
func (s *peopleScan) people() []Person {
	mentions := make([][]int, len(s.ents)) // each entity's candidates, in text order
	var order []int                        // the entities in order of first mention
	for ci := range s.cands {
		if e := s.cands[ci].ent; e >= 0 {
			if len(mentions[e]) == 0 {
				order = append(order, int(e))
			}
			mentions[e] = append(mentions[e], ci)
		}
	}
	genders := s.pronounVotes()
	out := make([]Person, 0, len(order))
	for _, ei := range order {
		e := s.ents[ei]
		s.pace.step(16)
		p := Person{Name: s.phrase(&s.cands[e.cand]), Aliases: []string{}} // [] in JSON
		seen := map[string]bool{strings.ToLower(p.Name): true}             // the forms so far, lower-cased
		addForm := func(form string) {
			if lf := strings.ToLower(form); !seen[lf] {
				seen[lf] = true
				p.Aliases = append(p.Aliases, form)
			}
		}
		var titleG [3]int
		for _, ci := range mentions[ei] {
			s.pace.step(1)
			c := &s.cands[ci]
			p.Mentions = append(p.Mentions, c.span.Span())
			form := s.phrase(c)
			addForm(form)
			if h := s.honorificBefore(c); h != "" && c.wn == 1 {
				addForm(h + " " + form) // "Ms. Delgado"
			}
			if p.Role == "" && c.role.end > c.role.start {
				p.Role = s.roleText(c.role.Span())
			}
			titleG[c.gender]++
		}
		p.Gender = genderOf(titleG, genders[ei])
		out = append(out, p)
	}
	return out
}

// honorificBefore returns the honorific right before a candidate ("Mr."),
// or "".
func (s *peopleScan) honorificBefore(c *nameCand) string {
	if c.ev&evHonorific == 0 {
		return ""
	}
	before := strings.TrimRight(s.text[:c.span.start], " \t")
	h := before[strings.LastIndexAny(before, " \t\n")+1:]
	if s.lx.title(h).kind != honorific {
		return ""
	}
	return h
}

// roleText returns the role phrase at sp without honorifics, a leading
// article or trailing function words: "the Ohio Gov. of" → "Ohio
// Governor"; "" when it holds no title and ends in no occupation.
func (s *peopleScan) roleText(sp Span) string {
	var words []string
	for _, w := range strings.Fields(s.text[sp.Start:sp.End]) {
		if s.lx.title(w).kind != honorific && (len(words) > 0 || !nameDeterminers.hasLower(w)) {
			words = append(words, w)
		}
	}
	for len(words) > 0 && trailingFunctionWord(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	isHead := func(w string) bool { return s.titleKindWith(w, s.lx.info(w), false) == titleHead }
	if !slices.ContainsFunc(words, isHead) && (len(words) == 0 || !s.isOccupationWord(words[len(words)-1])) {
		return "" // no title, and no noun of occupation last ("retired teacher")
	}
	return s.lx.expandTitleAbbrevs(strings.Join(words, " "))
}

// expandTitleAbbrevs writes out the abbreviated titles of a role in
// full, in the case they had: "Ohio Gov." is shown as "Ohio Governor",
// "Lt. Gov." as "Lieutenant Governor".
func (lx *Lexicon) expandTitleAbbrevs(role string) string {
	words := strings.Fields(role)
	for i, w := range words {
		stem, abbrev := strings.CutSuffix(w, ".")
		long, ok := lx.titleRole(stem)
		if !abbrev || !ok || len(long) <= len(stem) {
			continue // no abbreviation, or none with a long form
		}
		if stem[0] >= 'A' && stem[0] <= 'Z' {
			long = strings.ToUpper(long[:1]) + long[1:]
		}
		words[i] = long
	}
	return strings.Join(words, " ")
}

// genderOf decides a person's gender by weighing the evidence: gendered
// titles (Mr., spokeswoman) weigh most, the pronouns that follow the
// mentions less.
func genderOf(titleG [3]int, pron [3]int) Gender {
	score := 4*(titleG[GenderMale]-titleG[GenderFemale]) + (pron[GenderMale] - pron[GenderFemale])
	switch {
	case score > 0:
		return GenderMale
	case score < 0:
		return GenderFemale
	}
	return GenderUnknown
}

// pronounVotes counts, for each personEnt, the gendered pronouns whose
// nearest preceding person mention is one of its mentions, or that point
// forward to one of them from a fronted phrase (frontedFor).
func (s *peopleScan) pronounVotes() [][3]int {
	votes := make([][3]int, len(s.ents))
	ci := 0
	last := -1 // nameCand index of the latest person mention
	for _, p := range s.pronouns {
		s.pace.step(1)
		for ci < len(s.cands) && int(s.cands[ci].span.start) < p.at {
			if s.cands[ci].ent >= 0 {
				last = ci
			}
			ci++
		}
		if f := s.frontedFor(p.at, ci); f >= 0 {
			votes[s.cands[f].ent][p.gender]++
		} else if last >= 0 && p.at-int(s.cands[last].span.end) < 400 {
			votes[s.cands[last].ent][p.gender]++
		}
	}
	return votes
}
