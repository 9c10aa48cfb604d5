package export

import (
	"strings"

	"github.com/byline-reader/byline/article/extract"
)

// Quote returns one quote as text to copy (the reader's `y` key):
// “text” — Speaker, with the URL on a line of its own when known. The
// text is extract.ShownQuote's, without the comma that tied it to its
// attribution, its white space collapsed to single spaces; an unknown
// speaker is left out.
func Quote(q extract.Quote, url string) string {
	s := "“" + strings.Join(strings.Fields(extract.ShownQuote(q.Text)), " ") + "”"
	if q.Speaker != "" {
		s += " — " + q.Speaker
	}
	if url != "" {
		s += "\n" + url
	}
	return s
}
