package extract

import "strings"

// info returns what the lists say of w, in any case.
func (lx *Lexicon) info(w string) wordInfo {
	wi, _ := lookupLower(lx.words, w)
	return wi
}

// The questions below take a word or phrase in any case.

// isSpeechVerb reports whether w is a verb of saying ("said", "told"),
// in a form the list has or as a present participle built on one
// ("stating", "quipping").
func (lx *Lexicon) isSpeechVerb(w string) bool {
	if lx.info(w).has(factSpeech) {
		return true
	}
	n := len(w) - len("ing")
	if n <= 2 || !hasSuffixFold(w, "ing") {
		return false
	}
	stem := w[:n]
	if lx.info(stem).has(factSpeech) || lx.info(stem+"e").has(factSpeech) {
		return true
	}
	last, before := lowerASCII(stem[n-1]), lowerASCII(stem[n-2])
	return last == before && lx.info(stem[:n-1]).has(factSpeech) // quipping, admitting
}

// title returns what the title list says of w.
func (lx *Lexicon) title(w string) titleInfo { return lx.info(w).title() }

// isTitleWord reports whether w, with or without a final period, is in
// the title list ("Sen.", "former", "spokeswoman") and no function word.
func (lx *Lexicon) isTitleWord(w string) bool {
	_, ok := lx.titleRole(w)
	return ok
}

// titleRole returns the role title word w names, in lower case and long
// form ("Sen." → "senator", "Spokeswoman" → "spokeswoman"), or "" when w
// names none (an honorific such as "Mr.", a modifier such as "former");
// ok reports whether w, with or without a final period, is in the title
// list and no function word.
func (lx *Lexicon) titleRole(w string) (role string, ok bool) {
	bare := strings.TrimSuffix(w, ".")
	key := bare
	info := lx.info(key)
	if info.title().kind == notTitle {
		key = bare + "."
		info = lx.info(key)
	}
	ti := info.title()
	if ti.kind == notTitle || info.has(factFunction) {
		return "", false // "of", "the" join the words of a role, but are none
	}
	if long, ok := lx.titleLongs[strings.ToLower(key)]; ok {
		return long, true
	}
	if ti.kind != titleHead {
		return "", true
	}
	return strings.ToLower(bare), true
}

// firstName reports whether w is a known given name that is not also a
// common word, with the gender the name usually has (GenderUnknown when it
// is given to both). info(w).firstName(factFirstLoose) also accepts given
// names that are common words ("Will", "Rusty").
func (lx *Lexicon) firstName(w string) (Gender, bool) { return lx.info(w).firstName(factFirst) }

// looksDemonym reports whether w is a nationality or party adjective, or
// another modifier, before a title ("Russian", "Republican", "former"): a
// demonym of the list or a modifier of the title list.
func (lx *Lexicon) looksDemonym(w string) bool {
	info := lx.info(w)
	return info.has(factDemonym) || info.title().kind == titleMod && !info.has(factFunction)
}

// isNameSuffix reports whether w, in any case, is one of nameSuffixes as
// the people stage reads them: Jr. and Sr. with or without their period,
// a roman numeral without one ("Tom Reyes III").
func isNameSuffix(w string) bool {
	bare, dot := strings.CutSuffix(w, ".")
	return nameSuffixes.hasLower(bare) && !(dot && romanSuffixes.hasLower(bare))
}

// sameGiven reports whether two lower-case given names are one name, or a
// nickname of the other.
func sameGiven(a, b string) bool {
	if a == b {
		return true
	}
	na, nb := nicknames[a], nicknames[b]
	return na == b || nb == a || (na != "" && na == nb)
}
