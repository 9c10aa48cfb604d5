package extract

import (
	"strings"

	"github.com/byline-reader/byline/assets"
)

// wordList is the file, under assets/wordlists, of one of the small
// hand-made lists (one entry a line, an optional tab and value after it),
// which rules ask about directly, as a set. Four of them (calendar,
// nonPeople, orgWords, speechVerbs) go into the index too, with the
// generated lists and the titles, and are asked through vocab_ask.go.
type wordList string

// The lists LoadLexicon reads.
const (
	addresseeVerbs      wordList = "hand_addressee_verbs.txt"
	calendar            wordList = "hand_calendar.txt" // months, days (the index's factCalendar)
	callingVerbs        wordList = "hand_calling_verbs.txt"
	chantNouns          wordList = "hand_chant_nouns.txt"
	clauseAdverbs       wordList = "hand_clause_adverbs.txt"
	describingVerbs     wordList = "hand_describing_verbs.txt"
	documentNouns       wordList = "hand_document_nouns.txt"
	frontedPreps        wordList = "hand_fronted_prepositions.txt"
	invertedSpeechVerbs wordList = "hand_inverted_speech_verbs.txt"
	languages           wordList = "hand_languages.txt" // beside the demonyms
	loneSources         wordList = "hand_lone_sources.txt"
	namingVerbs         wordList = "hand_naming_verbs.txt"
	namingWords         wordList = "hand_naming_words.txt"
	nicknames           wordList = "hand_nicknames.tsv" // short form → given name
	nonPeople           wordList = "hand_nonpeople.txt" // factNonPerson
	noSpeakerCues       wordList = "hand_no_speaker_cues.txt"
	orgWords            wordList = "hand_org_words.txt" // factOrg
	ownedNouns          wordList = "hand_owned_nouns.txt"
	asideAdverbs        wordList = "hand_parenthetical_adverbs.txt"
	particleVerbs       wordList = "hand_particle_verbs.tsv" // verb → its particle
	placeNouns          wordList = "hand_place_nouns.txt"
	roleQualifiers      wordList = "hand_role_qualifiers.txt"
	sayingNouns         wordList = "hand_saying_nouns.txt"
	shareWords          wordList = "hand_share_words.txt"
	signNouns           wordList = "hand_sign_nouns.txt"
	sourceNouns         wordList = "hand_source_nouns.txt"
	speechNouns         wordList = "hand_speech_nouns.txt"
	speechVerbs         wordList = "hand_speech_verbs.tsv" // verb → its mark (factSpeech)
	subordinators       wordList = "hand_subordinators.txt"
	thingNouns          wordList = "hand_thing_nouns.txt"
	timeWords           wordList = "hand_time_words.txt"
)

// wordLists are all the lists of the Lexicon.
var wordLists = [...]wordList{
	addresseeVerbs, calendar, callingVerbs, chantNouns, clauseAdverbs, describingVerbs, documentNouns,
	frontedPreps, invertedSpeechVerbs, languages, loneSources, namingVerbs, namingWords, nicknames, nonPeople,
	noSpeakerCues, orgWords, ownedNouns, asideAdverbs, particleVerbs, placeNouns, roleQualifiers, sayingNouns,
	shareWords, signNouns, sourceNouns, speechNouns, speechVerbs, subordinators, thingNouns, timeWords,
}

// list returns the entries of list l.
func (lx *Lexicon) list(l wordList) wordSet { return lx.lists[l] }

// parseList reads a hand-made list into a set of its lower-cased
// entries (listLines).
func parseList(data string) wordSet {
	s := wordSet{}
	listLines(data, func(key, value string) { s[strings.ToLower(key)] = value })
	return s
}

// listLines calls fn with the entry and value of each line of a hand-made
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
// embedded assets, as parseList does: the lists that rules ask about
// without a Lexicon (vocab_grammar.go).
func embeddedList(file string) wordSet { return parseList(embeddedText(file)) }

// embeddedCased reads the hand-made list file as embeddedList does but
// keeps its entries as written, for the rules that match them with their
// case ("D" in "(D)", not "d").
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
