package article

import (
	"strings"
	"unicode/utf8"

	"github.com/byline-reader/byline/article/extract"
)

// Cleaning plain text scraped from a web page works on units: the
// paragraphs and stray lines of the text, each with what it looks like.
// The rules, in order:
//
//  1. Blocks are runs of non-blank lines. A block whose every line looks
//     like navigation ("Play Live Radio", "Next Up:") is navigation and is
//     dropped wherever it is. In other blocks, metadata lines, navigation
//     lines and list items always stand alone; the other lines are joined
//     into one paragraph when the block looks hard-wrapped (most lines are
//     long and stop mid-sentence) and stand alone as paragraphs when they
//     look like one paragraph per line (they end like sentences), as
//     scraped pages put a caption and its credit on consecutive lines.
//  2. The header: up to the headline, navigation lines are dropped and
//     metadata is taken. The headline is the first single line of two to
//     40 words with a body after it, which is not navigation-like unless
//     no better candidate follows before the body starts; one that ends
//     with a period needs 200 bytes of body after it. A headline ending
//     in ";" or ":" continues on the next line; a final period is
//     dropped (PolNeAR headlines carry one). When a body paragraph comes
//     first there is no headline.
//  3. The body: metadata lines become Byline, Dateline or Credits; a
//     paragraph equal to the headline or to one of the last three kept
//     paragraphs is a scraped duplicate (a caption shown twice) and is
//     dropped; a full date glued to the first paragraph is split off as the
//     dateline.
//  4. Cleaning never empties an article: if nothing is left of the body,
//     the text's paragraphs are kept as they are, with no headline.

// unit is one candidate paragraph of scraped text.
type unit struct {
	text    string   // the trimmed text, one line unless hard-wrapped lines were joined
	kind    lineKind // metadata kind, or kindText
	nav     bool     // part of a block made only of navigation lines
	navLike bool     // looks like a navigation line on its own
	single  bool     // one line of the source, not joined
}

// dupWindow is how many kept paragraphs a paragraph is compared with to
// find scraped duplicates. Duplicates on a page sit close together; a
// text that repeats paragraphs far apart means to.
const dupWindow = 3

// minDupLen is the shortest paragraph, in bytes, dropped as a duplicate.
const minDupLen = 20

// headerUnits bounds how far the headline is looked for.
const headerUnits = 20

// parseText cleans scraped plain text into a.
func parseText(a *Article, text string) {
	units := splitUnits(text)
	var body []string
	var seen [dupWindow]string
	nseen := 0
	start := a.takeHeader(units)
	for i := start; i < len(units); i++ {
		u := units[i]
		switch {
		case u.nav:
			continue
		case u.kind != kindText:
			a.addMeta(u)
			continue
		case len(u.text) >= minDupLen && (u.text == a.Title || contains(seen[:min(nseen, dupWindow)], u.text)):
			continue
		}
		p := u.text
		if len(body) == 0 && a.Dateline == "" {
			if m := gluedDateRe.FindStringSubmatchIndex(p); m != nil {
				a.Dateline = p[m[2]:m[3]]
				p = strings.TrimSpace(p[m[3]:])
			}
		}
		body = append(body, p)
		seen[nseen%dupWindow] = u.text
		nseen++
	}
	if len(body) == 0 {
		a.Title, a.Byline, a.Dateline, a.Credits = "", "", "", nil
		for _, u := range units {
			body = append(body, u.text)
		}
	}
	a.Body, a.Paragraphs = joinParagraphs(text, body)
}

// takeHeader finds the headline among the first units, dropping the
// navigation before it and taking the metadata around it. It returns the
// index of the first unit after the header.
func (a *Article) takeHeader(units []unit) int {
	i := 0
	for ; i < len(units) && i < headerUnits; i++ {
		u := units[i]
		switch {
		case u.nav:
			continue
		case u.kind != kindText:
			a.addMeta(u)
			continue
		case u.navLike && titleAhead(units, i+1):
			continue
		case headlineAt(units, i):
			title, next := u.text, i+1
			if t := strings.TrimSpace(title); strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") {
				if next < len(units) && continuesTitle(units[next]) && bodyAfter(units, next+1) {
					title = t + " " + units[next].text
					next++
				}
			}
			a.Title = trimTitle(title)
			return next
		}
		return i
	}
	return i
}

