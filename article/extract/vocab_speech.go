package extract

import "strings"

// speechVerbWords are the inflected verbs that introduce reported speech or
// writing. They are grammar, not data, so they live in code.
var speechVerbWords = newWordSet(`
say says said saying tell tells told telling add adds added adding
ask asks asked explain explains explained explaining note notes noted noting
write writes wrote writing written tweet tweets tweeted tweeting post posts posted
continue continues continued argue argues argued arguing claim claims claimed claiming
state states stated declare declares declared declaring insist insists insisted insisting
warn warns warned warning recall recalls recalled reply replies replied replying
respond responds responded answer answers answered acknowledge acknowledges acknowledged
admit admits admitted announce announces announced observe observes observed
suggest suggests suggested suggesting joke jokes joked joking quip quips quipped
remark remarks remarked concede concedes conceded contend contends contended
counter counters countered caution cautions cautioned emphasize emphasizes emphasized
emphasise emphasises emphasised stress stresses stressed maintain maintains maintained
complain complains complained complaining predict predicts predicted urge urges urged
vow vows vowed promise promises promised pledge pledges pledged report reports reported
testify testifies testified conclude concludes concluded describe describes described describing
call calls called calling accuse accuses accused accusing shout shouts shouted yell yells yelled
scream screamed whisper whispered mutter muttered blast blasts blasted slam slams slammed
charge charges charged allege alleges alleged assert asserts asserted boast boasts boasted
brag brags bragged recount recounts recounted reiterate reiterates reiterated proclaim proclaimed
exclaim exclaimed muse mused opine opined confirm confirms confirmed deny denies denied
demand demands demanded plead pleads pleaded implore implored retort retorted interject interjected
scoff scoffed snap snapped thunder thundered lament laments lamented mock mocks mocked
tease teased read reads quote quotes quoted praise praises praised criticize criticizes criticized
criticise criticised dismiss dismissed insisting noting adding saying asking telling writing
declaring warning arguing explaining calling labeled labelled branded dubbed termed
cite cites cited echo echoed echoes agree agrees agreed disagree disagreed
surmise surmised reason reasoned offer offered volunteer volunteered gripe griped fume fumed
marvel marveled marvelled figure figured reckon reckoned wonder wondered chime chimed elaborate
elaborated clarify clarified summarize summarized advise advised recommend recommended propose proposed
spoke speak speaks speaking preach preached pray prayed sing sang chant chanted rant ranted rail railed sneer sneered
`)

// isSpeechVerb reports whether w is a speech verb, in any inflection the
// list has or as a present participle built on it (stating, arguing).
func isSpeechVerb(w string) bool { return speechVerbForm(w, false) }

// isSpeechVerbLower is isSpeechVerb(strings.ToLower(w)), without
// lower-casing ASCII words.
func isSpeechVerbLower(w string) bool {
	if !isASCII(w) {
		return isSpeechVerb(strings.ToLower(w))
	}
	return speechVerbForm(w, true)
}

// speechVerbForm is isSpeechVerb of w, or, when fold is set, of the ASCII
// word w with its letters lowered.
func speechVerbForm(w string, fold bool) bool {
	if isSpeechVerbWord(w, fold) {
		return true
	}
	n := len(w) - len("ing")
	if n <= 2 || !(fold && hasSuffixFold(w, "ing") || !fold && w[n:] == "ing") {
		return false
	}
	stem := w[:n]
	if isSpeechVerbWord(stem, fold) || isSpeechVerbWord(stem+"e", fold) {
		return true
	}
	last, before := stem[n-1], stem[n-2]
	if fold {
		last, before = lowerASCII(last), lowerASCII(before)
	}
	return last == before && isSpeechVerbWord(stem[:n-1], fold) // quipping, admitting
}

// isSpeechVerbWord reports whether w is a word of speechVerbWords, as
// has finds it, or, when fold is set, as hasLower does.
func isSpeechVerbWord(w string, fold bool) bool {
	if fold {
		return speechVerbWords.hasLower(w)
	}
	return speechVerbWords.has(w)
}

// isBareVerb reports whether w is an uninflected form ("say", "state"),
// which is as often a noun ("her state", "the report") as a verb.
func isBareVerb(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		w != "said" && w != "told" && w != "wrote" && w != "written" && w != "read"
}

// bareVerbSubjects may stand right before an uninflected speech verb.
var bareVerbSubjects = newWordSet(`i we you they will would could should may might must can to did do does
not never also often always`)

