package extract

// The word classes below stay in the code rather than in assets/wordlists:
// each is a closed class of English grammar (pronouns, determiners,
// prepositions, conjunctions, auxiliaries, name particles and suffixes,
// affixes), or a stop list a single rule builds from such words, that no
// new text will add to. Each is here and nowhere else; the open classes
// (nouns and verbs of saying, titles, names, places...) are word lists,
// asked through the Lexicon (vocab_ask.go, vocab_lists.go).

// pronounGenders maps the subject pronouns that can stand for a speaker to
// the gender they imply.
var pronounGenders = map[string]Gender{
	"he": GenderMale, "He": GenderMale, "she": GenderFemale, "She": GenderFemale,
}

// noSpeakerWords stand for no speaker when alone.
var noSpeakerWords = newWordSet(`we i it you who this that there which`)

// reflexives after "calling" introduce a name the speaker goes by
// ("calling himself Ace").
var reflexives = newWordSet(`himself herself themselves itself`)

// possessivePronouns own a noun of speech ("his claim that …").
var possessivePronouns = newWordSet(`his her`)

// determiners open a descriptive speaker phrase ("a spokeswoman").
var determiners = newWordSet(`a an the this that these those his her its their our one two three
some several many another each every no someone somebody others`)

// noHeadWords cannot be the head of a source phrase.
var noHeadWords = newWordSet(`a an the this that his her their`)

// nameDeterminers before a capitalized phrase make it a thing, not a person.
var nameDeterminers = newWordSet(`
	the a an this that these those its their our his her`)

// prepositions end the head of a speaker phrase ("a spokesman for the
// campaign").
var prepositions = newWordSet(`of for from at in on with to by about against among between during
under over into through`)

// placePreps before a capitalized phrase suggest a place.
var placePreps = newWordSet(`
	in at from near into across outside inside throughout toward towards`)

// clauseWords open a clause, after which a subject may stand ("and",
// "but", "that").
var clauseWords = newWordSet(`and but that while when because although though as so after before since if`)

// clauseStops end a noun phrase when walking left from a speech verb.
var clauseStops = newWordSet(`that and but when as because while if which after before since so
or than where whether though although until unless what how why whom whose to in on at by with
from into about over under during without against for of said says told added`)

// relativeWords open a relative clause ("Voss, who ...").
var relativeWords = newWordSet(`who which that`)

// beForms are the forms of "be" that make a passive.
var beForms = newWordSet(`is are was were be been being`)

// finiteVerbWords are verb forms that end the subject they follow ("The
// memo was", "The column goes on to") and adverbs that stand between a
// subject and its verb ("Her office also released").
var finiteVerbWords = newWordSet(`is was were are am has have had did does do will would can could
may might shall should must took went began held made gave got came put ran saw found thought felt
kept left brought knew became grew spent built sent showed wrote met led paid won lost goes takes gets
makes gives comes shows seems appears remains says said told also then later always never again even
still just often previously recently already once now`)

// auxiliaryWords may stand between a speaker and a speech verb
// ("Brannock will say", "he has also said").
var auxiliaryWords = newWordSet(`will would has have had also later then again previously recently
once did does do could can may might should must is was were are be been being not never
just still even further first finally repeatedly frequently often once publicly privately
told has'`)

// bareVerbSubjects may stand right before an uninflected speech verb.
var bareVerbSubjects = newWordSet(`i we you they will would could should may might must can to did do does
not never also often always`)

// personalWords in a capitalized quote make it someone's sentence rather
// than a title: "I Will Never Quit", "You Are The Future".
var personalWords = newWordSet(`i i'm i’m i've i’ve i'll i’ll you you're you’re we we're we’re my our your me us`)

// introWords open an adverbial phrase before a sentence's subject.
var introWords = newWordSet(`in on at after before during while when as since last for earlier later
speaking asked asked, with without following despite amid under from by if although though but and
so yet then meanwhile still also however instead alongside among amongst beyond unlike besides against
throughout across toward towards behind beside between through upon within regarding`)

// nonNameStarts are capitalized sentence words that never start a name.
var nonNameStarts = newWordSet(`neither either both all many most some i we you they he she it
this that these those there here then now when what who why how yes no not using according asked
said says told while though although also even just only dear my our your his her their its`)

// sourceOpeners start adverbial phrases, clauses and pronoun subjects:
// a phrase that opens with one ("Given the draw", "Each season",
// "It's", "There is") names no source.
var sourceOpeners = newWordSet(`given for each judging evaluating within from of speaking as with while
after before when if although though despite in on at during there it it's it’s he she they we i you
much because since unless whether what how why where`)

// objectStarts may follow a verb in -s or -ed, and tell it from a plural
// noun or a participle ("The brochure promotes the plan", "The ad
// featured five photos", but "the exit polls in Ohio", "notes released
// Monday").
var objectStarts = newWordSet(`on to up out the a an his her their its this that these those two three
four five six`)

// subjectFollowers directly after a single name suggest it is a subject.
var subjectFollowers = newWordSet(`
	has had is was will would could should can did does may might must also then still
	never himself herself later first often`)

// functionWords never begin, end or sit inside a person's name, even when a
// capital letter starts them ("So Ana Delgado said", "Both Tomas Pruitt").
var functionWords = newWordSet(`a about above after again against all also although among an and another any are as at
be because been before being below between both but by can could despite did do does
during each either even ever every few for from had has have he her here hers him his
how however i if in into is it its just like many me meanwhile more most much my neither
never no nor not now of off on once one only or other our out over per perhaps please
rather several she should since so some still such than that the their them then there
these they this those though through thus to too under unless until up upon us very via
was we were what when where whether which while who whom whose why with within without
would yes yet you your according said says asked told dear thank thanks hey oh well okay
ok`)

// nameConnectors may join capitalized words inside a name
// ("Charles de Gaulle", "Ludwig van Beethoven", "Omar bin Saleh").
var nameConnectors = newWordSet(`
	de da di del della der den van von bin ibn al el la le du dos das y ter ten`)

// nameSuffixes follow a surname and end a name ("Jr.", "III").
var nameSuffixes = newWordSet(`jr sr ii iii iv`)

// romanSuffixes are the suffixes that, unlike Jr. and Sr., rarely tell a
// father and son apart in one article.
var romanSuffixes = newWordSet(`ii iii iv`)

// namePrefixes before a hyphen make a word an adjective, not a name
// ("Pro-Beijing", "Anti-Brannock", "Ex-President").
var namePrefixes = newWordSet(`pro anti pan ex non neo post pre mid co self un all semi multi inter trans super`)

// camelPrefixes may stand before an inner capital in a name (McCain,
// DeMarco, MacArthur, LaHood, DiCaprio, VanDyke).
var camelPrefixes = newWordSet(`mc mac de di la le da du van von st fitz del o`)

// modifierSuffixes after a hyphen make a compound adjective.
var modifierSuffixes = newWordSet(`born based led backed owned run style era funded linked made bred raised aligned allied
leaning friendly area wide like type held`)

// occupationSuffixes end English nouns of occupation: teacher, welder,
// curator, geologist, librarian.
var occupationSuffixes = []string{"er", "or", "ist", "ian"}