// titleAhead reports whether a unit that makes a better headline than a
// navigation-like line comes at or after i, before the body starts.
func titleAhead(units []unit, i int) bool {
	for ; i < len(units) && i < headerUnits; i++ {
		u := units[i]
		switch {
		case u.nav, u.kind != kindText, u.navLike:
			continue
		}
		return headlineAt(units, i)
	}
	return false
}

// headlineAt reports whether units[i] can be the headline: a single line
// that reads like one, with body text after it (at least
// minBodyAfterPeriod bytes of it when the line ends with a period).
func headlineAt(units []unit, i int) bool {
	u := units[i]
	if !u.single || !titleLike(u.text) || !bodyAfter(units, i+1) {
		return false
	}
	return !endsWithPeriod(u.text) || bodyBytes(units, i+1) >= minBodyAfterPeriod
}

// bodyAfter reports whether a unit of body text comes at or after i.
func bodyAfter(units []unit, i int) bool {
	for ; i < len(units); i++ {
		if !units[i].nav && units[i].kind == kindText {
			return true
		}
	}
	return false
}

// minBodyAfterPeriod is how much body text, in bytes, must follow a
// headline that ends with a period: "First paragraph.\n\nSecond." is two
// paragraphs, not a headline and its story.
const minBodyAfterPeriod = 200

// endsWithPeriod reports whether line ends with "." before any closing
// marks.
func endsWithPeriod(line string) bool {
	return strings.HasSuffix(strings.TrimRight(line, closers), ".")
}

// bodyBytes counts the bytes of body text at or after i, up to
// minBodyAfterPeriod.
func bodyBytes(units []unit, i int) int {
	n := 0
	for ; i < len(units) && n < minBodyAfterPeriod; i++ {
		if !units[i].nav && units[i].kind == kindText {
			n += len(units[i].text)
		}
	}
	return n
}

// titleLike reports whether line can be a headline: two to 40 words, at
// most 250 characters, no list item, not ending in a comma, and if it ends with a
// period, one sentence of at most 25 words.
func titleLike(line string) bool {
	if n := utf8.RuneCountInString(line); n < 4 || n > 250 {
		return false
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 40 || isBullet(line) {
		return false
	}
	t := strings.TrimRight(line, closers)
	switch {
	case strings.HasSuffix(t, ","):
		return false
	case strings.HasSuffix(t, "."):
		return len(words) <= 25 && !hasSentenceBreak(line) && !hasDialogueTag(line)
	}
	return true
}

// hasDialogueTag reports whether line closes a quotation with a comma, as
// reported speech does before its tag ("\"We open at five,\" said Ann
// Lee."): such a line ending with a period is the story's first sentence,
// not its headline.
func hasDialogueTag(line string) bool {
	return strings.Contains(line, ",\"") || strings.Contains(line, ",”")
}

// continuesTitle reports whether u can be the second half of a headline
// that ended in ";" or ":" (PolNeAR's "headline; subhead.").
func continuesTitle(u unit) bool {
	if !u.single || u.nav || u.kind != kindText {
		return false
	}
	words := strings.Fields(u.text)
	return len(words) <= 30 && !hasSentenceBreak(u.text)
}

// trimTitle drops a headline's final period, keeping an ellipsis and an
// abbreviation's period ("... to the U.S.") and any closing quote after it.
func trimTitle(title string) string {
	title = strings.TrimSpace(title)
	core := strings.TrimRight(title, closers)
	if !strings.HasSuffix(core, ".") || strings.HasSuffix(core, "..") {
		return title
	}
	fields := strings.Fields(core)
	if last := fields[len(fields)-1]; strings.Count(last, ".") > 1 {
		return title
	}
	return core[:len(core)-1] + title[len(core):]
}

// addMeta files a metadata unit under Byline, Dateline or Credits; a
// second byline or dateline goes to Credits, and exact repeats are dropped.
func (a *Article) addMeta(u unit) {
	switch {
	case u.kind == kindByline && a.Byline == "":
		a.Byline = u.text
	case u.kind == kindDateline && a.Dateline == "":
		a.Dateline = u.text
	case u.text == a.Byline || u.text == a.Dateline || contains(a.Credits, u.text):
	default:
		a.Credits = append(a.Credits, u.text)
	}
}

// splitUnits splits text into units (rule 1 above).
func splitUnits(text string) []unit {
	var units []unit
	var block []string
	flush := func() {
		units = appendBlock(units, block)
		block = block[:0]
	}
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = cleanLine(line)
		if line == "" {
			flush()
			continue
		}
		block = append(block, line)
	}
	flush()
	return units
}