// sourceNouns are the common nouns that can stand alone as a source
// of words ("officials said", "Aides said").
var sourceNouns = newWordSet(`officials official aides aide analysts analyst critics critic
experts expert sources source advisers adviser advisors advisor supporters opponents republicans
democrats spokesman spokeswoman spokesperson statement report campaign ministry agency police
authorities researchers authors organizers protesters voters residents lawmakers leaders observers
people witnesses investigators prosecutors officers scientists economists strategists insiders
staffers allies friends activists delegates members polls data documents records reports`)

// auxiliaryWords may stand between a speaker and a speech verb
// ("Brannock will say", "he has also said").
var auxiliaryWords = newWordSet(`will would has have had also later then again previously recently
once did does do could can may might should must is was were are be been being not never
just still even further first finally repeatedly frequently often once publicly privately
told has'`)

// clauseStops end a noun phrase when walking left from a speech verb.
var clauseStops = newWordSet(`that and but when as because while if which after before since so
or than where whether though although until unless what how why whom whose to in on at by with
from into about over under during without against for of said says told added`)

// pronounGenders maps the subject pronouns that can stand for a speaker to
// the gender they imply.
var pronounGenders = map[string]Gender{
	"he": GenderMale, "He": GenderMale, "she": GenderFemale, "She": GenderFemale,
}

// determiners open a descriptive speaker phrase ("a spokeswoman").
var determiners = newWordSet(`a an the this that these those his her its their our one two three
some several many another each every no someone somebody others`)

// titleWords are the titles and roles that stand before a name. Titles
// with a known long form map to it.
var titleWords = map[string]string{
	"mr": "", "mrs": "", "ms": "", "miss": "", "dr": "doctor", "prof": "professor",
	"professor": "professor", "sen": "senator", "senator": "senator", "rep": "representative",
	"representative": "representative", "congressman": "congressman", "congresswoman": "congresswoman",
	"gov": "governor", "governor": "governor", "president": "president", "vice": "",
	"secretary": "secretary", "minister": "minister", "ambassador": "ambassador",
	"adm": "admiral", "admiral": "admiral", "gen": "general", "general": "general",
	"lt": "lieutenant", "col": "colonel", "colonel": "colonel", "capt": "captain", "captain": "captain",
	"sgt": "sergeant", "mayor": "mayor", "judge": "judge", "justice": "justice", "chairman": "chairman",
	"chairwoman": "chairwoman", "chief": "chief", "director": "director", "spokesman": "spokesman",
	"spokeswoman": "spokeswoman", "spokesperson": "spokesperson", "premier": "premier", "king": "king",
	"queen": "queen", "prince": "prince", "pope": "pope", "rev": "reverend", "reverend": "reverend",
	"ceo": "ceo", "chancellor": "chancellor", "sheriff": "sheriff", "attorney": "attorney",
	"commissioner": "commissioner", "leader": "leader", "speaker": "speaker", "candidate": "candidate",
	"nominee": "nominee", "sir": "", "dame": "", "lord": "", "lady": "", "father": "", "sister": "",
	"coach": "coach", "officer": "officer", "detective": "detective", "dean": "dean", "mp": "",
	"foreign": "", "prime": "", "former": "", "state": "", "defense": "", "home": "", "shadow": "",
	"deputy": "", "assistant": "", "senior": "", "executive": "", "first": "",
}

// isTitleWord reports whether w (any case, without a final period) is a
// title word.
func isTitleWord(w string) bool {
	return titleSet.hasLower(strings.TrimSuffix(w, "."))
}

// titleSet is titleWords as a word set, which answers without
// hashing the map.
var titleSet = newAttrWordMap(titleWords)

// titleLong returns the long form of title word w (in any case) and
// whether w is a title word.
func titleLong(w string) (string, bool) { return titleSet.valueLower(w) }

// prepositions end the head of a speaker phrase ("a spokesman for the
// campaign").
var prepositions = newWordSet(`of for from at in on with to by about against among between during
under over into through`)

// thingNouns head descriptions of sources that are no person ("the
// ad", "the statement").
var thingNouns = newWordSet(`statement report ad advertisement letter post document campaign ministry
agency government department company committee court council group party network newspaper paper
magazine show program programme study survey poll memo email tweet website site video article editorial
book release message filing lawsuit complaint questionnaire white house administration office board
commission service union team organization organisation foundation institute center centre page
account blog bill law rule policy plan proposal speech transcript excerpt excerpts quote reply response
announcement note notice petition order ruling decision verdict motion brief text script slogan sign`)
