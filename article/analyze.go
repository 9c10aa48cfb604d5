package article

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/article/extract"
)

// Analyze finds the people and quotes of a; every offset indexes a.Body.
// For Markdown the analysis reads the Markdown source.
//
// People credited for a photograph ("Jane Roe AFP/Getty Images") are part
// of the story though not of its body: they join the body's people (see
// addCredited). Bylines, copyright and staff credits name writers, not
// people in the story, and are left out.
func Analyze(a *Article, lx *extract.Lexicon) extract.Analysis {
	an, _ := AnalyzeContext(context.Background(), a, lx, extract.Options{})
	return an
}

// AnalyzeContext is Analyze with extract.AnalyzeContext's cancellation and
// options: it stops early, with ctx's error, when ctx is done.
func AnalyzeContext(ctx context.Context, a *Article, lx *extract.Lexicon, opt extract.Options) (extract.Analysis, error) {
	an, err := extract.AnalyzeContext(ctx, a.Body, lx, opt)
	if err != nil {
		return extract.Analysis{}, err
	}
	for _, c := range a.Credits {
		if n := creditedName(c); n != "" {
			an = addCredited(an, n)
		}
	}
	return an, nil
}

// creditRole is the role of a person the article names only in a photo
// credit, so that a reader sees why they have no mentions.
const creditRole = "photo credit"

// addCredited adds the person a photo credit names to an. A person of the
// body with the same name, or with the credit's surname alone (the body
// says "Roe", the credit "Jane Roe"), is that person and takes the full
// name, keeping the short one as an alias; anyone else joins the end of
// the list with the credit as their role and no mentions.
func addCredited(an extract.Analysis, name string) extract.Analysis {
	surname := name[strings.LastIndexByte(name, ' ')+1:]
	for i := range an.People {
		p := &an.People[i]
		if p.Name == name || slices.Contains(p.Aliases, name) {
			return an
		}
		if p.Name != surname {
			continue
		}
		for j := range an.Quotes {
			if an.Quotes[j].Person == i {
				an.Quotes[j].Speaker = name
			}
		}
		p.Aliases = append([]string{p.Name}, p.Aliases...)
		p.Name = name
		return an
	}
	an.People = append(an.People, extract.Person{Name: name, Aliases: []string{}, Role: creditRole})
	return an
}

// creditedName returns the person's name in a photo credit ("Jane
// Roe" in "Jane Roe AFP/Getty Images", "Tom Akers" in
// "AP Photo/Tom Akers", "Jane Doe" in "Photo by Jane Doe for NPR"), or ""
// when the line is no photo credit or names no person: two to four
// capitalized words once the agency, "Photo by", "via ..." and "for ..."
// are gone.
func creditedName(line string) string {
	if line == "" || isCopyright(line) || isStaffCredit(line) {
		return ""
	}
	s := strings.Trim(line, "()[] ")
	if loc := photoPrefixRe.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
	} else if agencyStartRe.MatchString(s) {
		_, s, _ = strings.Cut(s, "/")
	}
	for _, sep := range []string{" via ", " for ", " / ", ";", ","} {
		s, _, _ = strings.Cut(s, sep)
	}
	for {
		s = strings.TrimSpace(s)
		loc := agencyEndRe.FindStringIndex(s)
		if loc == nil {
			break
		}
		s = s[:loc[0]]
	}
	s, _, _ = strings.Cut(s, "/")
	s = strings.Trim(s, " .()[]")
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, notNameRune) >= 0 {
			return ""
		}
	}
	return strings.Join(words, " ")
}

// notNameRune reports whether r cannot be part of a name.
func notNameRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune(".'’-", r)
}
