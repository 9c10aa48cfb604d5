package extract

import "strings"

// wordInfo is what the word lists say of one word or phrase: the lists
// that hold it, the usual gender of a first name and what the title list
// says. The zero wordInfo is a word no list holds.
type wordInfo struct {
	facts uint32    // the fact* bits
	first Gender    // the usual gender of a first name
	ti    titleInfo // the title list's entry
}

// The facts a wordInfo records, one bit each.
const (
	factWord         uint32 = 1 << iota // words.txt: a lower-case dictionary word
	factProper                          // proper_nouns.txt
	factFirst                           // a first name that is not also a common word
	factFirstLoose                      // any first name
	factSurname                         // surnames.txt
	factNamePart                        // a given or family name of any list
	factPlace                           // places.txt
	factCity                            // cities.txt
	factDemonym                         // demonyms.txt, or its plural
	factCompany                         // companies.txt
	factNonPerson                       // hand_nonpeople.txt
	factOrg                             // hand_org_words.txt
	factCalendar                        // hand_calendar.txt
	factSpeech                          // hand_speech_verbs.tsv
	factSpeechPerson                    // the verbs marked P there
	factFunction                        // functionWords
)

// has reports whether one of facts f holds.
func (wi wordInfo) has(f uint32) bool { return wi.facts&f != 0 }

// firstName reports whether the word is a first name by fact f
// (factFirst or factFirstLoose), and its usual gender.
func (wi wordInfo) firstName(f uint32) (Gender, bool) {
	if !wi.has(f) {
		return GenderUnknown, false
	}
	return wi.first, true
}

// title is what the title list says.
func (wi wordInfo) title() titleInfo { return wi.ti }

// addFacts records facts f of w, a lower-case word or phrase.
func (lx *Lexicon) addFacts(w string, f uint32) {
	wi := lx.words[w]
	wi.facts |= f
	lx.words[w] = wi
}

// addList records facts f of every entry of text, a list of
// indexedLists. The first names ("rex\tM", "will\tM?") bring their
// gender; "?" marks a name that is also a common word, a first name only
// by factFirstLoose. A demonym brings its plural ("Syrians"), a speech
// verb marked "P" factSpeechPerson.
func (lx *Lexicon) addList(text string, f uint32) {
	listLines(text, func(key, value string) {
		key = strings.ToLower(key)
		wi := lx.words[key]
		switch {
		case f != factFirstLoose:
			wi.facts |= f
		case !wi.has(factFirstLoose): // a name listed twice: its first line counts
			wi.first = parseGender(strings.TrimSuffix(value, "?"))
			wi.facts |= factFirstLoose
			if !strings.HasSuffix(value, "?") {
				wi.facts |= factFirst | factNamePart
			}
		}
		if f == factSpeech && value == "P" {
			wi.facts |= factSpeechPerson
		}
		lx.words[key] = wi
		if f == factDemonym && len(key) >= 3 { // "Uss" is no plural of "us"
			lx.addFacts(key+"s", factDemonym)
		}
	})
}
