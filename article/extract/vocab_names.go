package extract

import "strings"

// Small closed classes of English words that shape name finding. They are
// grammar, not data, so they live here rather than in assets/wordlists.

// functionWords never begin, end or sit inside a person's name, even when a
// capital letter starts them ("So Ana Delgado said", "Both Tomas Pruitt").
var functionWords = map[string]bool{
	"a": true, "about": true, "above": true, "after": true, "again": true, "against": true,
	"all": true, "also": true, "although": true, "among": true, "an": true, "and": true,
	"another": true, "any": true, "are": true, "as": true, "at": true, "be": true,
	"because": true, "been": true, "before": true, "being": true, "below": true,
	"between": true, "both": true, "but": true, "by": true, "can": true, "could": true,
	"despite": true, "did": true, "do": true, "does": true, "during": true, "each": true,
	"either": true, "even": true, "ever": true, "every": true, "few": true, "for": true,
	"from": true, "had": true, "has": true, "have": true, "he": true, "her": true,
	"here": true, "hers": true, "him": true, "his": true, "how": true, "however": true,
	"i": true, "if": true, "in": true, "into": true, "is": true, "it": true, "its": true,
	"just": true, "like": true, "many": true, "me": true, "meanwhile": true, "more": true,
	"most": true, "much": true, "my": true, "neither": true, "never": true, "no": true,
	"nor": true, "not": true, "now": true, "of": true, "off": true, "on": true, "once": true,
	"one": true, "only": true, "or": true, "other": true, "our": true, "out": true,
	"over": true, "per": true, "perhaps": true, "please": true, "rather": true, "several": true,
	"she": true, "should": true, "since": true, "so": true, "some": true, "still": true,
	"such": true, "than": true, "that": true, "the": true, "their": true, "them": true,
	"then": true, "there": true, "these": true, "they": true, "this": true, "those": true,
	"though": true, "through": true, "thus": true, "to": true, "too": true, "under": true,
	"unless": true, "until": true, "up": true, "upon": true, "us": true, "very": true,
	"via": true, "was": true, "we": true, "were": true, "what": true, "when": true,
	"where": true, "whether": true, "which": true, "while": true, "who": true, "whom": true,
	"whose": true, "why": true, "with": true, "within": true, "without": true,
	"would": true, "yes": true, "yet": true, "you": true, "your": true, "according": true,
	"said": true, "says": true, "asked": true, "told": true, "dear": true, "thank": true,
	"thanks": true, "hey": true, "oh": true, "well": true, "okay": true, "ok": true,
}

// namePrefixes before a hyphen make a word an adjective, not a name
// ("Pro-Beijing", "Anti-Brannock", "Ex-President").
var namePrefixes = map[string]bool{
	"pro": true, "anti": true, "pan": true, "ex": true, "non": true, "neo": true,
	"post": true, "pre": true, "mid": true, "co": true, "self": true, "un": true,
	"all": true, "semi": true, "multi": true, "inter": true, "trans": true, "super": true,
}

// nameConnectors may join capitalized words inside a name
// ("Charles de Gaulle", "Ludwig van Beethoven", "Omar bin Saleh").
var nameConnectors = newWordSet(`
	de da di del della der den van von bin ibn al el la le du dos das y ter ten`)

// nameSuffixes follow a surname and end a name ("Jr.", "III").
var nameSuffixes = newWordSet(`jr sr ii iii iv`)

// isNameSuffix reports whether w, in any case, is one of nameSuffixes as
// the people stage reads them: Jr. and Sr. with or without their period,
// a roman numeral without one ("Tom Reyes III").
func isNameSuffix(w string) bool {
	bare, dot := strings.CutSuffix(w, ".")
	return nameSuffixes.hasLower(bare) && !(dot && romanSuffixes[strings.ToLower(bare)])
}

// romanSuffixes are the suffixes that, unlike Jr. and Sr., rarely tell a
// father and son apart in one article.
var romanSuffixes = map[string]bool{"ii": true, "iii": true, "iv": true}

// sameGiven reports whether two lower-case given names are one name, or a
// nickname of the other.
func (lx *Lexicon) sameGiven(a, b string) bool {
	if a == b {
		return true
	}
	nicknames := lx.list(nicknames)
	na, nb := nicknames[a], nicknames[b]
	return na == b || nb == a || (na != "" && na == nb)
}