// cleanLine trims a line and turns its tabs into spaces (body text is
// re-wrapped, so tab stops mean nothing there).
func cleanLine(line string) string {
	line = strings.TrimSpace(line)
	if strings.IndexByte(line, '\t') >= 0 {
		line = strings.ReplaceAll(line, "\t", " ")
	}
	return line
}

// appendBlock appends the units of one block of non-blank lines.
func appendBlock(units []unit, lines []string) []unit {
	switch len(lines) {
	case 0:
		return units
	case 1:
		return append(units, newUnit(lines[0], true))
	}
	kinds := make([]lineKind, len(lines))
	special := make([]bool, len(lines))
	allNav := true
	for i, l := range lines {
		kinds[i] = classify(l)
		nav := kinds[i] == kindText && isNavLine(l)
		allNav = allNav && nav
		special[i] = kinds[i] != kindText || nav || isBullet(l)
	}
	if allNav {
		for _, l := range lines {
			units = append(units, unit{text: l, nav: true, navLike: true, single: true})
		}
		return units
	}
	if !hardWrapped(lines, special) {
		for _, l := range lines {
			units = append(units, newUnit(l, true))
		}
		return units
	}
	var joined []string
	flush := func() {
		switch len(joined) {
		case 0:
		case 1:
			units = append(units, newUnit(joined[0], true))
		default:
			units = append(units, unit{text: strings.Join(joined, " ")})
		}
		joined = joined[:0]
	}
	for i, l := range lines {
		if special[i] {
			flush()
			units = append(units, newUnit(l, true))
			continue
		}
		joined = append(joined, l)
	}
	flush()
	return units
}

// newUnit classifies one line as a unit.
func newUnit(line string, single bool) unit {
	k := classify(line)
	return unit{text: line, kind: k, navLike: k == kindText && isNavLine(line), single: single}
}

// hardWrapped reports whether a block's plain lines are one paragraph
// wrapped at a fixed width: most of them (the last line aside) stop
// mid-sentence and they average at least 40 characters.
func hardWrapped(lines []string, special []bool) bool {
	n, open, runes := 0, 0, 0
	for i, l := range lines[:len(lines)-1] {
		if special[i] {
			continue
		}
		n++
		runes += utf8.RuneCountInString(l)
		if !endsSentence(l) {
			open++
		}
	}
	return n > 0 && open*2 > n && runes >= 40*n
}

// joinParagraphs joins paragraphs with one blank line and returns the
// text and each paragraph's span in it. When text, the input they were
// cut from, already holds them in that shape (clean input: a paragraph a
// line, one blank line between them), the result is that part of text
// rather than a copy, so that a large clean file is held once, not twice.
func joinParagraphs(text string, paras []string) (string, []extract.Span) {
	size := 0
	for _, p := range paras {
		size += len(p) + 2
	}
	size = max(0, size-2)
	spans := make([]extract.Span, 0, len(paras))
	pos := 0
	for _, p := range paras {
		spans = append(spans, extract.Span{Start: pos, End: pos + len(p)})
		pos += len(p) + 2
	}
	if body, ok := laidOut(text, paras, size); ok {
		return body, spans
	}
	var b strings.Builder
	b.Grow(size)
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String(), spans
}

// laidOut returns the part of text, size bytes long, that reads as paras
// joined by blank lines ("Lede.\n\nSecond paragraph."), if text holds
// them so. Paragraphs cut from text compare in constant time (the
// comparison of two strings at the same address stops there).
func laidOut(text string, paras []string, size int) (string, bool) {
	if len(paras) == 0 {
		return "", false
	}
	off := strings.Index(text, paras[0])
	if off < 0 || off+size > len(text) {
		return "", false
	}
	body := text[off : off+size]
	pos := 0
	for i, p := range paras {
		if i > 0 {
			if body[pos:pos+2] != "\n\n" {
				return "", false
			}
			pos += 2
		}
		if body[pos:pos+len(p)] != p {
			return "", false
		}
		pos += len(p)
	}
	return body, true
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
