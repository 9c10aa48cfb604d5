package cli

import (
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline-reader/byline/article"
)

// Start-up. Most of what stands between starting the reader and its first
// screen is fixed: loading the program and its packages' initialisation
// (Glamour's syntax highlighter alone takes a quarter of it). Of the rest,
// what can be is done once rather than twice, or in the background.

// colorProfile is the terminal's colour profile, as Lip Gloss detected it
// for standard output when the program started (lipgloss.Writer). Bubble
// Tea would detect it again, the same way for the same output; inside
// tmux each detection runs `tmux info`, a process, which costs several
// milliseconds of start-up.
func colorProfile() colorprofile.Profile { return lipgloss.Writer.Profile }

// warmUp starts the work the first screen needs that can be done in the
// background while the terminal is set up: the table of character widths
// (warmWidths) and the cleaning patterns of package article, which its
// first Parse would otherwise compile (a few milliseconds).
func warmUp() {
	warmWidths()
	go article.Prepare()
}

// warmWidths builds, in the background, the table of character widths that
// Bubble Tea's renderer uses when the terminal does not do grapheme
// clustering (tmux): go-runewidth builds it on the first character past
// U+02FF (a "│" or an "…" of the first screen), which takes about 10 ms.
// Built while the terminal is being set up, it is ready for the first
// frame.
func warmWidths() { go ansi.WcWidth.StringWidth("…") }
