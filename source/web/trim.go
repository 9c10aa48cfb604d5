package web

import (
	"regexp"
	"strings"
	"unicode"
)

// Readability keeps what sits inside the article element, and pages put
// some furniture there: a section link above the headline ("Environment"),
// what is left of a byline line once readability took the name out
// ("By , Staff Writer · June 3, 2022"), and an author's bio or a row of
// tag links at the end. trimEdges drops such blocks from the two ends of
// the Markdown body, by their shape, and never a block in between.

var (
	// mdLinkRe matches a Markdown link (not an image) and captures its text.
	mdLinkRe = regexp.MustCompile(`(?:^|[^!])\[([^\]]*)\]\([^)]*\)`)
	// mdAnyLinkRe matches a link or an image.
	mdAnyLinkRe = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	// mdMarkRe matches Markdown emphasis, heading and quote marks.
	mdMarkRe = regexp.MustCompile("(?m)^#{1,6} +|^> ?|[*_`]+|\\\\")
)

// maxEdgeBlocks is how many blocks at each end trimEdges looks at.
const maxEdgeBlocks = 4

// trimEdges returns md without the boilerplate blocks at its start and
// end. title and byline are the page's, to recognise their repetitions.
func trimEdges(md, title, byline string) string {
	blocks := strings.Split(strings.TrimSpace(md), "\n\n")
	authors := authorNames(byline)
	start := 0
	for start < len(blocks)-1 && start < maxEdgeBlocks && leadingJunk(blocks[start], title, byline) {
		start++
	}
	end := len(blocks)
	for end-1 > start && len(blocks)-end < maxEdgeBlocks && trailingJunk(blocks[end-1], authors) {
		end--
	}
	return strings.Join(blocks[start:end], "\n\n") + "\n"
}

// leadingJunk reports whether a block at the start of the body is
// furniture: a short row of links, the title again, the byline again, a
// lone date, or a byline line ("By ..." with no sentence end).
func leadingJunk(block, title, byline string) bool {
	if isFence(block) {
		return false
	}
	text := plainMarkdown(block)
	switch {
	case text == "":
		return !strings.Contains(block, "![") // keep a lead image
	case linkOnly(block):
		return true
	case title != "" && strings.EqualFold(text, title),
		byline != "" && (text == byline || text == "By "+byline):
		return true
	case !parseDate(text).IsZero():
		return true
	}
	if rest, ok := strings.CutPrefix(text, "By"); ok && (rest == "" || rest[0] == ' ' || rest[0] == ',') {
		return len(strings.Fields(text)) <= 15 && !endsSentence(text)
	}
	return false
}

// trailingJunk reports whether a block at the end of the body is
// furniture: a short row of links, or a short note naming one of the
// authors with no quotation in it (a bio, "Reach her at ...").
func trailingJunk(block string, authors []string) bool {
	if isFence(block) {
		return false
	}
	if linkOnly(block) {
		return true
	}
	text := plainMarkdown(block)
	if len(strings.Fields(text)) > 60 || strings.ContainsAny(text, "\"“”") {
		return false
	}
	for _, a := range authors {
		if strings.Contains(text, a) {
			return true
		}
	}
	return false
}

// linkOnly reports whether block is nothing but a few links: its text
// outside links is only separators, and the links hold at most six words.
func linkOnly(block string) bool {
	if !mdLinkRe.MatchString(block) || strings.Contains(block, "![") {
		return false
	}
	words := 0
	for _, m := range mdLinkRe.FindAllStringSubmatch(block, -1) {
		words += len(strings.Fields(m[1]))
	}
	rest := mdLinkRe.ReplaceAllString(block, "")
	rest = strings.TrimLeft(rest, "-*+ ") // a list of links
	return words <= 6 && strings.TrimFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|·•,/-–—*+", r)
	}) == ""
}

// plainMarkdown returns the text of a Markdown block on one line: links
// and images keep their text, marks go.
func plainMarkdown(block string) string {
	s := mdAnyLinkRe.ReplaceAllString(block, "$1")
	s = mdMarkRe.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), " ")
}

// authorNames splits a byline into its names: "Ana Ruiz and Bo Li, Cy
// Dee" gives Ana Ruiz, Bo Li and Cy Dee. Names of one word are left
// out: too likely to occur in the text for other reasons.
func authorNames(byline string) []string {
	var names []string
	for _, part := range strings.Split(byline, ",") {
		for _, name := range strings.Split(part, " and ") {
			if name = strings.TrimSpace(name); len(strings.Fields(name)) >= 2 {
				names = append(names, name)
			}
		}
	}
	return names
}

// endsSentence reports whether text ends like a sentence.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, `"'”’)`)
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?")
}

// isFence reports whether block starts a fenced code block.
func isFence(block string) bool {
	b := strings.TrimSpace(block)
	return strings.HasPrefix(b, "```") || strings.HasPrefix(b, "~~~")
}
