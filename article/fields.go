package article

import "github.com/byline-reader/byline/internal/safetext"

// Fields are an article as a structured source knows it: a web page gives
// its headline, author, site and date as metadata apart from its body,
// which is Markdown. FromFields makes the Article of them directly,
// without writing them out as front matter for Parse to read back.
type Fields struct {
	// Source names where it came from: the page's URL, or the file.
	Source string
	// Title, Byline ("By Jane Doe") and Dateline ("Example News · March
	// 4, 2024") are what the source says, each "" when it says nothing.
	Title, Byline, Dateline string
	// Body is the article's Markdown.
	Body string
}

// FromFields makes an article of f. The fields stand as given (made safe
// for the screen); the body is cleaned as Parse cleans Markdown, and its
// own headline and header lines fill only what the fields leave empty:
// a first heading that repeats the title leaves the body, and a byline
// or dateline line under it goes to Credits when the fields have one
// already. It returns an *Error wrapping ErrEmpty when the body has no
// visible character.
func FromFields(f Fields) (*Article, error) {
	body := safetext.Text(f.Body)
	if !hasText(body) {
		detail := "only whitespace"
		if f.Body == "" {
			detail = "empty"
		}
		return nil, &Error{Source: f.Source, Kind: ErrEmpty, Detail: detail}
	}
	a := &Article{
		Source:   f.Source,
		Format:   Markdown,
		Encoding: encUTF8,
		Title:    safetext.Line(f.Title),
		Byline:   safetext.Line(f.Byline),
		Dateline: safetext.Line(f.Dateline),
	}
	a.markdownBody(body)
	return a, nil
}
