package extract

// tokenArena hands out the token slices of short spans from blocks it
// reuses. Attributing a quote tokenizes a few spans around it (the
// sentence before, a few words after, a noun phrase), each its own
// slice: allocated one by one they were four tenths of all the memory an
// analysis allocates (32 MB on 10 MB of text), garbage the collector
// then had to chase while the reader answered keys. The tokens of a
// quote's surroundings are looked at while the quote is judged and no
// longer, so the work on each quote begins with free, and the next
// quote's tokens take the same memory.
type tokenArena struct{ block []token }

// A new block holds twice the tokens of the one before, from
// firstBlock up to lastBlock: the tokens of a few paragraphs (a token
// every four or five bytes of news text), and not more than a short
// article needs.
const (
	firstBlock = 256
	lastBlock  = 1024
)

// lex returns the tokens of text[s.Start:s.End] (see lex), valid until
// the next free. Appending to the slice returned copies it, so it never
// writes over the tokens of another call.
func (a *tokenArena) lex(text string, s Span, mode lexMode) []token {
	need := (s.End-s.Start)/4 + 1 // room for a token every four bytes
	if cap(a.block)-len(a.block) < need {
		// the block in use stays with the slices it handed out
		a.block = make([]token, 0, max(need, min(2*cap(a.block), lastBlock), firstBlock))
	}
	n := len(a.block)
	ts := lex(text, s.Start, s.End, mode, a.block[n:n])
	if len(ts) <= cap(a.block)-n { // they fit: they are in the block
		a.block = a.block[:n+len(ts)]
	}
	return ts[:len(ts):len(ts)]
}

// free makes the memory of every slice lex returned free for the next
// calls: none of them may be used after it.
func (a *tokenArena) free() { a.block = a.block[:0] }
