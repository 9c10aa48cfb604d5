package extract

import (
	"strings"

	"github.com/byline-reader/byline/assets"
)

// The hand-made lists of open classes that rules ask about as sets, one
// file of assets/wordlists each: one entry a line, an optional tab and
// value after it. The closed classes are in vocab_grammar.go; the lists
// the Lexicon records with the generated ones are its indexedLists.
var (
	addresseeVerbs      = embeddedList("hand_addressee_verbs.txt")
	callingVerbs        = embeddedList("hand_calling_verbs.txt")
	chantNouns          = embeddedList("hand_chant_nouns.txt")
	clauseAdverbs       = embeddedList("hand_clause_adverbs.txt")
	describingVerbs     = embeddedList("hand_describing_verbs.txt")
	documentNouns       = embeddedList("hand_document_nouns.txt")
	frontedPreps        = embeddedList("hand_fronted_prepositions.txt")
	invertedSpeechVerbs = embeddedList("hand_inverted_speech_verbs.txt")
	languages           = embeddedList("hand_languages.txt") // beside the demonyms
	loneSources         = embeddedList("hand_lone_sources.txt")
	namingVerbs         = embeddedList("hand_naming_verbs.txt")
	namingWords         = embeddedList("hand_naming_words.txt")
	nicknames           = embeddedList("hand_nicknames.tsv") // short form → given name
	noSpeakerCues       = embeddedList("hand_no_speaker_cues.txt")
	ownedNouns          = embeddedList("hand_owned_nouns.txt")
	asideAdverbs        = embeddedList("hand_parenthetical_adverbs.txt")
	particleVerbs       = embeddedList("hand_particle_verbs.tsv") // verb → its particle
	placeNouns          = embeddedList("hand_place_nouns.txt")
	roleQualifiers      = embeddedList("hand_role_qualifiers.txt")
	sayingNouns         = embeddedList("hand_saying_nouns.txt")
	shareWords          = embeddedList("hand_share_words.txt")
	signNouns           = embeddedList("hand_sign_nouns.txt")
	sourceNouns         = embeddedList("hand_source_nouns.txt")
	speechNouns         = embeddedList("hand_speech_nouns.txt")
	subordinators       = embeddedList("hand_subordinators.txt")
	thingNouns          = embeddedList("hand_thing_nouns.txt")
	timeWords           = embeddedList("hand_time_words.txt")
)

// listLines calls fn with the entry and value of each line of a word
// list: one entry a line, with the text after a tab as its value; '#'
// starts a comment line.
func listLines(data string, fn func(key, value string)) {
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		key, value, _ := strings.Cut(line, "\t")
		fn(strings.TrimSpace(key), strings.TrimSpace(value))
	}
}

// embeddedList reads the hand-made list file of assets/wordlists from the
// embedded assets into a set of its lower-cased entries (listLines).
func embeddedList(file string) wordSet {
	s := wordSet{}
	listLines(embeddedText(file), func(key, value string) { s[strings.ToLower(key)] = value })
	return s
}

// embeddedCased reads the hand-made list file as embeddedList does but
// keeps its entries as written, for the rules that match them with their
// case (the abbreviation "Gen" before a period, not the word "gen").
func embeddedCased(file string) wordSet {
	s := wordSet{}
	listLines(embeddedText(file), func(key, value string) { s[key] = value })
	return s
}

// embeddedText returns the text of the hand-made list file.
func embeddedText(file string) string {
	text, err := assets.FS.ReadFileString(wordlistDir + file)
	if err != nil {
		panic("extract: " + err.Error()) // the lists are embedded: a build without one fails here
	}
	return text
}
