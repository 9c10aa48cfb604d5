package extract

// The closed classes of English grammar (pronouns, determiners,
// prepositions, conjunctions, auxiliaries, name particles and suffixes,
// affixes), and the stop lists single rules build from such words, are
// hand-made lists in assets/wordlists like the open classes, one file each
// (hand_determiners.txt holds determiners), read once by embeddedList.
// Rules ask them without a Lexicon; the open classes (nouns and verbs of
// saying, titles, names, places...) are asked through the Lexicon
// (vocab_ask.go, vocab_lists.go).

// pronounGenders maps the subject pronouns that can stand for a speaker to
// the gender they imply.
var pronounGenders = map[string]Gender{
	"he": GenderMale, "He": GenderMale, "she": GenderFemale, "She": GenderFemale,
}

// noSpeakerWords stand for no speaker when alone.
var noSpeakerWords = embeddedList("no_speaker_words")

// reflexives after "calling" introduce a name the speaker goes by
// ("calling himself Ace").
var reflexives = embeddedList("reflexives")

// possessivePronouns own a noun of speech ("his claim that …").
var possessivePronouns = embeddedList("possessive_pronouns")

// determiners open a descriptive speaker phrase ("a spokeswoman").
var determiners = embeddedList("determiners")

// noHeadWords cannot be the head of a source phrase.
var noHeadWords = embeddedList("no_head_words")

// nameDeterminers before a capitalized phrase make it a thing, not a person.
var nameDeterminers = embeddedList("name_determiners")

// prepositions end the head of a speaker phrase ("a spokesman for the
// campaign").
var prepositions = embeddedList("prepositions")

// placePreps before a capitalized phrase suggest a place.
var placePreps = embeddedList("place_preps")

// clauseWords open a clause, after which a subject may stand ("and",
// "but", "that").
var clauseWords = embeddedList("clause_words")

// clauseStops end a noun phrase when walking left from a speech verb.
var clauseStops = embeddedList("clause_stops")

// relativeWords open a relative clause ("Voss, who ...").
var relativeWords = embeddedList("relative_words")

// beForms are the forms of "be" that make a passive.
var beForms = embeddedList("be_forms")

// finiteVerbWords are verb forms that end the subject they follow ("The
// memo was", "The column goes on to") and adverbs that stand between a
// subject and its verb ("Her office also released").
var finiteVerbWords = embeddedList("finite_verb_words")

// auxiliaryWords may stand between a speaker and a speech verb
// ("Brannock will say", "he has also said").
var auxiliaryWords = embeddedList("auxiliary_words")

// bareVerbSubjects may stand right before an uninflected speech verb.
var bareVerbSubjects = embeddedList("bare_verb_subjects")

// personalWords in a capitalized quote make it someone's sentence rather
// than a title: "I Will Never Quit", "You Are The Future".
var personalWords = embeddedList("personal_words")

// introWords open an adverbial phrase before a sentence's subject.
var introWords = embeddedList("intro_words")

// nonNameStarts are capitalized sentence words that never start a name.
var nonNameStarts = embeddedList("non_name_starts")

// sourceOpeners start adverbial phrases, clauses and pronoun subjects:
// a phrase that opens with one ("Given the draw", "Each season",
// "It's", "There is") names no source.
var sourceOpeners = embeddedList("source_openers")

// objectStarts may follow a verb in -s or -ed, and tell it from a plural
// noun or a participle ("The brochure promotes the plan", "The ad
// featured five photos", but "the exit polls in Ohio", "notes released
// Monday").
var objectStarts = embeddedList("object_starts")

// subjectFollowers directly after a single name suggest it is a subject.
var subjectFollowers = embeddedList("subject_followers")

// functionWords never begin, end or sit inside a person's name, even when a
// capital letter starts them ("So Ana Delgado said", "Both Tomas Pruitt").
var functionWords = embeddedList("function_words")

// nameConnectors may join capitalized words inside a name
// ("Charles de Gaulle", "Ludwig van Beethoven", "Omar bin Saleh").
var nameConnectors = embeddedList("name_connectors")

// nameSuffixes follow a surname and end a name ("Jr.", "III").
var nameSuffixes = embeddedList("name_suffixes")

// romanSuffixes are the suffixes that, unlike Jr. and Sr., rarely tell a
// father and son apart in one article.
var romanSuffixes = embeddedList("roman_suffixes")

// namePrefixes before a hyphen make a word an adjective, not a name
// ("Pro-Beijing", "Anti-Brannock", "Ex-President").
var namePrefixes = embeddedList("name_prefixes")

// camelPrefixes may stand before an inner capital in a name (McCain,
// DeMarco, MacArthur, LaHood, DiCaprio, VanDyke).
var camelPrefixes = embeddedList("camel_prefixes")

// modifierSuffixes after a hyphen make a compound adjective.
var modifierSuffixes = embeddedList("modifier_suffixes")

// occupationSuffixes end English nouns of occupation: teacher, welder,
// curator, geologist, librarian.
var occupationSuffixes = []string{"er", "or", "ist", "ian"}

// timeNouns after "that" make it a determiner, not a complementizer
// ("said that day", "wrote that week").
var timeNouns = embeddedList("time_nouns")

// verbsAfterNoun are finite verbs that follow a subject noun and never
// the verb of saying itself: after one a speech word in -s is a plural
// noun ("her comments were").
var verbsAfterNoun = embeddedList("verbs_after_noun")

// modalVerbs before a verb of saying make the speech hypothetical ("voters
// will say", "critics would call it").
var modalVerbs = embeddedList("modal_verbs")

// lyNouns end in -ly but name someone or something: "the influential
// daily wrote", "his family said".
var lyNouns = embeddedList("ly_nouns")

// coordinators join two clauses of one sentence.
var coordinators = embeddedList("coordinators")
