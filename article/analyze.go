package article

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline-reader/byline/article/extract"
)

// Analyze finds the people and quotes of a; every offset indexes a.Body.
// For Markdown the analysis reads the Markdown source.
//
// People credited for a photograph ("Jane Roe AFP/Getty Images")
// are part of the story though not of its body. Their names (creditedName)
// are analysed as paragraphs of their own after the body, and every
// mention and quote that falls beyond the body is then dropped: a credited
// person is listed, with no mentions unless the body names them too. Bylines,
// copyright and staff credits name writers, not people in the story, and
// are left out.
func Analyze(a *Article, lx *extract.Lexicon) extract.Analysis {
	an, _ := AnalyzeContext(context.Background(), a, lx, extract.Options{})
	return an
}

// AnalyzeContext is Analyze with extract.AnalyzeContext's cancellation and
// options: it stops early, with ctx's error, when ctx is done.
func AnalyzeContext(ctx context.Context, a *Article, lx *extract.Lexicon, opt extract.Options) (extract.Analysis, error) {
	var names []string
	for _, c := range a.Credits {
		if n := creditedName(c); n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return extract.AnalyzeContext(ctx, a.Body, lx, opt)
	}
	text := a.Body + "\n\n" + strings.Join(names, "\n\n")
	an, err := extract.AnalyzeContext(ctx, text, lx, opt)
	if err != nil {
		return extract.Analysis{}, err
	}
	return clip(an, len(a.Body)), nil
}

// creditRole is the role of a person the article names only in a photo
// credit, so that a reader sees why they have no mentions.
const creditRole = "photo credit"

// clip drops the mentions and quotes of an that end beyond n bytes,
// keeping every person.
func clip(an extract.Analysis, n int) extract.Analysis {
	for i := range an.People {
		p := &an.People[i]
		kept := p.Mentions[:0]
		for _, m := range p.Mentions {
			if m.End <= n {
				kept = append(kept, m)
			}
		}
		p.Mentions = kept
		if len(kept) == 0 && p.Role == "" {
			p.Role = creditRole // named only in a photo credit
		}
	}
	quotes := an.Quotes[:0]
	for _, q := range an.Quotes {
		if q.Span.End <= n {
			quotes = append(quotes, q)
		}
	}
	an.Quotes = quotes
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
