package extract

import "strings"

// The closed classes of English grammar (pronouns, determiners,
// prepositions, conjunctions, auxiliaries, name particles and suffixes,
// affixes), and the stop lists single rules build from such words, are
// hand-made lists in assets/wordlists like the open classes, one file each
// (hand_determiners.txt holds determiners), read once by embeddedList.
// Rules ask them without a Lexicon; the open classes (nouns and verbs of
// saying, titles, names, places...) are asked through the Lexicon
// (vocab_ask.go, vocab_lists.go).

// pronouns are the third-person singular pronouns, with the gender each
// implies and "subject" after those that can stand for a speaker.
var pronouns = embeddedList("hand_pronouns.tsv")

// pronounGender returns the gender of w, a third-person singular pronoun
// in lower case ("him"), or GenderUnknown.
func pronounGender(w string) Gender {
	gender, _, _ := strings.Cut(pronouns[w], " ")
	return parseGender(gender)
}

// subjectPronoun returns the gender implied by w, a subject pronoun that
// can stand for a speaker, in lower case or capitalized ("he", "She");
// ok is false for any other word.
func subjectPronoun(w string) (g Gender, ok bool) {
	v, ok := pronouns.lookup(w)
	gender, role, _ := strings.Cut(v, " ")
	return parseGender(gender), ok && role == "subject"
}

// isSubjectPronoun reports whether w is a subject pronoun (subjectPronoun).
func isSubjectPronoun(w string) bool {
	_, ok := subjectPronoun(w)
	return ok
}

// noSpeakerWords stand for no speaker when alone.
var noSpeakerWords = embeddedList("hand_no_speaker_words.txt")

// reflexives after "calling" introduce a name the speaker goes by
// ("calling himself Ace").
var reflexives = embeddedList("hand_reflexives.txt")

// possessivePronouns own a noun of speech ("his claim that …").
var possessivePronouns = embeddedList("hand_possessive_pronouns.txt")

// determiners open a descriptive speaker phrase ("a spokeswoman").
var determiners = embeddedList("hand_determiners.txt")

// noHeadWords cannot be the head of a source phrase.
var noHeadWords = embeddedList("hand_no_head_words.txt")

// nameDeterminers before a capitalized phrase make it a thing, not a person.
var nameDeterminers = embeddedList("hand_name_determiners.txt")

// prepositions end the head of a speaker phrase ("a spokesman for the
// campaign").
var prepositions = embeddedList("hand_prepositions.txt")

// placePreps before a capitalized phrase suggest a place.
var placePreps = embeddedList("hand_place_preps.txt")

// clauseWords open a clause, after which a subject may stand ("and",
// "but", "that").
var clauseWords = embeddedList("hand_clause_words.txt")

// clauseStops end a noun phrase when walking left from a speech verb.
var clauseStops = embeddedList("hand_clause_stops.txt")

// relativeWords open a relative clause ("Voss, who ...").
var relativeWords = embeddedList("hand_relative_words.txt")

// beForms are the forms of "be" that make a passive.
var beForms = embeddedList("hand_be_forms.txt")

// singularVerbs are finite forms of the auxiliaries that agree with a
// singular subject only ("Ada Voss has", "the board is").
var singularVerbs = embeddedList("hand_singular_verbs.txt")

// finiteVerbWords are verb forms that end the subject they follow ("The
// memo was", "The column goes on to") and adverbs that stand between a
// subject and its verb ("Her office also released").
var finiteVerbWords = embeddedList("hand_finite_verb_words.txt")

// auxiliaryWords may stand between a speaker and a speech verb
// ("Brannock will say", "he has also said").
var auxiliaryWords = embeddedList("hand_auxiliary_words.txt")

// bareVerbSubjects may stand right before an uninflected speech verb.
var bareVerbSubjects = embeddedList("hand_bare_verb_subjects.txt")

// aspectVerbs are verbs of saying that before "to" and a verb only say
// something goes on ("prices continued to climb").
var aspectVerbs = embeddedList("hand_aspect_verbs.txt")

// personalWords in a capitalized quote make it someone's sentence rather
// than a title: "I Will Never Quit", "You Are The Future".
var personalWords = embeddedList("hand_personal_words.txt")

// introWords open an adverbial phrase before a sentence's subject.
var introWords = embeddedList("hand_intro_words.txt")

// nonNameStarts are capitalized sentence words that never start a name.
var nonNameStarts = embeddedList("hand_non_name_starts.txt")

// sourceOpeners start adverbial phrases, clauses and pronoun subjects:
// a phrase that opens with one ("Given the draw", "Each season",
// "It's", "There is") names no source.
var sourceOpeners = embeddedList("hand_source_openers.txt")

