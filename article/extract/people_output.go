package extract

import (
	"strings"
)

// people turns the entities into the result, in order of first mention.
func (s *peopleScan) people() []Person {
	// The candidates of each entity, in text order.
	entOf := make([]int32, len(s.cands))
	for ci := range s.cands {
		entOf[ci] = s.cands[ci].ent
	}
	flat, start := groupByKey(len(s.ents), entOf)
	mentions := func(e int) []int { return flat[start[e]:start[e+1]] }
	// Order entities by first mention.
	order := make([]int, 0, len(s.ents))
	for ci := range s.cands {
		if e := int(s.cands[ci].ent); e >= 0 && mentions(e)[0] == ci {
			order = append(order, e)
		}
	}
	// The people's mentions and aliases are cut from two slices, one
	// person after another, each capped so that an append copies.
	spans := make([]Span, len(flat))
	for k, ci := range flat {
		spans[k] = s.cands[ci].span.Span()
	}
	// A person has a form or two besides the name, mostly; the slice grows
	// as it needs to (the aliases cut from it before stay where they are).
	aliases := make([]string, 0, 2*len(order))
	genders := s.pronounVotes()
	out := make([]Person, 0, len(order))
	var seen formSet // the forms of one person so far
	for _, ei := range order {
		e := s.ents[ei]
		from, to := start[ei], start[ei+1]
		p := Person{Name: s.phrase(&s.cands[e.cand]), Mentions: spans[from:to:to]}
		seen.reset()
		seen.add(p.Name)
		first := len(aliases)
		var titleG [3]int
		for _, ci := range mentions(ei) {
			c := &s.cands[ci]
			form := s.phrase(c)
			if seen.add(form) {
				aliases = append(aliases, form)
			}
			if h, at := s.honorificBefore(c); h != "" && c.wn == 1 {
				hf := s.spacedAt(at, int(c.span.end), []string{h, form}) // "Ms. Delgado"
				if seen.add(hf) {
					aliases = append(aliases, hf)
				}
			}
			if p.Role == "" && c.role.end > c.role.start {
				if role := s.roleText(c.role.Span()); role != "" {
					p.Role = role
				}
			}
			titleG[c.gender]++
		}
		p.Aliases = aliases[first:len(aliases):len(aliases)] // not nil: [] in JSON
		p.Gender = s.genderOf(e, titleG, genders[ei])
		out = append(out, p)
	}
	return out
}

// honorificBefore returns the honorific right before a candidate ("Mr.")
// and where it starts, or "".
func (s *peopleScan) honorificBefore(c *nameCand) (h string, at int) {
	if c.ev&evHonorific == 0 {
		return "", 0
	}
	before := strings.TrimRight(s.text[:c.span.start], " \t")
	at = strings.LastIndexAny(before, " \t\n") + 1
	h = before[at:]
	if s.lx.title(h).kind != honorific {
		return "", 0
	}
	return h, at
}

// roleText returns the role phrase at sp without honorifics ("Mr.").
func (s *peopleScan) roleText(sp Span) string {
	text := s.text[sp.Start:sp.End]
	var buf [16]Span
	var infoBuf [16]wordInfo
	keep := buf[:0]      // the words kept, as spans of text
	infos := infoBuf[:0] // what the lists say of them
	for rest := text; ; {
		var w string
		if w, rest = firstField(rest); w == "" {
			break
		}
		inf := s.lx.info(w)
		if inf.title().kind == honorific || (len(keep) == 0 && nameDeterminers.hasLower(w)) {
			continue
		}
		end := len(text) - len(rest)
		keep = append(keep, Span{end - len(w), end})
		infos = append(infos, inf)
	}
	word := func(k int) string { return text[keep[k].Start:keep[k].End] }
	for len(keep) > 0 {
		lw := strings.ToLower(word(len(keep) - 1))
		if lw == "of" || lw == "the" || lw == "and" {
			keep = keep[:len(keep)-1]
			continue
		}
		break
	}
	has := false
	for k := range keep {
		if s.titleKindWith(word(k), infos[k], false) == titleHead {
			has = true
		}
	}
	if !has && (len(keep) == 0 || !s.isOccupationWord(word(len(keep)-1))) {
		return "" // no title, and no noun of occupation last ("retired teacher")
	}
	return s.lx.expandTitleAbbrevs(joinFields(text, keep))
}

// expandTitleAbbrevs writes out the abbreviated titles of a role in
// full, in the case they had: "Ohio Gov." is shown as "Ohio Governor",
// "Lt. Gov." as "Lieutenant Governor".
func (lx *Lexicon) expandTitleAbbrevs(role string) string {
	if !strings.Contains(role, ".") {
		return role // most roles: no allocation
	}
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

// joinFields returns the words of t at spans joined by single spaces, as
// strings.Join does: t itself when they stand so in it (isSpaced).
func joinFields(t string, spans []Span) string {
	if len(spans) == 0 {
		return ""
	}
	var buf [16]string
	words := buf[:0]
	for _, sp := range spans {
		words = append(words, t[sp.Start:sp.End])
	}
	if whole := t[spans[0].Start:spans[len(spans)-1].End]; isSpaced(whole, words) {
		return whole
	}
	return strings.Join(words, " ")
}

// genderOf decides a person's gender by weighing the evidence: gendered
// titles (Mr., spokeswoman) and the usual gender of the first name weigh
// most, the pronouns that follow the mentions less.
func (s *peopleScan) genderOf(e *personEnt, titleG [3]int, pron [3]int) Gender {
	score := 4*(titleG[GenderMale]-titleG[GenderFemale]) + (pron[GenderMale] - pron[GenderFemale])
	if e.first != "" {
		switch g, _ := s.lx.firstName(e.first); g {
		case GenderMale:
			score += 6
		case GenderFemale:
			score -= 6
		}
	}
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

// formSet is a set of the forms of a name, compared in lower case. A
// person has a few forms, so they are compared one by one until there
// are many.
type formSet struct {
	forms []setForm
	lower map[string]bool // the lower-case forms, once there are many
}

// setForm is a form of a formSet and whether it is ASCII, as most are:
// two ASCII forms compare without lower-casing.
type setForm struct {
	form  string
	ascii bool
}

// maxListedForms is how many forms a formSet compares one by one.
const maxListedForms = 16

// reset empties the set.
func (fs *formSet) reset() {
	fs.forms = fs.forms[:0]
	fs.lower = nil
}

// add adds form and reports whether it is new: no form in the set is
// the same in lower case.
func (fs *formSet) add(form string) bool {
	if fs.lower != nil {
		lf := strings.ToLower(form)
		if fs.lower[lf] {
			return false
		}
		fs.lower[lf] = true
		return true
	}
	ascii := isASCII(form)
	for _, f := range fs.forms {
		if f.ascii && ascii {
			if foldEqual(f.form, form) {
				return false
			}
		} else if strings.ToLower(f.form) == strings.ToLower(form) {
			return false
		}
	}
	fs.forms = append(fs.forms, setForm{form, ascii})
	if len(fs.forms) > maxListedForms {
		fs.lower = make(map[string]bool, 2*maxListedForms)
		for _, f := range fs.forms {
			fs.lower[strings.ToLower(f.form)] = true
		}
	}
	return true
}
