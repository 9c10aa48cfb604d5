package extract

import "strings"

// buildIndex makes lx.index: one entry for every word and phrase of every
// list, with what each list says of it.
func (lx *Lexicon) buildIndex() {
	n := 0
	for _, text := range lx.generated {
		n += strings.Count(text, "\n") + 1
	}
	x := newFactIndex(n * 3 / 4) // the lists share about a quarter of their entries
	for i, l := range generatedLists {
		src := x.addSource(lx.generated[i])
		lines(lx.generated[i], func(off int, key, value string) {
			s := x.slot(src, off, key)
			if l.facts != factFirstLoose {
				setFacts(s, l.facts)
			} else if !s.has(factFirstLoose) { // a name listed twice: its first line counts
				*s |= wordInfo(parseGender(strings.TrimSuffix(value, "?"))) << infoFirstShift
				f := factFirstLoose
				if !strings.HasSuffix(value, "?") { // "?": the name is also a common word
					f |= factFirst | factNamePart
				}
				setFacts(s, f)
			}
		})
	}
	lx.addSmallLists(x)
	lx.index = x
}

// addSmallLists adds the hand-made lists, the function words and the
// plurals of the demonyms to x. Their entries are written one a line into
// a text of their own, which the index points into.
func (lx *Lexicon) addSmallLists(x *factIndex) {
	type entry struct {
		off, n int
		facts  uint32
		title  titleInfo
	}
	var text strings.Builder
	var entries []entry
	add := func(key string, f uint32, ti titleInfo) {
		entries = append(entries, entry{text.Len(), len(key), f, ti})
		text.WriteString(key)
		text.WriteByte('\n')
	}
	for w, ti := range lx.titles {
		add(w, 0, ti) // asked through wordInfo.title
	}
	for _, set := range []struct {
		m wordSet
		f uint32
	}{{lx.lists[orgWords], factOrg}, {lx.lists[nonPeople], factNonPerson},
		{lx.lists[calendar], factCalendar}, {functionWords, factFunction}} {
		for w := range set.m {
			add(w, set.f, titleInfo{})
		}
	}
	for w, mark := range lx.lists[speechVerbs] {
		f := factSpeech
		if mark == "P" {
			f |= factSpeechPerson
		}
		add(w, f, titleInfo{})
	}
	for i, l := range generatedLists {
		if l.facts == factDemonym {
			lines(lx.generated[i], func(_ int, key, _ string) {
				if len(key) >= 3 { // "Syrians"; "Uss" is no plural of "us"
					add(key+"s", factDemonym, titleInfo{})
				}
			})
		}
	}
	all := text.String()
	src := x.addSource(all)
	for _, e := range entries {
		s := x.slot(src, e.off, all[e.off:e.off+e.n])
		setFacts(s, e.facts)
		if e.title.kind != notTitle {
			*s |= wordInfo(e.title.kind)<<infoTitleShift | wordInfo(e.title.gender)<<(infoTitleShift+2)
		}
	}
}
