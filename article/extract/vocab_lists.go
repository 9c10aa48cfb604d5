package extract

import (
	"strings"

	"github.com/byline-reader/byline/assets"
)

// wordList names one of the small hand-made lists (assets/wordlists/hand_*,
// one entry a line, an optional tab and value after it), which rules ask
// about directly, as a set. Four of them (calendar, nonPeople, orgWords,
// speechVerbs) go into the index too, with the generated lists and the
// titles, and are asked through vocab_ask.go.
type wordList uint8

// The lists, each in its file under assets/wordlists.
const (
	addresseeVerbs      wordList = iota // hand_addressee_verbs.txt
	calendar                            // hand_calendar.txt: months, days (the index's factCalendar)
	callingVerbs                        // hand_calling_verbs.txt
	chantNouns                          // hand_chant_nouns.txt
	clauseAdverbs                       // hand_clause_adverbs.txt
	describingVerbs                     // hand_describing_verbs.txt
	documentNouns                       // hand_document_nouns.txt
	frontedPreps                        // hand_fronted_prepositions.txt
	headlineSmallWords                  // hand_headline_small_words.txt
	invertedSpeechVerbs                 // hand_inverted_speech_verbs.txt
	namingVerbs                         // hand_naming_verbs.txt
	namingWords                         // hand_naming_words.txt
	nicknames                           // hand_nicknames.tsv: short form → given name
	nonPeople                           // hand_nonpeople.txt (factNonPerson)
	noSpeakerCues                       // hand_no_speaker_cues.txt
	orgWords                            // hand_org_words.txt (factOrg)
	ownedNouns                          // hand_owned_nouns.txt
	asideAdverbs                        // hand_parenthetical_adverbs.txt
	particleVerbs                       // hand_particle_verbs.tsv: verb → its particle
	placeNouns                          // hand_place_nouns.txt
	roleQualifiers                      // hand_role_qualifiers.txt
	sayingNouns                         // hand_saying_nouns.txt
	shareWords                          // hand_share_words.txt
	signNouns                           // hand_sign_nouns.txt
	sourceNouns                         // hand_source_nouns.txt
	speechNouns                         // hand_speech_nouns.txt
	speechVerbs                         // hand_speech_verbs.tsv: verb → its mark (factSpeech)
	subordinators                       // hand_subordinators.txt
	thingNouns                          // hand_thing_nouns.txt
	timeWords                           // hand_time_words.txt
	numWordLists
)

// wordListFiles are the files of the lists, relative to wordlistDir.
var wordListFiles = [numWordLists]string{
	addresseeVerbs:      "hand_addressee_verbs.txt",
	calendar:            "hand_calendar.txt",
	callingVerbs:        "hand_calling_verbs.txt",
	chantNouns:          "hand_chant_nouns.txt",
	clauseAdverbs:       "hand_clause_adverbs.txt",
	describingVerbs:     "hand_describing_verbs.txt",
	documentNouns:       "hand_document_nouns.txt",
	frontedPreps:        "hand_fronted_prepositions.txt",
	headlineSmallWords:  "hand_headline_small_words.txt",
	invertedSpeechVerbs: "hand_inverted_speech_verbs.txt",
	namingVerbs:         "hand_naming_verbs.txt",
	namingWords:         "hand_naming_words.txt",
	nicknames:           "hand_nicknames.tsv",
	nonPeople:           "hand_nonpeople.txt",
	noSpeakerCues:       "hand_no_speaker_cues.txt",
	orgWords:            "hand_org_words.txt",
	ownedNouns:          "hand_owned_nouns.txt",
	asideAdverbs:        "hand_parenthetical_adverbs.txt",
	particleVerbs:       "hand_particle_verbs.tsv",
	placeNouns:          "hand_place_nouns.txt",
	roleQualifiers:      "hand_role_qualifiers.txt",
	sayingNouns:         "hand_saying_nouns.txt",
	shareWords:          "hand_share_words.txt",
	signNouns:           "hand_sign_nouns.txt",
	sourceNouns:         "hand_source_nouns.txt",
	speechNouns:         "hand_speech_nouns.txt",
	speechVerbs:         "hand_speech_verbs.tsv",
	subordinators:       "hand_subordinators.txt",
	thingNouns:          "hand_thing_nouns.txt",
	timeWords:           "hand_time_words.txt",
}

// list returns the entries of list l, none when lx is nil.
func (lx *Lexicon) list(l wordList) wordSet {
	if lx == nil {
		return nil
	}
	return lx.lists[l]
}

// parseList reads a hand-made list: one entry a line, lower-cased, with
// the text after a tab as its value; '#' starts a comment line.
func parseList(data string) wordSet {
	s := wordSet{}
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		key, value, _ := strings.Cut(line, "\t")
		s[strings.ToLower(strings.TrimSpace(key))] = strings.TrimSpace(value)
	}
	return s
}

// embeddedList reads the hand-made list assets/wordlists/hand_<name>.txt
// from the embedded assets, as parseList does: the lists that rules ask
// about without a Lexicon (vocab_grammar.go).
func embeddedList(name string) wordSet {
	text, err := assets.FS.ReadFileString(wordlistDir + "hand_" + name + ".txt")
	if err != nil {
		panic("extract: " + err.Error()) // the lists are embedded: a build without one fails here
	}
	return parseList(text)
}
