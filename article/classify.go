package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/article/extract"
)

// lineKind says what a line of scraped text is when it is metadata.
type lineKind uint8

// The kinds of line the cleaner tells apart.
const (
	kindText     lineKind = iota // body text (or navigation, told apart elsewhere)
	kindByline                   // "By Jane Doe"
	kindDateline                 // "Updated at 9:10 a.m. CT", "Monday, June 3, 2019"
	kindCredit                   // photo credits, copyright, "Reporting by ..."
)

// maxMetaLen bounds the lines that can be metadata: longer lines are body
// text, which also keeps the regular expressions off long paragraphs.
const maxMetaLen = 300

// months and weekdays, as regular-expression alternations.
const (
	monthRe   = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	weekdayRe = `(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`
	timeRe    = `\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*[A-Z]{2,4})?`
	dateRe    = `(?:` + weekdayRe + `,?\s+)?(?:` + monthRe + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+` + monthRe + `,?\s+\d{4}|\d{4}-\d{2}-\d{2})`
)

// Compiled once; package-level regexps are immutable.
var (
	// datelineRe matches an update or publication line.
	datelineRe = newPattern(`(?i)^(?:last\s+)?(?:updated|published|posted|modified|originally\s+published|first\s+published)\b`)
	// dateOnlyRe matches a line that is only a date, with an optional time.
	dateOnlyRe = newPattern(`(?i)^` + dateRe + `(?:\s*(?:at|,|·|\||-|–|—)?\s*` + timeRe + `)?\.?$`)
	// labelDateRe matches a desk or section label and a date, as a
	// byline line of its own ("Metro Desk | March 4, 2024", "City News
	// — 2024-03-04").
	labelDateRe = newPattern(`^\p{Lu}[\p{L}\p{M}.&'’]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.&'’]*|&|and|of|the)){0,3}\s*[|·•—–-]\s*(?i:` + dateRe + `(?:\s*(?:at|,|·|\||-|–|—)?\s*` + timeRe + `)?)\.?$`)
	// gluedDateRe matches a full date glued to the start of a paragraph
	// ("Monday, March 3, 2014 On Sunday, ..."), as some wiki news pages paste.
	gluedDateRe = newPattern(`^((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\s+\p{Lu}`)
	// copyrightRe matches copyright notices; staffRe matches staff credit lines.
	copyrightRe = newPattern(`(?i)^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)`)
	staffRe     = newPattern(`(?i)^(?:additional\s+)?(?:reporting|editing|writing|research|compiled|produced|contributing)(?:\s+\w+){0,2}\s+by\s+\p{Lu}`)
	// photoPrefixRe matches lines that announce a credit.
	photoPrefixRe = newPattern(`(?i)^[(\[]?\s*(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|graphics?)(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:|]|(?:photo(?:graph)?s?|images?|pictures?|illustrations?|video|graphics?)\s+(?:by|courtesy\s+of)\s|courtesy\s+of\s|credit\s*:)`)
	// agencyEndRe matches a line that ends with a photo agency, the usual
	// shape of a credit under a picture ("Jane Roe AFP/Getty Images").
	agencyEndRe = newPattern(`(?:^|[\s/(])(?:AFP|AP|AP\s+Images|Getty\s+Images|Reuters|EPA(?:-EFE)?|Shutterstock|iStock(?:photo)?|Xinhua|Sipa(?:\s+USA)?|Corbis|Alamy(?:\s+Stock\s+Photo)?|ZUMA(?:\s+(?:Press|Wire))?|NurPhoto|Anadolu(?:\s+Agency)?|TASS|Sputnik|(?:The\s+)?Associated\s+Press|Imagn(?:\s+Images)?|UPI)\)?$`)
	// agencyStartRe matches "AP Photo/Evan Vucci" and its kin.
	agencyStartRe = newPattern(`^[(\[]?(?:AP|AFP|Reuters|Getty\s+Images|EPA|UPI)(?:\s+(?:Photo|Images|Pictures))?\s*/\s*\p{Lu}`)
	// slashCreditRe matches "Jane Doe/The New York Times".
	slashCreditRe = newPattern(`^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}\s*/\s*(?:The\s+)?\p{Lu}[\p{L}\p{M}.&'’ -]*$`)
	// bulletRe matches list items, which stay one per line.
	bulletRe = newPattern(`^(?:[-*•·▪◦‣–]|\d{1,3}[.)])\s`)
)

// classify returns the metadata kind of a trimmed line, or kindText.
// Most lines are body text; cheap tests turn them away before the
// regular expressions run.
func classify(line string) lineKind {
	if len(line) > maxMetaLen || line == "" {
		return kindText
	}
	n := countWords(line)
	switch {
	case n > 40:
		return kindText
	case isCopyright(line), n <= 20 && isStaffCredit(line):
		return kindCredit
	case n > 15 && !strings.ContainsAny(line[:1], "Bb"):
		return kindText
	}
	words := strings.Fields(line)
	switch {
	case isByline(line, words):
		return kindByline
	case isDateline(line, words):
		return kindDateline
	case isCredit(line, words):
		return kindCredit
	}
	return kindText
}

// countWords counts the space-separated words of line without allocating.
func countWords(line string) int {
	n, in := 0, false
	for i := 0; i < len(line); i++ {
		space := line[i] == ' '
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// isByline reports whether line is an author line: "By" and a few
// mostly capitalized words ("By Jane Doe and John Roe, NPR").
func isByline(line string, words []string) bool {
	if len(words) < 2 || len(words) > 12 || !strings.EqualFold(words[0], "by") {
		return false
	}
	if !startsUpper(words[1]) || strings.ContainsAny(line, "\"“”!?;") {
		return false
	}
	if strings.HasSuffix(line, ".") && !isAbbrev(words[len(words)-1]) {
		return false
	}
	return capitalizedShare(words[1:]) >= 0.5
}

// isDateline reports whether line is an update or publication line, a
// date alone, or a desk's label and a date.
func isDateline(line string, words []string) bool {
	if len(words) > 14 || !strings.ContainsFunc(line, unicode.IsDigit) {
		return false
	}
	return datelineRe.MatchString(line) || dateOnlyRe.MatchString(line) || labelDateRe.MatchString(line)
}

// isStaffCredit reports whether line credits the staff ("Reporting by
// Jane Doe; Editing by John Roe").
func isStaffCredit(line string) bool {
	return strings.Contains(line, "by ") && staffRe.MatchString(line) && !strings.ContainsAny(line, "\"“”")
}

// isCredit reports whether a line that is no copyright or staff credit is
// a photo credit.
func isCredit(line string, words []string) bool {
	if len(words) > 15 || strings.ContainsAny(line, "\"“”!?") {
		return false
	}
	if photoPrefixRe.MatchString(line) {
		return true
	}
	if len(words) > 10 || endsSentence(line) && !strings.HasSuffix(line, ")") {
		return false
	}
	if capitalizedShare(words) < 0.99 {
		return false
	}
	return agencyEndRe.MatchString(line) || agencyStartRe.MatchString(line) || slashCreditRe.MatchString(line)
}

// isCopyright reports whether line is a copyright notice: it starts with
// "Copyright", "©" or "(c) 2017", or says "All rights reserved".
func isCopyright(line string) bool {
	return strings.ContainsAny(line[:min(len(line), 2)], "Cc©(Aa") && copyrightRe.MatchString(line) ||
		strings.Contains(line, "ights reserved") && strings.Contains(strings.ToLower(line), "all rights reserved")
}

// isNavLine reports whether line looks like a link of a web page's
// navigation rather than text: at most five words and 40 characters,
// capitalized, with no sentence punctuation ("Play Live Radio", "Watch
// Live", "Sign In"), or a short label ending in a colon ("Next Up:").
func isNavLine(line string) bool {
	if len(line) > 4*40 || utf8.RuneCountInString(line) > 40 {
		return false
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if last == ':' {
		return len(words) <= 4
	}
	if strings.ContainsRune(".!?,;\"“”’')", last) {
		return false
	}
	return capitalizedShare(words) >= 0.99 && strings.ContainsFunc(line, unicode.IsLetter)
}

// isBullet reports whether line is a list item.
func isBullet(line string) bool { return bulletRe.MatchString(line) }

// capitalizedShare is the share of words that begin with an upper-case
// letter, a digit or a symbol; minor words ("of", "via") are left out of
// the count.
func capitalizedShare(words []string) float64 {
	n, capitalized := 0, 0
	for _, w := range words {
		if extract.IsMinorWord(w) {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			capitalized++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(capitalized) / float64(n)
}

// startsUpper reports whether w begins with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// closers are the marks that may follow the end of a sentence.
const closers = "\"”’')]»"

// endsSentence reports whether line ends like a sentence or a clause that
// a line break may follow: with . ! ? … : or ; before any closing marks.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, closers)
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?…:;", last)
}

// isAbbrev reports whether word is an abbreviation or initial that may end
// with a period without ending a sentence: "Jr.", "U.S.", "J.", "Sen.".
func isAbbrev(word string) bool {
	w := strings.TrimRight(strings.TrimLeft(word, "(\"“‘'"), ".")
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") { // U.S., a.m.
		return true
	}
	n := utf8.RuneCountInString(w)
	return n <= 3 && startsUpper(w)
}

// hasSentenceBreak reports whether s holds the end of one sentence and
// the start of another ("... in Lisbon. Portugal has ..."), not counting
// abbreviations ("Sen. Okafor", "U.S. officials").
func hasSentenceBreak(s string) bool {
	words := strings.Fields(s)
	for i := 0; i+1 < len(words); i++ {
		w := strings.TrimRight(words[i], closers)
		if w == "" {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(words[i+1], closers+"“‘"))
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) {
			continue
		}
		switch last {
		case '!', '?':
			return true
		case '.':
			if !isAbbrev(w) {
				return true
			}
		}
	}
	return false
}