// objectStarts may follow a verb in -s or -ed, and tell it from a plural
// noun or a participle ("The brochure promotes the plan", "The ad
// featured five photos", but "the exit polls in Ohio", "notes released
// Monday").
var objectStarts = embeddedList("hand_object_starts.txt")

// subjectFollowers directly after a single name suggest it is a subject.
var subjectFollowers = embeddedList("hand_subject_followers.txt")

// functionWords never begin, end or sit inside a person's name, even when a
// capital letter starts them ("So Ana Delgado said", "Both Tomas Pruitt").
var functionWords = embeddedList("hand_function_words.txt")

// nameConnectors may join capitalized words inside a name
// ("Charles de Gaulle", "Ludwig van Beethoven", "Omar bin Saleh").
var nameConnectors = embeddedList("hand_name_connectors.txt")

// headlineSmallWords stay in lower case in title-case headlines ("Rise
// of the Ferries").
var headlineSmallWords = embeddedList("hand_headline_small_words.txt")

// IsMinorWord reports whether w, in any case, may stay in lower case in a
// capitalized line: a small word of headlines ("of", "via") or a name
// connector ("van", "de").
func IsMinorWord(w string) bool { return headlineSmallWords.hasLower(w) || nameConnectors.hasLower(w) }

// nameSuffixes follow a surname and end a name ("Jr.", "III").
var nameSuffixes = embeddedList("hand_name_suffixes.txt")

// romanSuffixes are the suffixes that, unlike Jr. and Sr., rarely tell a
// father and son apart in one article.
var romanSuffixes = embeddedList("hand_roman_suffixes.txt")

// namePrefixes before a hyphen make a word an adjective, not a name
// ("Pro-Beijing", "Anti-Brannock", "Ex-President").
var namePrefixes = embeddedList("hand_name_prefixes.txt")

// camelPrefixes may stand before an inner capital in a name (McCain,
// DeMarco, MacArthur, LaHood, DiCaprio, VanDyke).
var camelPrefixes = embeddedList("hand_camel_prefixes.txt")

// modifierSuffixes after a hyphen make a compound adjective.
var modifierSuffixes = embeddedList("hand_modifier_suffixes.txt")

// occupationSuffixes end English nouns of occupation: teacher, welder,
// curator, geologist, librarian.
var occupationSuffixes = embeddedList("hand_occupation_suffixes.txt")

// singularSEndings end singular nouns in -s: "class", "status", "crisis".
var singularSEndings = embeddedList("hand_singular_s_endings.txt")

// hasSuffixIn reports whether w ends with one of suffixes.
func hasSuffixIn(w string, suffixes wordSet) bool {
	for suf := range suffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// endsPluralS reports whether w ends in the -s of a plural: not in one of
// singularSEndings.
func endsPluralS(w string) bool {
	return strings.HasSuffix(w, "s") && !hasSuffixIn(w, singularSEndings)
}

// timeNouns after "that" make it a determiner, not a complementizer
// ("said that day", "wrote that week").
var timeNouns = embeddedList("hand_time_nouns.txt")

// verbsAfterNoun are finite verbs that follow a subject noun and never
// the verb of saying itself: after one a speech word in -s is a plural
// noun ("her comments were").
var verbsAfterNoun = embeddedList("hand_verbs_after_noun.txt")

// modalVerbs before a verb of saying make the speech hypothetical ("voters
// will say", "critics would call it").
var modalVerbs = embeddedList("hand_modal_verbs.txt")

// lyNouns end in -ly but name someone or something: "the influential
// daily wrote", "his family said".
var lyNouns = embeddedList("hand_ly_nouns.txt")

// isBareVerb reports whether w is an uninflected form ("say", "state"),
// which is as often a noun ("her state", "the report") as a verb.
func isBareVerb(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		!irregularSpeechForms.contains(w)
}

// irregularSpeechForms are the inflected forms of verbs of saying without
// -s, -ed or -ing ("said", "wrote").
var irregularSpeechForms = embeddedList("hand_irregular_speech_forms.txt")

// aliasVerbs introduce a name someone goes by, with the word that follows
// them, "-self" for a reflexive ("calling himself Ace", "going by Ace").
var aliasVerbs = embeddedList("hand_alias_verbs.tsv")

// captionWords stand alone in brackets after a name in a caption or a
// roll call, with their case: a party ("Nina Porter (D)") or where the
// person is in the picture ("Okafor (left)").
var captionWords = embeddedCased("hand_caption_words.txt")

// coordinators join two clauses of one sentence.
var coordinators = embeddedList("hand_coordinators.txt")
