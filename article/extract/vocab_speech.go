package extract

import "strings"

// isBareVerb reports whether w is an uninflected form ("say", "state"),
// which is as often a noun ("her state", "the report") as a verb.
func isBareVerb(w string) bool {
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") &&
		w != "said" && w != "told" && w != "wrote" && w != "written" && w != "read"
}

// bareVerbSubjects may stand right before an uninflected speech verb.
var bareVerbSubjects = newWordSet(`i we you they will would could should may might must can to did do does
not never also often always`)

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

// prepositions end the head of a speaker phrase ("a spokesman for the
// campaign").
var prepositions = newWordSet(`of for from at in on with to by about against among between during
under over into through`)
